/// `comparable-periods`: a censored period's demand is the mean demand of comparable
/// uncensored periods, each scaled to the local level, and never below the sales.
///
/// Comparable periods of a censored period t are the ``neighbours`` uncensored periods nearest
/// to t at the same season position within ``reachCycles`` cycles (ties: the earlier first);
/// failing any, the ``neighbours`` uncensored periods nearest to t at any position
/// (``CensoringNote/windowWidened``). A comparable period j contributes y_j·L_t/L_j, where L is
/// the local level: the mean sale of the uncensored periods within a centred window of
/// half-width ⌊m/2⌋ for a short cycle m ≤ 13 (so the window spans a whole cycle and the level
/// carries no season) and 3 otherwise (a slow yearly season moves little in 7 periods, and
/// same-position periods share it). The ratio is clamped to [1/4, 4] so one thin window cannot
/// blow an estimate up, and taken as 1 when either window holds no uncensored period.
/// Uncensored periods are the lower-demand ones where stock is tight, so the estimate leans low
/// when most periods are censored (docs/censoring.md measures it).
public struct ComparablePeriodsEstimator: CensoringMethod, Hashable {
    /// Comparable periods averaged (≥ 1).
    public var neighbours: Int
    /// How many cycles away a same-position period may be (≥ 1).
    public var reachCycles: Int

    public init(neighbours: Int = 4, reachCycles: Int = 3) {
        self.neighbours = max(1, neighbours)
        self.reachCycles = max(1, reachCycles)
    }

    public func estimate(for series: CensoredSeries) throws(CensoringError) -> CensoringEstimate {
        if let trivial = try series.trivialEstimate() { return trivial }
        var notes: Set<CensoringNote> = []
        let levels = Self.localLevels(series)
        let uncensored = series.censored.indices.filter { !series.censored[$0] }
        var values = series.sales
        for t in series.censoredPeriods {
            let byDistance = uncensored.sorted { (abs($0 - t), $0) < (abs($1 - t), $1) }
            let reach = reachCycles * max(1, series.season)
            var chosen = byDistance.filter { series.seasonPosition(of: $0) == series.seasonPosition(of: t) && abs($0 - t) <= reach }
            if chosen.isEmpty {
                notes.insert(.windowWidened)
                chosen = byDistance
            }
            let sum = chosen.prefix(neighbours).reduce(0.0) { total, j in
                total + series.sales[j] * Self.ratio(levels[t], levels[j])
            }
            values[t] = sum / Double(min(neighbours, chosen.count))
        }
        return CensoringEstimate(demand: series.boundedBySales(values), notes: notes)
    }

    /// L_t / L_j clamped to [1/4, 4]; 1 when either level is unknown (nil) or 0.
    static func ratio(_ target: Double?, _ source: Double?) -> Double {
        guard let target, let source, target > 0, source > 0 else { return 1 }
        return min(4, max(0.25, target / source))
    }

    /// The local level of every period (nil where its window holds no uncensored period).
    static func localLevels(_ series: CensoredSeries) -> [Double?] {
        let halfWidth = (2...13).contains(series.season) ? series.season / 2 : 3
        return series.sales.indices.map { t in
            var sum = 0.0
            var count = 0
            for j in max(0, t - halfWidth)..<min(series.count, t + halfWidth + 1) where !series.censored[j] {
                sum += series.sales[j]
                count += 1
            }
            return count > 0 ? sum / Double(count) : nil
        }
    }
}
