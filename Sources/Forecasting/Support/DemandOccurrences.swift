/// The non-zero demands of a series and where the first falls: the two measures of the
/// Syntetos–Boylan classification (``DemandPattern``), demand interval and size variability.
/// The fidelity report compares the same two numbers between a real and a simulated catalogue,
/// so both read them from here.
public struct DemandOccurrences: Sendable {
    /// Periods in the series, n.
    public let periods: Int
    /// Offset from the series' start of the first non-zero demand; nil when there is none.
    public let first: Int?
    /// The non-zero demands (units), in time order.
    public let sizes: [Double]

    public init(_ series: ArraySlice<Double>) {
        periods = series.count
        first = series.firstIndex { $0 > 0 }.map { $0 - series.startIndex }
        sizes = series.filter { $0 > 0 }
    }

    public init(_ series: [Double]) {
        self.init(series[...])
    }

    /// CV²: population variance of the sizes over their squared mean (divisor k; 0 for one
    /// size); nil for none.
    public var cvSquared: Double? {
        guard !sizes.isEmpty else { return nil }
        // One pass, Σx²/k − mean², as the demand classes have always been counted (a class
        // boundary must not move with the formula's rounding).
        var sum = 0.0
        var squares = 0.0
        for size in sizes {
            sum += size
            squares += size * size
        }
        let k = Double(sizes.count)
        let mean = sum / k
        return max(squares / k - mean * mean, 0) / (mean * mean)
    }

    /// ADI: (n − t_first) / k, periods per demand counted from the first, ≥ 1; nil for no
    /// demand.
    public var averageInterval: Double? {
        guard let first else { return nil }
        return Double(periods - first) / Double(sizes.count)
    }
}
