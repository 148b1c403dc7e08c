/// A metric over replications: its mean, spread and 95% interval, in the metric's unit.
///
/// Coded as the figures of `summary.json` are: `mean`, `sd`, `se`, `n` and `ci95` ([low, high],
/// absent without an interval).
public struct Figure: Hashable, Sendable {
    public var mean: Double
    /// Sample standard deviation over replications (0 with fewer than two).
    public var standardDeviation: Double
    /// Standard error of the mean (0 with fewer than two replications).
    public var standardError: Double
    /// Replications.
    public var count: Int
    /// The 95% interval of the mean (Student t); nil with one replication.
    public var interval95: ClosedRange<Double>?

    public init(mean: Double, standardDeviation: Double, standardError: Double, count: Int,
                interval95: ClosedRange<Double>?) {
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.standardError = standardError
        self.count = count
        self.interval95 = interval95
    }

    /// The figure of the values `statistic` has seen.
    public init(_ statistic: RunningStatistic) {
        self.init(mean: statistic.mean, standardDeviation: statistic.standardDeviation,
                  standardError: statistic.standardError, count: statistic.count,
                  interval95: statistic.confidenceInterval95)
    }
}

extension Figure: Codable {
    enum CodingKeys: String, CodingKey {
        case mean, n, ci95
        case standardDeviation = "sd"
        case standardError = "se"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mean = try container.decode(Double.self, forKey: .mean)
        standardDeviation = try container.decode(Double.self, forKey: .standardDeviation)
        standardError = try container.decode(Double.self, forKey: .standardError)
        count = try container.decode(Int.self, forKey: .n)
        interval95 = try container.decodeInterval(forKey: .ci95)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(standardDeviation, forKey: .standardDeviation)
        try container.encode(standardError, forKey: .standardError)
        try container.encode(count, forKey: .n)
        try container.encodeInterval(interval95, forKey: .ci95)
    }
}

extension KeyedDecodingContainer {
    /// An interval coded as `[low, high]` (low ≤ high); nil when the key is absent.
    /// - Throws: `DecodingError.dataCorrupted` for anything but two ordered numbers.
    func decodeInterval(forKey key: Key) throws -> ClosedRange<Double>? {
        guard let bounds = try decodeIfPresent([Double].self, forKey: key) else { return nil }
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                                                   debugDescription: "an interval is [low, high] with low ≤ high, got \(bounds)")
        }
        return bounds[0]...bounds[1]
    }
}

extension KeyedEncodingContainer {
    /// `interval` as `[low, high]`, nothing when nil.
    mutating func encodeInterval(_ interval: ClosedRange<Double>?, forKey key: Key) throws {
        try encodeIfPresent(interval.map { [$0.lowerBound, $0.upperBound] }, forKey: key)
    }
}
