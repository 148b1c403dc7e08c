import Testing
@testable import GSL

@Suite("RandomStream")
struct RandomStreamTests {
    /// Seed used throughout this suite.
    static let seed: UInt = 20_240_611

    @Test("the same seed gives the same sequence")
    func sameSeedSameSequence() throws {
        let a = try RandomStream(seed: Self.seed)
        let b = try RandomStream(seed: Self.seed)
        for index in 0..<1_000 {
            #expect(a.uniform() == b.uniform(), "seed \(Self.seed), draw \(index)")
        }
    }

    @Test("reseeding restarts the sequence")
    func reseedRestarts() throws {
        let stream = try RandomStream(seed: Self.seed)
        let first = (0..<100).map { _ in stream.uniform() }
        stream.reseed(Self.seed)
        let again = (0..<100).map { _ in stream.uniform() }
        #expect(first == again, "seed \(Self.seed)")
        #expect(stream.seed == Self.seed)
    }

    @Test("different seeds give different sequences")
    func differentSeedsDiffer() throws {
        let a = try RandomStream(seed: Self.seed)
        let b = try RandomStream(seed: Self.seed + 1)
        let matches = (0..<1_000).filter { _ in a.uniform() == b.uniform() }.count
        // Two independent 32-bit streams coincide at a given position with probability 2⁻³².
        #expect(matches == 0, "seeds \(Self.seed) and \(Self.seed + 1)")
    }

    @Test("generators are found by name", arguments: ["mt19937", "taus2", "ranlxd2"])
    func generatorByName(name: String) throws {
        let a = try RandomStream(generator: name, seed: Self.seed)
        let b = try RandomStream(generator: name, seed: Self.seed)
        #expect(a.generatorName == name)
        let draws = (0..<1_000).map { _ in a.uniform() }
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 1 }, "\(name), seed \(Self.seed)")
        #expect(draws == (0..<1_000).map { _ in b.uniform() }, "\(name), seed \(Self.seed)")
        // Crude sanity: 1000 uniforms have mean 1/2 ± z·√(1/12/1000).
        let mean = draws.reduce(0, +) / 1_000
        #expect(abs(mean - 0.5) < zTolerance * (1.0 / 12_000).squareRoot(), "\(name), seed \(Self.seed)")
        #expect(RandomStream.availableGenerators.contains(name))
    }

    @Test("an unknown generator name throws and lists the available ones")
    func unknownGeneratorThrows() {
        do {
            _ = try RandomStream(generator: "no-such-generator", seed: Self.seed)
            Issue.record("expected unknownGenerator")
        } catch let GSLError.unknownGenerator(name, available) {
            #expect(name == "no-such-generator")
            #expect(available.contains("mt19937"))
            #expect(available.contains("taus2"))
            #expect(available == RandomStream.availableGenerators)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("uniformPositive and uniformInt stay in range")
    func ranges() throws {
        let stream = try RandomStream(seed: Self.seed)
        for _ in 0..<10_000 {
            let u = stream.uniformPositive()
            #expect(u > 0 && u < 1, "seed \(Self.seed)")
            #expect(stream.uniformInt(below: 7) < 7, "seed \(Self.seed)")
        }
    }
}
