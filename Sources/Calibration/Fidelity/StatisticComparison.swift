/// One ``SeriesStatistic`` over the catalogue: its distribution in the real history (one value
/// per product) against its distribution in the simulation (one value per product and
/// replication). Series where the statistic is undefined are left out of both samples and
/// counted. Values are in the statistic's units (see ``SeriesStatistic``).
public struct StatisticComparison: Codable, Equatable, Sendable {
    public let statistic: SeriesStatistic
    /// Real products where the statistic is defined / undefined.
    public let realCount: Int
    public let realUndefined: Int
    /// Simulated series (replication × product) where it is defined / undefined.
    public let simulatedCount: Int
    public let simulatedUndefined: Int
    /// Medians (type 7) of the defined values; nil when none is defined.
    public let realMedian: Double?
    public let simulatedMedian: Double?
    /// Two-sample Kolmogorov–Smirnov D (0…1) and its asymptotic p-value (see
    /// ``KolmogorovSmirnov``); nil when either sample is empty, and the p-value also when each
    /// sample holds a single value.
    public let ksStatistic: Double?
    public let ksPValue: Double?
    /// Wasserstein-1 distance between the samples, in the statistic's units; nil when either
    /// sample is empty.
    public let wasserstein: Double?
    /// Interquartile range (type 7) of the real sample, the scale of the normalised distance.
    public let realInterquartileRange: Double?
    /// W₁ / real IQR, unitless: 1 means the simulated distribution sits, on average, one real
    /// interquartile range away. Nil when W₁ is nil or the real IQR is 0 (more than half the
    /// products share one value, e.g. a zero share of 0 on a fast-moving catalogue): there is
    /// no spread to scale by, and the raw ``wasserstein`` still says how far apart they are.
    public let wassersteinOverIQR: Double?

    /// Compares the values of `statistic` in `real` (one per product) and `simulated`.
    init(_ statistic: SeriesStatistic, real: [Double?], simulated: [Double?]) {
        self.statistic = statistic
        let realSample = SortedSample(real.compactMap { $0 })
        let simulatedSample = SortedSample(simulated.compactMap { $0 })
        realCount = realSample.count
        realUndefined = real.count - realSample.count
        simulatedCount = simulatedSample.count
        simulatedUndefined = simulated.count - simulatedSample.count
        realMedian = realSample.median
        simulatedMedian = simulatedSample.median
        let test = KolmogorovSmirnov(realSample, simulatedSample)
        ksStatistic = test?.statistic
        ksPValue = test?.pValue
        let distance = test.map { _ in Wasserstein.distance(realSample.values, simulatedSample.values) }
        wasserstein = distance
        realInterquartileRange = realSample.interquartileRange
        if let distance, let scale = realInterquartileRange, scale > 0 {
            wassersteinOverIQR = distance / scale
        } else {
            wassersteinOverIQR = nil
        }
    }
}
