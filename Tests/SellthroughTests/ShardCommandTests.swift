import Foundation
import Testing

/// `sellthrough run --shard i/N` and `sellthrough merge`, as separate processes.
@Suite("sellthrough run --shard and merge")
struct ShardCommandTests {
    static let compared = ["summary.json", "summary.md", "metrics.csv", "trace.csv", "scenario.yaml", "report-data.json", "report.html"]

    @Test("four shards run as four processes at once, merged, equal the single run byte for byte; so does --threads 1")
    func fourShards() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = ["run", "Scenarios/quickstart.yaml", "--replications", "9", "--trace", "--quiet"]
        let single = folder.appendingPathComponent("single")
        #expect(try CommandRunner.run(common + ["--out", single.path]).status == 0)
        let oneThread = folder.appendingPathComponent("one-thread")
        #expect(try CommandRunner.run(common + ["--threads", "1", "--out", oneThread.path]).status == 0)
        let shards = (0..<4).map { folder.appendingPathComponent("shard-\($0)") }
        let processes = try shards.enumerated().map { index, out -> Process in
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = common + ["--shard", "\(index)/4", "--out", out.path]
            process.currentDirectoryURL = CommandRunner.repository
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let merged = folder.appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge"] + shards.reversed().map(\.path) + ["--out", merged.path])
        #expect(result.status == 0, "\(result.standardError)")
        for name in Self.compared {
            let expected = try Data(contentsOf: single.appendingPathComponent(name))
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == expected, "merged \(name)")
            #expect(try Data(contentsOf: oneThread.appendingPathComponent(name)) == expected, "--threads 1 \(name)")
        }
    }

    @Test("fewer replications than shards, with the typical or a chosen replication shown, merge to the single run's files, report and trace included",
          arguments: [nil, 2] as [Int?])
    func fewReplicationsThroughShards(shown: Int?) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Three replications in four shards: shard 0 runs none (⌊3·0/4⌋ ..< ⌊3·1/4⌋).
        let common = ["run", "Scenarios/quickstart.yaml", "--replications", "3", "--trace", "--quiet"]
            + (shown.map { ["--show-replication", String($0)] } ?? [])
        let single = folder.appendingPathComponent("single")
        #expect(try CommandRunner.run(common + ["--out", single.path]).status == 0)
        let shards = (0..<4).map { folder.appendingPathComponent("shard-\($0)") }
        for (index, out) in shards.enumerated() {
            let result = try CommandRunner.run(common + ["--shard", "\(index)/4", "--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let merged = folder.appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge"] + shards.map(\.path) + ["--out", merged.path])
        #expect(result.status == 0, "\(result.standardError)")
        for name in Self.compared {
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == Data(contentsOf: single.appendingPathComponent(name)),
                    "merged \(name)")
        }
        guard shown != nil else { return }
        let page = try String(contentsOf: merged.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("follow replication 2 (numbered 0 to 2 as in metrics.csv), as chosen."))
        // Shards asked to show different replications are not one run.
        let other = folder.appendingPathComponent("other")
        #expect(try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--replications", "3", "--trace", "--quiet", "--shard", "0/4",
                                       "--out", other.path]).status == 0)
        let mixed = try CommandRunner.run(["merge", other.path] + shards.dropFirst().map(\.path) + ["--out", folder.appendingPathComponent("mixed").path])
        #expect(mixed.status == 1 && mixed.standardError.contains("shown replication"), "\(mixed.standardError)")
    }

    @Test("strategies managing some products keep their comparison on shared products through shards")
    func partialStrategiesThroughShards() throws {
        // fashion-jacket's s-S-navy and s-S-olive manage one jacket each: their differences from
        // the baseline come from the `shared` rows of replications.csv, which merge must read back.
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = ["run", "Scenarios/fashion-jacket.yaml", "--replications", "4", "--summary-only", "--quiet"]
        let single = folder.appendingPathComponent("single")
        #expect(try CommandRunner.run(common + ["--out", single.path]).status == 0)
        let shards = (0..<2).map { folder.appendingPathComponent("shard-\($0)") }
        for (index, out) in shards.enumerated() {
            #expect(try CommandRunner.run(common + ["--shard", "\(index)/2", "--out", out.path]).status == 0)
        }
        let table = try String(contentsOf: shards[0].appendingPathComponent("replications.csv"), encoding: .utf8)
        #expect(table.contains(",shared,profit,") && table.contains(",shared-baseline,profit,"))
        let merged = folder.appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge"] + shards.map(\.path) + ["--out", merged.path])
        #expect(result.status == 0, "\(result.standardError)")
        for name in ["summary.json", "summary.md"] {
            #expect(try Data(contentsOf: merged.appendingPathComponent(name))
                        == Data(contentsOf: single.appendingPathComponent(name)), "merged \(name)")
        }
    }

    @Test("merging a missing, repeated or foreign shard is refused and writes nothing")
    func badMerges() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func shard(_ scenario: String, _ text: String) throws -> String {
            let out = folder.appendingPathComponent("\(URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent)-\(text.replacingOccurrences(of: "/", with: "of"))")
            let result = try CommandRunner.run(["run", scenario, "--replications", "4", "--summary-only", "--shard", text,
                                                "--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
            return out.path
        }
        let a0 = try shard("Scenarios/quickstart.yaml", "0/2")
        let a1 = try shard("Scenarios/quickstart.yaml", "1/2")
        let b1 = try shard("Scenarios/fashion-jacket.yaml", "1/2")
        let cases: [([String], String)] = [
            ([a0], "shard 1/2 is missing"),
            ([a0, a1, a1], "repeats shard 1/2"),
            ([a0, b1], "another scenario"),
            ([folder.path], "is not a partial result"),
        ]
        for (folders, message) in cases {
            let out = folder.appendingPathComponent("merged")
            let result = try CommandRunner.run(["merge"] + folders + ["--out", out.path])
            #expect(result.status == 1, "\(folders)")
            #expect(result.standardError.contains(message), "\(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        let outside = try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--shard", "2/2", "--out",
                                             folder.appendingPathComponent("never").path])
        #expect(outside.status == 64 && outside.standardError.contains("outside 0…1"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }
}
