/// The two-sample Kolmogorov–Smirnov test: how far apart two empirical distribution functions
/// get, and how surprising that distance would be if both samples came from one continuous
/// distribution.
public struct KolmogorovSmirnov: Equatable, Sendable, Codable {
    /// D = sup_x |F₁(x) − F₂(x)| over the two empirical (right-continuous) distribution
    /// functions; unitless, 0…1.
    public let statistic: Double
    /// The asymptotic two-sided p-value P(D_N ≥ D), where D_N is Kolmogorov's one-sample
    /// statistic for the effective size N = n₁n₂/(n₁ + n₂), rounded half to even — exactly
    /// what `scipy.stats.ks_2samp(method="asymp")` reports (see ``KolmogorovDistribution``).
    /// With many ties (discrete data) the test is conservative: the p-value is too large.
    /// Nil when N rounds to 0 (one observation on each side: D is 0 or 1 whatever the
    /// distributions, and scipy answers NaN).
    public let pValue: Double?

    /// The test of `first` against `second`; nil when either sample is empty.
    public init?(_ first: SortedSample, _ second: SortedSample) {
        guard first.count > 0, second.count > 0 else { return nil }
        statistic = Self.distance(first.values, second.values)
        let (n1, n2) = (Double(first.count), Double(second.count))
        let effective = (n1 * n2 / (n1 + n2)).rounded(.toNearestOrEven)
        pValue = effective < 1 ? nil : KolmogorovDistribution.survival(statistic, size: Int(effective))
    }

    /// sup |F₁ − F₂|, evaluated after each distinct value: both samples are stepped past every
    /// copy of the smaller next value before the gap is measured, so ties never create a gap.
    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        var (i, j) = (0, 0)
        var largest = 0.0
        while i < a.count, j < b.count {
            let x = min(a[i], b[j])
            while i < a.count, a[i] == x { i += 1 }
            while j < b.count, b[j] == x { j += 1 }
            largest = max(largest, abs(Double(i) / Double(a.count) - Double(j) / Double(b.count)))
        }
        return largest
    }
}
