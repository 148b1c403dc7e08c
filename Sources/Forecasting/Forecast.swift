/// A probabilistic forecast of the next `horizon` periods: the mean path and the spread around
/// it, from which quantiles of single periods and of cumulative demand follow.
///
/// Units are units of demand per period. Quantiles are never negative (see
/// `Forecast+Quantiles.swift` for how they are computed, and how steps beyond the horizon are
/// clamped). The forecasters in this module never produce negative or non-finite values.
public struct Forecast: Hashable, Sendable {
    /// Expected demand in each of the next periods (index 0 = the first period ahead), ≥ 0.
    public var mean: [Double]
    /// The uncertainty around `mean`; its arrays (or each path) are `horizon` long.
    public var spread: Spread

    public init(mean: [Double], spread: Spread) {
        self.mean = mean
        self.spread = spread
    }

    /// Number of periods forecast.
    public var horizon: Int { mean.count }

    /// How uncertain the forecast is.
    public enum Spread: Hashable, Sendable {
        /// Normal errors around the mean, censored at zero (demand is max(0, X) with X normal,
        /// so the probability of negative values sits at 0): `stepSD[i]` is the standard
        /// deviation of X for period i, `cumulativeSD[k − 1]` that of the total over the first
        /// k periods (errors of successive periods may be correlated, so it is not just the
        /// root of summed variances).
        case normal(stepSD: [Double], cumulativeSD: [Double])
        /// Equally likely non-negative demand paths, each `horizon` long.
        case samplePaths([[Double]])
        /// The forecasts of an ensemble's members, combined quantile by quantile by `rule`
        /// (Vincentization: the p-quantile is the mean or median of the members' p-quantiles,
        /// per period and for cumulative totals alike; Vincent 1912, Ratcliff 1979, and for
        /// forecasts Lichtendahl, Grushka-Cockayne & Winkler 2013). Each member is `horizon`
        /// long; the combined mean path is the rule applied to the members' means.
        case combined(members: [Forecast], rule: EnsembleRule)
    }
}
