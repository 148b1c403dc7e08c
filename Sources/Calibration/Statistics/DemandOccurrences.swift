/// The non-zero demands of a series and the periods they fall in: the two halves of the
/// Syntetos–Boylan classification (demand size variability and demand interval).
struct DemandOccurrences {
    /// 0-based periods with y_t > 0, increasing.
    let periods: [Int]
    /// The demands in those periods (units), in the same order.
    let sizes: [Double]

    init(_ series: [Double]) {
        var periods: [Int] = []
        var sizes: [Double] = []
        for (t, y) in series.enumerated() where y > 0 {
            periods.append(t)
            sizes.append(y)
        }
        self.periods = periods
        self.sizes = sizes
    }

    /// s² / z̄² of the sizes, sample variance (divisor k − 1); nil for fewer than two sizes.
    var cvSquared: Double? {
        let k = sizes.count
        guard k >= 2 else { return nil }
        let mean = sizes.reduce(0, +) / Double(k)
        let squares = sizes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return squares / Double(k - 1) / (mean * mean)
    }

    /// (t_last − t_first) / (k − 1) in periods; nil for fewer than two demands.
    var averageInterval: Double? {
        guard let first = periods.first, let last = periods.last, periods.count >= 2 else { return nil }
        return Double(last - first) / Double(periods.count - 1)
    }
}
