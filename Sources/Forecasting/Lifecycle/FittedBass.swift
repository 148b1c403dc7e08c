/// A fitted ``BassModel``: the diffusion curve and the product's age, or the recent-mean
/// fallback.
///
/// **Moving on.** ``update(with:)`` ages the product by one period with the curve held fixed
/// (the fallback remembers the value); the next refit takes the new sales into account.
///
/// **Spread of the curve** (the delta method). With θ = (u, v, w) the fitted parameters, Σ their
/// covariance and σ̂ the residual standard deviation, the forecast error of period T + h is a new
/// residual plus the curve's estimation error: Var = σ̂² + gₕᵀΣgₕ, gₕ = ∂s(T + h)/∂θ; the total
/// of the first k periods has kσ̂² + GₖᵀΣGₖ, Gₖ = Σ_{h≤k} gₕ (the residuals are independent,
/// the estimation error is shared by every period). Gradients are central differences of the
/// curve, step 10⁻⁵·max(1, |θⱼ|).
public struct FittedBass: FittedSeriesModel, Codable {
    /// What was fitted.
    enum State: Hashable, Codable, Sendable {
        /// A converged curve; `age` periods since launch have been observed.
        case diffusion(BassFit, age: Int)
        /// The fallback.
        case fallback(RecentMean)
    }

    /// What was fitted.
    private(set) var state: State

    init(fit: BassFit, age: Int) {
        state = .diffusion(fit, age: age)
    }

    init(fallback: RecentMean) {
        state = .fallback(fallback)
    }

    /// Whether the forecast is the fallback's rather than a fitted curve's.
    public var usesFallback: Bool {
        if case .fallback = state { return true }
        return false
    }

    /// The fitted market size m (units), innovation p and imitation q (per period); nil for the
    /// fallback.
    public var parameters: (marketSize: Double, innovation: Double, imitation: Double)? {
        guard case let .diffusion(fit, _) = state else { return nil }
        let curve = fit.curve
        return (curve.marketSize, curve.innovation, curve.imitation)
    }

    public var nextPeriodMean: Double {
        switch state {
        case let .diffusion(fit, age): return fit.curve.sales(age: age + 1)
        case let .fallback(mean): return mean.mean
        }
    }

    public mutating func update(with value: Double) {
        switch state {
        case let .diffusion(fit, age): state = .diffusion(fit, age: age + 1)
        case var .fallback(mean):
            mean.update(with: value)
            state = .fallback(mean)
        }
    }

    public func forecast(horizon: Int) -> Forecast {
        switch state {
        case let .diffusion(fit, age): return Self.forecast(fit, age: age, horizon: horizon)
        case let .fallback(mean): return mean.forecast(horizon: horizon)
        }
    }

    /// The curve's forecast of ages age + 1 … age + horizon with the delta-method spread.
    static func forecast(_ fit: BassFit, age: Int, horizon: Int) -> Forecast {
        precondition(horizon >= 0, "forecast horizon must be ≥ 0, got \(horizon)")
        guard horizon > 0 else { return Forecast(mean: [], spread: .normal(stepSD: [], cumulativeSD: [])) }
        var mean = [Double](repeating: 0, count: horizon)
        fit.curve.fillSales(&mean, firstAge: age + 1)
        // gradients[j][h] = ∂s(age + 1 + h)/∂θⱼ.
        var gradients = [[Double]](repeating: [Double](repeating: 0, count: horizon), count: 3)
        var up = mean, down = mean
        for j in 0..<3 {
            let step = 1e-5 * max(1, abs(fit.theta[j]))
            var theta = fit.theta
            theta[j] += step
            BassParameters.curve(theta, base: fit.base).fillSales(&up, firstAge: age + 1)
            theta[j] -= 2 * step
            BassParameters.curve(theta, base: fit.base).fillSales(&down, firstAge: age + 1)
            for h in 0..<horizon { gradients[j][h] = (up[h] - down[h]) / (2 * step) }
        }
        let residualVariance = fit.sigma * fit.sigma
        var stepVariance = [Double](repeating: 0, count: horizon)
        var cumulativeVariance = [Double](repeating: 0, count: horizon)
        var total = [0.0, 0.0, 0.0]
        for h in 0..<horizon {
            let g = [gradients[0][h], gradients[1][h], gradients[2][h]]
            for j in 0..<3 { total[j] += g[j] }
            stepVariance[h] = residualVariance + quadraticForm(fit.covariance, g)
            cumulativeVariance[h] = Double(h + 1) * residualVariance + quadraticForm(fit.covariance, total)
        }
        return .normal(horizon: horizon, sigma: 1, mean: { mean[$0 - 1] },
                       stepFactor: { stepVariance[$0 - 1].squareRoot() },
                       cumulativeFactor: { cumulativeVariance[$0 - 1].squareRoot() })
    }

    /// xᵀAx for a 3 × 3 row-major A; ≥ 0 up to rounding (clamped at 0).
    private static func quadraticForm(_ a: [Double], _ x: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<3 {
            for j in 0..<3 { sum += x[i] * a[i * 3 + j] * x[j] }
        }
        return max(0, sum)
    }
}
