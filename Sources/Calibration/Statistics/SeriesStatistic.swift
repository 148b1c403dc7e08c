/// One summary statistic of a demand series, compared between the real catalogue and the
/// simulated replications in the fidelity report. Each statistic is a number or, where its
/// definition does not apply to a series, nil (never NaN); nil values are left out of the
/// comparison and counted (see ``StatisticComparison``).
///
/// A series is y₀ … y_{n−1}: units demanded per period, each ≥ 0. The raw values (the JSON
/// spelling) are stable: a fidelity summary stores them.
public enum SeriesStatistic: String, CaseIterable, Codable, Sendable {
    /// Mean demand per period, Σ y_t / n (units per period). Nil when n = 0.
    case mean
    /// Squared coefficient of variation of the non-zero demands (Syntetos, Boylan & Croston
    /// 2005): σ² / z̄² over the k non-zero values z, with the population variance σ² (divisor
    /// k, as Forecasting's `DemandPattern`; 0 for a single demand). Unitless, ≥ 0. Nil when
    /// k = 0.
    case cvSquared = "cv-squared"
    /// Average inter-demand interval, ADI (Syntetos, Boylan & Croston 2005): periods per
    /// non-zero demand, (n − t_first) / k, counted from the first period with demand to the end
    /// of the series (as Forecasting's `DemandPattern`). The gap before the first demand is not
    /// counted, so a late start of the history is not read as intermittency; the gap after the
    /// last demand is, so a product that stops selling reads as more intermittent. Periods,
    /// ≥ 1 (1 when every period from the first demand on has demand). Nil when k = 0.
    case averageInterDemandInterval = "adi"
    /// Share of periods with zero demand, #{t : y_t = 0} / n, in 0…1. Nil when n = 0.
    case zeroShare = "zero-share"
    /// Where the series peaks, 0 (first period) … 1 (last period): the index of the maximum
    /// of the centred moving average of ``FidelityOptions/peakWidth`` periods, taken where the
    /// whole window fits, divided by n − 1; ties go to the first. Nil when n < 2, n is shorter
    /// than the width, or every period is zero.
    case peakPosition = "peak-position"
    /// Lag-1 autocorrelation r₁ (see ``Autocorrelation``), in −1…1. Nil when n < 2 or the series
    /// is constant.
    case lag1Autocorrelation = "lag1-autocorrelation"
    /// Autocorrelation at the season length m, r_m (see ``Autocorrelation``), in −1…1. Nil when
    /// n < 2m (fewer than two full seasons) or the series is constant.
    case seasonalAutocorrelation = "seasonal-autocorrelation"
}
