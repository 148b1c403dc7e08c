/// The non-zero demands of a series and where the first falls: the two halves of the
/// Syntetos–Boylan classification (demand size variability and demand interval), counted as
/// Forecasting's `DemandPattern` counts them, so that the classes the evaluation report shows
/// and the statistics the fidelity report compares agree.
struct DemandOccurrences {
    /// Periods in the series, n.
    let periods: Int
    /// 0-based period of the first non-zero demand; nil when there is none.
    let first: Int?
    /// The non-zero demands (units), in time order.
    let sizes: [Double]

    init(_ series: [Double]) {
        periods = series.count
        first = series.firstIndex { $0 > 0 }
        sizes = series.filter { $0 > 0 }
    }

    /// Population variance over squared mean of the sizes (divisor k; 0 for one size); nil for
    /// none.
    var cvSquared: Double? {
        guard !sizes.isEmpty else { return nil }
        let k = Double(sizes.count)
        let mean = sizes.reduce(0, +) / k
        let squares = sizes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return squares / k / (mean * mean)
    }

    /// (n − t_first) / k in periods per demand, ≥ 1; nil for no demand.
    var averageInterval: Double? {
        guard let first else { return nil }
        return Double(periods - first) / Double(sizes.count)
    }
}
