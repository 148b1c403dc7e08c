import Backtest
import GSL

/// A figure over replications: its mean (or share) and 95% interval.
public struct WhatIfEstimate: Hashable, Sendable, Codable {
    /// The mean over replications, in the figure's unit (a share 0–1 for probabilities).
    public var mean: Double
    /// The 95% interval [low, high]; nil with fewer than two replications.
    public var low: Double?
    public var high: Double?

    public init(mean: Double, low: Double?, high: Double?) {
        self.mean = mean
        self.low = low
        self.high = high
    }

    /// The mean with its Student t interval, mean ± t₀.₉₇₅,ₙ₋₁·sd/√n
    /// (``RunningStatistic/confidenceInterval95``).
    init(_ statistic: RunningStatistic) {
        let interval = statistic.confidenceInterval95
        self.init(mean: statistic.mean, low: interval?.lowerBound, high: interval?.upperBound)
    }

    /// The share `successes / trials` with its Wilson score interval at 95% (Wilson 1927; Brown,
    /// Cai & DasGupta 2001 recommend it over the Wald interval, which collapses to a point at 0
    /// and 1 and undercovers for small n). z is the standard normal's 97.5% quantile.
    /// Invariant: 0 ≤ low ≤ mean ≤ high ≤ 1. Nil interval with fewer than two trials.
    static func wilson(successes: Int, trials: Int) -> WhatIfEstimate {
        guard trials > 0 else { return WhatIfEstimate(mean: 0, low: nil, high: nil) }
        let n = Double(trials)
        let share = Double(successes) / n
        guard trials > 1 else { return WhatIfEstimate(mean: share, low: nil, high: nil) }
        let z = StandardNormal.quantile(0.975)
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (share + z2 / (2 * n)) / denominator
        let half = z * (share * (1 - share) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return WhatIfEstimate(mean: share, low: max(0, min(share, centre - half)), high: min(1, max(share, centre + half)))
    }
}
