import Testing
@testable import Backtest

/// ``ReplicationDistribution``: exact type 7 quantiles (numpy's default) while every
/// replication is kept, the replication at each, and the bounded compaction beyond.
@Suite("Profit distribution over replications")
struct ReplicationDistributionTests {
    static func distribution(_ values: [Double]) -> ReplicationDistribution {
        var distribution = ReplicationDistribution()
        for (replication, value) in values.enumerated() { distribution.add(value, replication: replication) }
        return distribution
    }

    @Test("quantiles equal numpy.quantile's defaults, ties go to the lower replication, and each names its replication")
    func exactQuantiles() throws {
        // numpy.quantile([5, 1, 4, 1, 3], [0, .05, .25, .5, .95, 1]) == [1, 1, 1, 3, 4.8, 5]
        let distribution = Self.distribution([5, 1, 4, 1, 3])
        #expect(distribution.isExact && distribution.count == 5)
        let quantiles = distribution.quantiles([0, 0.05, 0.25, 0.5, 0.95, 1])
        #expect(quantiles.map(\.value) == [1, 1, 1, 3, 4.8, 5])
        // Order statistics at ⌊p(n−1)⌋: (1, r1), (1, r1), (1, r3), (3, r4), (4, r2), (5, r0).
        #expect(quantiles.map(\.replication) == [1, 1, 3, 4, 2, 0])
        // An even count: the median is the mean of the middle two, its replication the lower one's.
        let even = try #require(Self.distribution([40, 10, 30, 20]).quantile(0.5))
        #expect(even.value == 25 && even.replication == 3)
        #expect(ReplicationDistribution().quantile(0.5) == nil)
    }

    @Test("up to 4,096 replications nothing is compacted; beyond, quantile ranks stay within the documented bound")
    func compaction() throws {
        let capacity = ReplicationDistribution.exactCapacity
        // Values are their own ranks, fed in a scrambled but fixed order (7919 is prime to n).
        func scrambled(_ n: Int) -> ReplicationDistribution {
            var distribution = ReplicationDistribution()
            for replication in 0..<n { distribution.add(Double((replication * 7919) % n), replication: replication) }
            return distribution
        }
        let full = scrambled(capacity)
        #expect(full.isExact && full.keptItems == capacity)
        #expect(full.quantile(0.05)?.value == 0.05 * Double(capacity - 1))

        let n = 100_000
        let big = scrambled(n)
        #expect(!big.isExact && big.count == n)
        // 1 + ⌈log2(n / 4096)⌉ = 6 levels at most, each at most 4,096 items; the rank of a
        // quantile is off by at most n · (levels − 1) / 4096.
        let bound = Double(n) * 5 / Double(capacity)
        #expect(big.keptItems <= capacity * 6, "\(big.keptItems) items kept")
        for p in [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] {
            let found = try #require(big.quantile(p))
            #expect(abs(found.value - p * Double(n - 1)) <= bound, "p \(p): rank \(found.value), bound ±\(bound)")
            // The replication named is the one that holds that value.
            #expect(Double((found.replication * 7919) % n) == found.value)
        }
        // A function of the stream alone: the same values in the same order give the same state.
        #expect(scrambled(n) == big)
    }
}
