/// Quantiles of a sample read from its order statistics.
public enum OrderStatistics {
    /// The p-quantile of `sorted` (ascending) by linear interpolation between order statistics
    /// (Hyndman & Fan 1996, type 7; the default of R and of `numpy.percentile`): with
    /// h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based. p below 0 reads the smallest
    /// value and above 1 the largest. Nil for an empty sample. O(1).
    public static func typeSeven(_ p: Double, ofSorted sorted: ArraySlice<Double>) -> Double? {
        guard let first = sorted.first, let last = sorted.last else { return nil }
        let position = Double(sorted.count - 1) * p
        let below = Int(position.rounded(.down))
        guard below >= 0 else { return first }
        guard below + 1 < sorted.count else { return last }
        let low = sorted[sorted.startIndex + below]
        return low + (position - Double(below)) * (sorted[sorted.startIndex + below + 1] - low)
    }
}
