import Foundation
import Scenario
import Testing
import Workflows

/// The simulate workflow: every bundled scenario reproducibly, seeds and replications,
/// demand.csv with exactly statsforecast's three columns and the ground truth beside it.
@Suite("simulate workflow")
struct SimulateWorkflowTests {
    static func simulate(_ scenario: String, into folder: URL, _ name: String, seed: UInt64? = nil, replication: Int = 0,
                         replications: Int = 1) async throws -> SimulateWorkflow.Result {
        try await SimulateWorkflow.run(SimulateWorkflow.Options(
            scenarioFile: scenario, seed: seed, replication: replication, replications: replications,
            folder: folder.appendingPathComponent(name).path, provenance: Fixtures.provenance))
    }

    static func lines(_ folder: URL, _ name: String) throws -> [Substring] {
        try Fixtures.read(folder, name).split(separator: "\n")
    }

    @Test("every bundled scenario simulates, twice with the same bytes (seed named in the file)")
    func simulateBundled() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try Fixtures.everydayScenarios() {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let one = try await Self.simulate(file, into: folder, name + "-1")
            _ = try await Self.simulate(file, into: folder, name + "-2")
            let first = folder.appendingPathComponent(name + "-1")
            let demand = try Data(contentsOf: first.appendingPathComponent("demand.csv"))
            #expect(demand == (try Data(contentsOf: folder.appendingPathComponent(name + "-2/demand.csv"))), "\(file) not reproducible")
            #expect(demand.count > 100, "\(file) produced almost nothing")
            #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("scenario.yaml").path))
            #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("manifest.json").path))
            #expect(one.files.names == ["demand.csv", "truth.csv", "scenario.yaml", "manifest.json"])
            // The summary table names every product.
            #expect(one.summaries.first?.table(model: one.model).contains("peak date") == true)
        }
    }

    @Test("another seed or replication gives other demand; the resolved scenario re-runs to the same demand")
    func seedsAndResolvedScenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func demand(_ scenario: String, _ name: String, seed: UInt64, replication: Int = 0) async throws -> Data {
            _ = try await Self.simulate(scenario, into: folder, name, seed: seed, replication: replication)
            return try Data(contentsOf: folder.appendingPathComponent(name + "/demand.csv"))
        }
        let base = try await demand(Fixtures.quickstart, "base", seed: 7)
        #expect(try await demand(Fixtures.quickstart, "seed8", seed: 8) != base)
        #expect(try await demand(Fixtures.quickstart, "rep1", seed: 7, replication: 1) != base)
        let resolved = folder.appendingPathComponent("base/scenario.yaml").path
        #expect(try await demand(resolved, "resolved", seed: 7) == base)
    }

    @Test("an invalid scenario: every problem with file, line and field, nothing written")
    func invalidScenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Fixtures.write(Fixtures.text("invalid-market.yaml"), to: folder, as: "bad.yaml")
        let error = await expectFailure { try await Self.simulate(bad, into: folder, "out") }
        let input = try #require(error?.input as? ScenarioError, "\(String(describing: error))")
        let text = input.issues.map(\.description).joined(separator: "\n")
        #expect(text.contains("bad.yaml:6:"), "\(text)")
        #expect(text.contains("products[0].lifecycle.bass.market_size"), "\(text)")
        #expect(text.contains("products[0].noise"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("a missing file is an input error naming the path")
    func missingFile() async throws {
        let error = await expectFailure {
            try await SimulateWorkflow.run(SimulateWorkflow.Options(scenarioFile: Fixtures.path("Scenarios/no-such-file.yaml"),
                                                                    folder: "/tmp/never-\(UUID())", provenance: Fixtures.provenance))
        }
        let input = try #require(error?.input, "\(String(describing: error))")
        #expect(String(describing: input).contains("no-such-file.yaml"))
    }

    @Test("an existing output folder is never overwritten: results not written, its contents untouched")
    func existingOutput() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keep = folder.appendingPathComponent("precious.txt")
        try "keep me".write(to: keep, atomically: true, encoding: .utf8)
        let error = await expectFailure {
            try await SimulateWorkflow.run(SimulateWorkflow.Options(scenarioFile: Fixtures.quickstart, folder: folder.path,
                                                                    provenance: Fixtures.provenance))
        }
        let output = try #require(error?.output, "\(String(describing: error))")
        #expect(String(describing: output).contains("already exists"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["precious.txt"])
    }

    @Test("demand.csv holds unique_id, ds, y only; truth.csv the same rows with the ground truth")
    func demandAndTruth() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Self.simulate(Fixtures.path("Scenarios/viral-spike.yaml"), into: folder, "viral")
        let out = folder.appendingPathComponent("viral")
        let demand = try Self.lines(out, "demand.csv")
        let truth = try Self.lines(out, "truth.csv")
        #expect(demand.first == "unique_id,ds,y")
        #expect(truth.first == "unique_id,ds,expected,phase,price,promotion,shock")
        #expect(demand.count == truth.count && demand.count > 100)
        #expect(result.rows == demand.count - 1)
        for (row, (demandLine, truthLine)) in zip(demand, truth).enumerated().dropFirst() {
            let keys = demandLine.split(separator: ",", omittingEmptySubsequences: false)
            let facts = truthLine.split(separator: ",", omittingEmptySubsequences: false)
            #expect(keys.count == 3 && Int(keys[2]) != nil, "demand.csv line \(row + 1): \(demandLine)")
            #expect(facts.count == 7 && facts[0] == keys[0] && facts[1] == keys[1], "truth.csv line \(row + 1): \(truthLine)")
        }
        // The viral spike scenario names its shock: the ground truth keeps it.
        #expect(truth.contains { $0.hasSuffix(",spike") }, "no spike in truth.csv")
        #expect(result.files.names.contains("demand.csv") && result.files.names.contains("truth.csv"))
    }

    @Test("three replications write a pair each, each the bytes of that replication alone")
    func replications() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Self.simulate(Fixtures.quickstart, into: folder, "several", replication: 4, replications: 3)
        let several = folder.appendingPathComponent("several")
        let names = try FileManager.default.contentsOfDirectory(atPath: several.path).sorted()
        #expect(names == ["demand-r4.csv", "demand-r5.csv", "demand-r6.csv", "manifest.json", "scenario.yaml",
                          "truth-r4.csv", "truth-r5.csv", "truth-r6.csv"])
        #expect(result.files.names.sorted() == names)
        #expect(result.summaries.count == 3 && result.replications == 4..<7)
        _ = try await Self.simulate(Fixtures.quickstart, into: folder, "single", replication: 5)
        let single = folder.appendingPathComponent("single")
        #expect(try Data(contentsOf: several.appendingPathComponent("demand-r5.csv"))
                    == Data(contentsOf: single.appendingPathComponent("demand.csv")))
        #expect(try Data(contentsOf: several.appendingPathComponent("truth-r5.csv"))
                    == Data(contentsOf: single.appendingPathComponent("truth.csv")))
        #expect(try Data(contentsOf: several.appendingPathComponent("demand-r4.csv"))
                    != Data(contentsOf: single.appendingPathComponent("demand.csv")))
        let manifest = try Fixtures.read(several, "manifest.json")
        #expect(manifest.contains("\"replication\" : 4") && manifest.contains("\"replications\" : 3"), "\(manifest)")
    }
}
