/// `product-limit`: each censored period's demand is E[D | D ≥ sales] under the Kaplan–Meier
/// estimate (``ProductLimitDistribution``) of the demand distribution of the periods around it.
///
/// Lifecycle demand is not stationary, so the distribution is estimated over a moving window:
/// the periods t − h … t + h (clipped at the ends of the series), widened by doubling h until it
/// holds at least ``minimumExact`` uncensored periods, two of them with positive sales, or covers
/// the whole series: the tail beyond the largest uncensored sale is fitted to the positive ones,
/// and an intermittent series has few of them nearby. Within a window the level is taken as
/// constant; a symmetric window keeps a steady trend from biasing the middle. Seasonal positions
/// are pooled. `halfWidth` nil uses the whole series (the
/// stationary estimate of Nahmias 1994).
public struct ProductLimitEstimator: CensoringMethod, Hashable {
    /// Half-width h of the window in periods (≥ 1), or nil for the whole series.
    public var halfWidth: Int?
    /// Uncensored periods a window must hold before it stops widening (≥ 1); two of them must
    /// also have positive sales.
    public var minimumExact: Int

    /// The default window (h = 6: 13 periods) was chosen on the censoring benchmark
    /// (docs/censoring.md): the least biased on the forecast-driven lifecycle, where the whole
    /// series and wider windows overshoot; on stationary demand the whole series does better.
    public init(halfWidth: Int? = 6, minimumExact: Int = 4) {
        self.halfWidth = halfWidth.map { max(1, $0) }
        self.minimumExact = max(1, minimumExact)
    }

    public func estimate(for series: CensoredSeries) throws(CensoringError) -> CensoringEstimate {
        if let trivial = try series.trivialEstimate() { return trivial }
        var notes: Set<CensoringNote> = []
        var values = series.sales
        var whole: ProductLimitDistribution?
        for t in series.censoredPeriods {
            let window = self.window(around: t, in: series, notes: &notes)
            let distribution: ProductLimitDistribution?
            if window == 0..<series.count {
                if whole == nil { whole = Self.distribution(of: series, in: window) }
                distribution = whole
            } else {
                distribution = Self.distribution(of: series, in: window)
            }
            guard let distribution else { continue }
            if distribution.hasTail { notes.insert(.tailExtrapolated) }
            values[t] = distribution.conditionalMean(atLeast: series.sales[t])
        }
        return CensoringEstimate(demand: series.boundedBySales(values), notes: notes)
    }

    /// The periods the distribution of period t is estimated from.
    func window(around t: Int, in series: CensoredSeries, notes: inout Set<CensoringNote>) -> Range<Int> {
        guard var h = halfWidth else { return 0..<series.count }
        while true {
            let window = max(0, t - h)..<min(series.count, t + h + 1)
            if window.count == series.count { return window }
            let exact = window.filter { !series.censored[$0] }
            if exact.count >= minimumExact && exact.filter({ series.sales[$0] > 0 }).count >= 2 { return window }
            notes.insert(.windowWidened)
            h *= 2
        }
    }

    /// The Kaplan–Meier estimate from the periods of `window`.
    static func distribution(of series: CensoredSeries, in window: Range<Int>) -> ProductLimitDistribution? {
        var exact: [Double] = []
        var censored: [Double] = []
        for t in window {
            if series.censored[t] { censored.append(series.sales[t]) } else { exact.append(series.sales[t]) }
        }
        return ProductLimitDistribution(exact: exact, censoredAt: censored)
    }
}
