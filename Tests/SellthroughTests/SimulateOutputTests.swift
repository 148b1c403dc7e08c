import Foundation
import Testing

/// What `sellthrough simulate` writes: demand.csv with exactly statsforecast's three columns,
/// the ground truth beside it, and one pair of files per replication.
@Suite("sellthrough simulate output")
struct SimulateOutputTests {
    static func lines(_ folder: URL, _ name: String) throws -> [Substring] {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
    }

    @Test("demand.csv holds unique_id, ds, y only; truth.csv the same rows with the ground truth")
    func demandAndTruth() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("viral")
        let result = try CommandRunner.run(["simulate", "Scenarios/viral-spike.yaml", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        let demand = try Self.lines(out, "demand.csv")
        let truth = try Self.lines(out, "truth.csv")
        #expect(demand.first == "unique_id,ds,y")
        #expect(truth.first == "unique_id,ds,expected,phase,price,promotion,shock")
        #expect(demand.count == truth.count && demand.count > 100)
        for (row, (demandLine, truthLine)) in zip(demand, truth).enumerated().dropFirst() {
            let keys = demandLine.split(separator: ",", omittingEmptySubsequences: false)
            let facts = truthLine.split(separator: ",", omittingEmptySubsequences: false)
            #expect(keys.count == 3 && Int(keys[2]) != nil, "demand.csv line \(row + 1): \(demandLine)")
            #expect(facts.count == 7 && facts[0] == keys[0] && facts[1] == keys[1], "truth.csv line \(row + 1): \(truthLine)")
        }
        // The viral spike scenario names its shock: the ground truth keeps it.
        #expect(truth.contains { $0.hasSuffix(",spike") }, "no spike in truth.csv")
        #expect(result.standardOutput.contains("demand.csv and truth.csv"))
    }

    @Test("--replications 3 writes a pair per replication, each the bytes of that replication alone")
    func replications() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let several = folder.appendingPathComponent("several")
        let result = try CommandRunner.run(["simulate", "Scenarios/quickstart.yaml", "--replication", "4", "--replications", "3",
                                            "--out", several.path])
        #expect(result.status == 0, "\(result.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: several.path).sorted()
        #expect(names == ["demand-r4.csv", "demand-r5.csv", "demand-r6.csv", "manifest.json", "scenario.yaml",
                          "truth-r4.csv", "truth-r5.csv", "truth-r6.csv"])
        let single = folder.appendingPathComponent("single")
        #expect(try CommandRunner.run(["simulate", "Scenarios/quickstart.yaml", "--replication", "5", "--out", single.path]).status == 0)
        #expect(try Data(contentsOf: several.appendingPathComponent("demand-r5.csv"))
                    == Data(contentsOf: single.appendingPathComponent("demand.csv")))
        #expect(try Data(contentsOf: several.appendingPathComponent("truth-r5.csv"))
                    == Data(contentsOf: single.appendingPathComponent("truth.csv")))
        #expect(try Data(contentsOf: several.appendingPathComponent("demand-r4.csv"))
                    != Data(contentsOf: single.appendingPathComponent("demand.csv")))
        let manifest = try String(contentsOf: several.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"replication\" : 4") && manifest.contains("\"replications\" : 3"), "\(manifest)")
    }

    @Test("--replications outside 1…10000 is a command-line error: exit 64, nothing written", arguments: ["0", "10001", "-2"])
    func replicationsBounds(count: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("never")
        let result = try CommandRunner.run(["simulate", "Scenarios/quickstart.yaml", "--replications", count, "--out", out.path])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
