/// The last-year seasonal ratio: how much the next `horizon` periods sold one season ago,
/// relative to the 13 periods before them, pooled over the catalogue and, for a product with a
/// year of its own history, shrunk from its own ratio towards the pooled one.
///
/// At the last observed period P, with season m and horizon h ≤ m:
///
///     A = Σ sales over P + 1 − m … P + h − m     (the coming periods, one season back)
///     B = Σ sales over P − m − 12 … P − m, × h/13 (the 13 periods before them, per h)
///
/// The pooled ratio r = Σ A / Σ B over every reference that had started by P − m − 12; a
/// product's own ratio (A_s + λ·z·r)/(B_s + λ·z), with z its median positive sale, counts its own
/// last year as much as λ typical sales of evidence allow. Only periods ≤ P are read.
enum SeasonalRatio {
    /// Periods of the base the coming periods are compared with.
    static let basePeriods = 13

    /// r at period `last`; nil when no reference covers both windows (or h > m, where the
    /// coming periods one season back would lie after P).
    static func pooled(references: [AnalogLibrary.Reference], last: Int, settings: PooledStackSettings) -> Double? {
        guard settings.horizon <= settings.season else { return nil }
        var coming = 0.0
        var base = 0.0
        var covered = false
        for reference in references {
            guard let (a, b) = windows(sales: reference.sales, firstPeriod: reference.firstPeriod, last: last,
                                       settings: settings) else { continue }
            coming += a
            base += b
            covered = true
        }
        guard covered, base > 0 else { return nil }
        return coming / base
    }

    /// The product's ratio, shrunk towards `pooled` (which it is when the product is younger
    /// than a season and 13 periods).
    static func product(sales: [Double], firstPeriod: Int, pooled: Double, settings: PooledStackSettings) -> Double {
        let last = firstPeriod + sales.count - 1
        guard let (a, b) = windows(sales: sales, firstPeriod: firstPeriod, last: last, settings: settings) else {
            return pooled
        }
        let positive = sales.filter { $0 > 0 }
        let typical = positive.isEmpty ? 1 : StackFeatureWalk.median(positive)
        let weight = settings.seasonalShrinkage * typical
        guard b + weight > 0 else { return pooled }
        return (a + weight * pooled) / (b + weight)
    }

    /// (A, B) for one series, or nil when it starts after the base window or ends before the
    /// coming one.
    private static func windows(sales: [Double], firstPeriod: Int, last: Int,
                                settings: PooledStackSettings) -> (Double, Double)? {
        let m = settings.season
        let h = settings.horizon
        let baseStart = last - m - (basePeriods - 1)
        let comingEnd = last + h - m
        guard firstPeriod <= baseStart, firstPeriod + sales.count - 1 >= comingEnd, comingEnd <= last else { return nil }
        func sum(_ from: Int, _ to: Int) -> Double {
            sales[(from - firstPeriod)...(to - firstPeriod)].reduce(0, +)
        }
        let coming = sum(last + 1 - m, comingEnd)
        let base = sum(baseStart, last - m) * Double(h) / Double(basePeriods)
        return (coming, base)
    }
}
