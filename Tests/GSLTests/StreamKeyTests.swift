import Testing
@testable import GSL

@Suite("StreamKey")
struct StreamKeyTests {
    static let base = StreamKey(scenarioSeed: 42, replication: 3, product: "sku-17", purpose: .demand)

    @Test("the same key always gives the same seed")
    func deterministic() {
        let copy = StreamKey(scenarioSeed: 42, replication: 3, product: "sku-17", purpose: .demand)
        #expect(copy.gslSeed == Self.base.gslSeed)
        #expect(copy.digest == Self.base.digest)
    }

    @Test("each part of the key changes the seed")
    func partsMatter() {
        var other = Self.base
        other.product = "sku-18"
        #expect(other.gslSeed != Self.base.gslSeed, "product")
        other = Self.base
        other.replication = 4
        #expect(other.gslSeed != Self.base.gslSeed, "replication")
        other = Self.base
        other.scenarioSeed = 43
        #expect(other.gslSeed != Self.base.gslSeed, "scenario seed")
        for purpose in StreamPurpose.allCases where purpose != .demand {
            other = Self.base
            other.purpose = purpose
            #expect(other.gslSeed != Self.base.gslSeed, "purpose \(purpose)")
        }
    }

    @Test("seeds of many keys are distinct and in 1...2³²−1")
    func seedRange() {
        var seen = Set<UInt>()
        let scenarioSeeds: [UInt64] = [0, 1, 42, UInt64.max]
        for scenarioSeed in scenarioSeeds {
            for replication in [-1, 0, 1, 99] {
                for product in 0..<100 {
                    for purpose in StreamPurpose.allCases {
                        let key = StreamKey(scenarioSeed: scenarioSeed, replication: replication,
                                            product: "p\(product)", purpose: purpose)
                        let seed = key.gslSeed
                        #expect(seed >= 1 && seed <= 0xFFFF_FFFF, "\(key)")
                        seen.insert(seed)
                    }
                }
            }
        }
        // 8000 keys into 2³² seeds: the chance of any collision is ≈ 8000²/2³³ ≈ 0.7%, so allow one.
        #expect(seen.count >= 7_999)
    }

    @Test("streams of different purposes and products are uncorrelated",
          arguments: [(StreamPurpose.events, "sku-17"), (.demand, "sku-18"), (.leadTimes, "sku-17")])
    func independence(purpose: StreamPurpose, product: String) throws {
        let n = 50_000
        var otherKey = Self.base
        otherKey.purpose = purpose
        otherKey.product = product
        let a = try RandomStream(key: Self.base)
        let b = try RandomStream(key: otherKey)
        let x = (0..<n).map { _ in a.uniform() }
        let y = (0..<n).map { _ in b.uniform() }
        // Under independence the sample correlation is ≈ normal(0, 1/n).
        let r = correlation(x, y)
        #expect(abs(r) < zTolerance / Double(n).squareRoot(), "keys \(Self.base) vs \(otherKey): r = \(r)")
        // Lag-1 across the two streams too, in case one is a shifted copy of the other.
        let lagged = correlation(Array(x.dropFirst()), Array(y.dropLast()))
        #expect(abs(lagged) < zTolerance / Double(n - 1).squareRoot(), "lag 1: r = \(lagged)")
        #expect(x != y)
    }
}
