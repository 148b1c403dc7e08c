import Forecasting

/// A sample of finite numbers, sorted ascending once so that quantiles and distances between
/// samples read it in order. Invariant: `values` is sorted and holds no NaN or infinity.
public struct SortedSample: Equatable, Sendable {
    /// The observations, ascending.
    public let values: [Double]

    /// Sorts `values`; the caller guarantees they are finite.
    public init(_ values: [Double]) {
        self.values = values.sorted()
    }

    public var count: Int { values.count }

    /// The p-quantile, 0 ≤ p ≤ 1, by linear interpolation between order statistics (Hyndman &
    /// Fan 1996 type 7; R's default and `numpy.percentile`'s "linear"): with h = (n − 1)p,
    /// x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based order statistics. Nil for an empty sample.
    public func quantile(_ p: Double) -> Double? {
        OrderStatistics.typeSeven(p, ofSorted: values[...])
    }

    /// The median, the type-7 0.5-quantile.
    public var median: Double? { quantile(0.5) }

    /// The interquartile range Q(0.75) − Q(0.25) (type 7), ≥ 0; nil for an empty sample.
    public var interquartileRange: Double? {
        guard let upper = quantile(0.75), let lower = quantile(0.25) else { return nil }
        return upper - lower
    }
}
