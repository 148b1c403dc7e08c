import Testing
import Market

@Suite("Reproducibility")
struct DeterminismTests {
    static func catalogue(extra: Bool = false) -> MarketModel {
        var products = [
            Fixture.flatProduct("a", level: 3, noise: .negativeBinomial(dispersion: 2)),
            Fixture.bassProduct("b", bass: BassDiffusion(marketSize: 2_000, innovation: 0.01, imitation: 0.1)),
            Fixture.flatProduct("c", level: 0.4, noise: .zeroInflated(zeroProbability: 0.6, base: .poisson)),
        ]
        if extra { products.insert(Fixture.flatProduct("new", level: 5), at: 1) }
        return Fixture.model(products, periods: 200)
    }

    @Test("same seed gives identical demand; another seed or replication gives different demand")
    func sameSeedSameDemand() throws {
        let first = try Fixture.observe(Self.catalogue(), seed: 42)
        let again = try Fixture.observe(Self.catalogue(), seed: 42)
        let otherSeed = try Fixture.observe(Self.catalogue(), seed: 43)
        let otherReplication = try Fixture.observe(Self.catalogue(), seed: 42, replication: 1)
        #expect(first == again)
        #expect(first.map(\.demand) != otherSeed.map(\.demand))
        #expect(first.map(\.demand) != otherReplication.map(\.demand))
        #expect(first.map(\.expected) == otherSeed.map(\.expected).enumerated().map { index, value in
            // Phase products' expected demand does not depend on the draws; Bass's does.
            first[index].product == 1 ? first[index].expected : value
        })
    }

    @Test("adding a product leaves every other product's demand unchanged")
    func streamsFollowProductIDs() throws {
        let before = try Fixture.observe(Self.catalogue(), seed: 7)
        let after = try Fixture.observe(Self.catalogue(extra: true), seed: 7)
        let ids = ["a", "b", "c"]
        let beforeByID = Dictionary(grouping: before) { ids[$0.product] }
        let afterIDs = ["a", "new", "b", "c"]
        let afterByID = Dictionary(grouping: after) { afterIDs[$0.product] }
        for id in ids {
            #expect(beforeByID[id]?.map(\.demand) == afterByID[id]?.map(\.demand), "product \(id)")
        }
    }

    @Test("every GSL generator the scenario may name works and gives its own stream",
          arguments: ["mt19937", "taus2", "ranlxd2"])
    func generators(name: String) throws {
        let rows = try Fixture.observe(Self.catalogue(), seed: 1, generator: name)
        let reference = try Fixture.observe(Self.catalogue(), seed: 1, generator: "mt19937")
        #expect(rows.count == reference.count)
        #expect((rows.map(\.demand) == reference.map(\.demand)) == (name == "mt19937"))
    }

    @Test("an unknown generator is an error, not a crash")
    func unknownGenerator() {
        #expect(throws: (any Error).self) {
            try MarketSimulation(model: Self.catalogue(), seed: 1, generator: "no-such-generator")
        }
    }
}
