import Forecasting

/// The simulated demand of one product, period by period, summarised across replications:
/// the 10th, 50th and 90th percentiles (type 7, see ``SortedSample/quantile(_:)``; numpy's
/// default), in units per period, and how often the real series falls inside the 10–90% band.
///
/// A faithful simulation puts about 80% of the real periods inside the band. A period counts
/// as inside when lower ≤ y ≤ upper, bounds included: with count data the band of a quiet
/// product can collapse to 0…0, which then holds every real zero, so intermittent products can
/// show more than 80% even when the simulation is faithful.
/// Invariants: the three arrays have one entry per period and lower ≤ median ≤ upper.
public struct ProductBand: Codable, Equatable, Sendable {
    /// The band's levels, as probabilities.
    public static let levels = (lower: 0.1, median: 0.5, upper: 0.9)

    /// 10th percentile of simulated demand per period (units).
    public let lower: [Double]
    /// Median simulated demand per period (units).
    public let median: [Double]
    /// 90th percentile of simulated demand per period (units).
    public let upper: [Double]
    /// Real periods with lower ≤ y ≤ upper.
    public let periodsInside: Int
    /// periodsInside / number of periods, in 0…1; nil for a series with no periods.
    public let coverage: Double?

    /// The band of `replications` (each a simulated series of this product, as long as `real`;
    /// at least one) and the coverage of `real`. The caller has checked the shapes.
    init(real: [Double], replications: [[Double]]) {
        var lower: [Double] = [], median: [Double] = [], upper: [Double] = []
        var inside = 0
        var draws = [Double](repeating: 0, count: replications.count)
        for t in real.indices {
            for r in replications.indices { draws[r] = replications[r][t] }
            draws.sort()
            let low = OrderStatistics.typeSeven(Self.levels.lower, ofSorted: draws[...]) ?? 0
            let high = OrderStatistics.typeSeven(Self.levels.upper, ofSorted: draws[...]) ?? 0
            lower.append(low)
            median.append(OrderStatistics.typeSeven(Self.levels.median, ofSorted: draws[...]) ?? 0)
            upper.append(high)
            if low <= real[t], real[t] <= high { inside += 1 }
        }
        self.lower = lower
        self.median = median
        self.upper = upper
        periodsInside = inside
        coverage = real.isEmpty ? nil : Double(inside) / Double(real.count)
    }
}
