import Foundation

/// A fitted ``ThetaModel``: SES on the (seasonally adjusted) series, a drift, and the seasonal
/// indices, moved on period by period with α, the drift and the indices held fixed.
public struct FittedTheta: FittedSeriesModel, Codable {
    /// SES on the adjusted series (level, α, σ̂).
    public var ses: FittedETS
    /// b, the slope of the least-squares line through the adjusted series (units per period).
    public var drift: Double
    /// Periods seen, T (the drift term's (1 − α)^T).
    public var count: Int
    /// Multiplicative seasonal indices by season position; empty without adjustment.
    public var seasons: [Double]
    /// The season position of the next period, 0 ..< seasons.count (0 without seasons).
    public var phase: Int

    public init(ses: FittedETS, drift: Double, count: Int, seasons: [Double], phase: Int) {
        self.ses = ses
        self.drift = drift
        self.count = count
        self.seasons = seasons
        self.phase = phase
    }

    /// The seasonal index of the period `ahead` periods from now (1 = the next); 1 without.
    func seasonalIndex(ahead: Int) -> Double {
        seasons.isEmpty ? 1 : seasons[(phase + ahead - 1) % seasons.count]
    }

    /// The unclamped mean of period T + h, in units.
    func mean(ahead h: Int) -> Double {
        let alpha = ses.parameters.alpha
        let weight = (1 - Foundation.pow(1 - alpha, Double(count))) / alpha
        let adjusted = ses.state.level + drift / 2 * (Double(h - 1) + weight)
        return adjusted * seasonalIndex(ahead: h)
    }

    public var nextPeriodMean: Double {
        let mean = mean(ahead: 1)
        return mean.isFinite && mean > 0 ? mean : 0
    }

    public mutating func update(with value: Double) {
        update(with: value, errorObserved: true)
    }

    /// Moves SES on by the seasonally adjusted value, its σ̂ by the adjusted error (the errors
    /// σ̂ was fitted from) when `errorObserved`.
    public mutating func update(with value: Double, errorObserved: Bool) {
        ses.update(with: value / seasonalIndex(ahead: 1), errorObserved: errorObserved)
        count += 1
        if !seasons.isEmpty { phase = (phase + 1) % seasons.count }
    }

    public func forecast(horizon: Int) -> Forecast {
        guard horizon > 0 else { return .nothingObserved(horizon: 0) }
        return .thetaSpread(means: (1...horizon).map { mean(ahead: $0) }, sigma: ses.sigma, alpha: ses.parameters.alpha,
                            seasonalIndex: { seasonalIndex(ahead: $0) })
    }
}
