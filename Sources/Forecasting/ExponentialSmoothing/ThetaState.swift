import Foundation

/// The states of a Theta model of Fiorucci et al. (2016) after t observations, and its
/// recursions (their eqs. 5–9, as statsforecast's `theta` computes them):
///
///     μ_{t+1} = ℓ_t + (1 − 1/θ)·[A_t·(1 − α)^t + B_t·(1 − (1 − α)^{t+1})/α]
///     ℓ_{t+1} = α·y_{t+1} + (1 − α)·ℓ_t
///     ȳ_{t+1} = (t·ȳ_t + y_{t+1})/(t + 1)
///
/// and, in the dynamic variants only, the least-squares line through y_1 … y_{t+1} updated in
/// O(1):
///
///     B_{t+1} = ((t − 1)·B_t + 6·(y_{t+1} − ȳ_t)/(t + 1))/(t + 2)
///     A_{t+1} = ȳ_{t+1} − (t + 2)·B_{t+1}/2
///
/// μ_{t+1} is the one-step forecast; forecasts h steps ahead feed each μ back in as y.
/// Units: those of the series (ℓ, ȳ, A: units; B: units per period).
public struct ThetaState: Hashable, Codable, Sendable {
    /// ℓ_t, the exponentially smoothed series.
    public var level: Double
    /// ȳ_t, the mean of the observations so far.
    public var mean: Double
    /// A_t, the intercept of the line (at t = 0).
    public var intercept: Double
    /// B_t, its slope.
    public var slope: Double
    /// t, the observations absorbed (≥ 1).
    public var count: Int

    public init(level: Double, mean: Double, intercept: Double, slope: Double, count: Int) {
        self.level = level
        self.mean = mean
        self.intercept = intercept
        self.slope = slope
        self.count = count
    }

    /// The state after the first value of `y` (non-empty), from the initial level ℓ₀: the
    /// dynamic variants start the line at A = y₁, B = 0; the others take the least-squares line
    /// through the whole of `y`, t = 1 … n.
    public init(first y: [Double], initialLevel: Double, alpha: Double, dynamic: Bool) {
        let first = y[0]
        let line = dynamic ? (intercept: first, slope: 0.0) : ETSInitialState.leastSquaresLine(y)
        self.init(level: alpha * first + (1 - alpha) * initialLevel, mean: first,
                  intercept: line.intercept, slope: line.slope.isFinite ? line.slope : 0, count: 1)
    }

    /// μ_{t+1}, the one-step forecast.
    public func oneStepMean(alpha: Double, theta: Double) -> Double {
        oneStepMean(alpha: alpha, theta: theta, decay: Foundation.pow(1 - alpha, Double(count)))
    }

    /// μ_{t+1} given decay = (1 − α)^t, which a loop over t can carry along instead of paying
    /// for a `pow` per period.
    func oneStepMean(alpha: Double, theta: Double, decay: Double) -> Double {
        level + (1 - 1 / theta) * (intercept * decay + slope * (1 - decay * (1 - alpha)) / alpha)
    }

    /// Absorbs y_{t+1}.
    public mutating func absorb(_ value: Double, alpha: Double, dynamic: Bool) {
        let t = Double(count)
        let previousMean = mean
        level = alpha * value + (1 - alpha) * level
        mean = (t * mean + value) / (t + 1)
        if dynamic {
            slope = ((t - 1) * slope + 6 * (value - previousMean) / (t + 1)) / (t + 2)
            intercept = mean - slope * (t + 2) / 2
        }
        count += 1
    }

    /// μ_{t+1} … μ_{t+h}, each fed back as the next observation.
    public func means(horizon: Int, alpha: Double, theta: Double, dynamic: Bool) -> [Double] {
        var state = self
        var result: [Double] = []
        result.reserveCapacity(max(horizon, 0))
        for _ in 0..<max(horizon, 0) {
            let mean = state.oneStepMean(alpha: alpha, theta: theta)
            result.append(mean)
            state.absorb(mean, alpha: alpha, dynamic: dynamic)
        }
        return result
    }
}
