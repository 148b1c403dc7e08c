/// A paired difference over replications: one strategy's figure minus another's, replication
/// by replication, in the metric's unit. Under common random numbers both faced the same
/// market in each replication, so the spread measures only how the strategies differ.
///
/// Coded as in `summary.json`: `mean`, `sd`, `ci95` and `ci95_bootstrap` ([low, high], each
/// absent without that interval).
public struct Difference: Hashable, Sendable {
    public var mean: Double
    /// Sample standard deviation of the differences (0 with fewer than two).
    public var standardDeviation: Double
    /// 95% interval of the mean difference, Student t; nil with one replication.
    public var interval95: ClosedRange<Double>?
    /// 95% percentile-bootstrap interval (``PoissonBootstrap``); nil when not resampled.
    public var bootstrapInterval95: ClosedRange<Double>?

    public init(mean: Double, standardDeviation: Double, interval95: ClosedRange<Double>?,
                bootstrapInterval95: ClosedRange<Double>? = nil) {
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.interval95 = interval95
        self.bootstrapInterval95 = bootstrapInterval95
    }

    /// The differences `statistic` has seen, with the bootstrap interval when there is one.
    public init(_ statistic: RunningStatistic, bootstrap: ClosedRange<Double>? = nil) {
        self.init(mean: statistic.mean, standardDeviation: statistic.standardDeviation,
                  interval95: statistic.confidenceInterval95, bootstrapInterval95: bootstrap)
    }

    /// Whether the 95% t interval contains 0: the replications cannot tell the two apart
    /// (false without an interval).
    public var containsZero: Bool {
        interval95?.contains(0) ?? false
    }
}

extension Difference: Codable {
    enum CodingKeys: String, CodingKey {
        case mean, ci95
        case standardDeviation = "sd"
        case bootstrapInterval95 = "ci95_bootstrap"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mean = try container.decode(Double.self, forKey: .mean)
        standardDeviation = try container.decode(Double.self, forKey: .standardDeviation)
        interval95 = try container.decodeInterval(forKey: .ci95)
        bootstrapInterval95 = try container.decodeInterval(forKey: .bootstrapInterval95)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(standardDeviation, forKey: .standardDeviation)
        try container.encodeInterval(interval95, forKey: .ci95)
        try container.encodeInterval(bootstrapInterval95, forKey: .bootstrapInterval95)
    }
}
