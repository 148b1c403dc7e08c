import Foundation
import Testing

/// End-to-end tests of `sellthrough run`, as a separate process.
@Suite("sellthrough run")
struct RunCommandTests {
    static let files = ["summary.json", "summary.md", "metrics.csv", "scenario.yaml", "manifest.json"]

    @Test("every everyday scenario runs end to end and ranks its strategies")
    func runsEveryScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try CommandRunner.everydayScenarios() {
            let out = folder.appendingPathComponent(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
            let result = try CommandRunner.run(["run", file, "--replications", "2", "--out", out.path])
            #expect(result.status == 0, "\(file): \(result.standardError)")
            for name in Self.files {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(file): \(name)")
            }
            // The ranked table: a header with the service and money columns, then rank 1 (shared
            // as "1=" when the replications cannot tell the leaders apart), and the comparison.
            #expect(result.standardOutput.contains("fill rate"), "\(file)")
            #expect(result.standardOutput.contains("Δ vs baseline"), "\(file)")
            // What to pick, or why nothing can be, follows the table.
            #expect(result.standardOutput.contains("Pick ") || result.standardOutput.contains("No recommendation"), "\(file)")
            #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("1 ") || $0.hasPrefix("1= ") }, "\(file)")
        }
    }

    @Test("same scenario and seed: byte-identical summary and metrics; --trace adds trace.csv")
    func reproducibleAndTraced() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first")
        let second = folder.appendingPathComponent("second")
        for (out, extra) in [(first, ["--trace"]), (second, [])] {
            let result = try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--seed", "5", "--out", out.path] + extra)
            #expect(result.status == 0, "\(result.standardError)")
        }
        for name in ["summary.json", "summary.md", "metrics.csv"] {
            let one = try Data(contentsOf: first.appendingPathComponent(name))
            let two = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(one == two, "\(name) differs between identical runs")
        }
        let trace = try String(contentsOf: first.appendingPathComponent("trace.csv"), encoding: .utf8)
        #expect(trace.hasPrefix("strategy,replication,unique_id,ds,phase,expected,demand"))
        #expect(trace.split(separator: "\n").count > 100)
        #expect(!FileManager.default.fileExists(atPath: second.appendingPathComponent("trace.csv").path))
        // metrics.csv is tidy: strategy, forecaster, policy, unique_id, replication, phase, metric, value.
        let metrics = try String(contentsOf: first.appendingPathComponent("metrics.csv"), encoding: .utf8)
        #expect(metrics.hasPrefix("strategy,forecaster,policy,unique_id,replication,phase,metric,value\n"))
        #expect(metrics.contains(",total,fill_rate,"))
        #expect(metrics.contains(",total,regret,"))
    }

    @Test("a policy that cannot work is rejected with file, line and field, and nothing is written")
    func badPolicy() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try """
            name: bad
            calendar: {start: 2026-01-05, periods: 30}
            products:
              - {id: a, price: 10, lifecycle: {phases: [{phase: maturity, level: 5}]}}
            strategies:
              forecasters: [naive, sess]
              policies:
                - {name: broken, s_S: {s: 50, S: 40}}
            """.write(to: bad, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["run", bad.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("bad.yaml:6:"), "\(result.standardError)")
        #expect(result.standardError.contains("did you mean"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a scenario without policies cannot be run, and says how to add one")
    func noPolicies() throws {
        let result = try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--out", "/tmp/never-\(UUID())", "--replications", "0"])
        #expect(result.status == 64)
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bare = folder.appendingPathComponent("bare.yaml")
        try """
            name: bare
            calendar: {start: 2026-01-05, periods: 30}
            products:
              - {id: a, price: 10, lifecycle: {phases: [{phase: maturity, level: 5}]}}
            """.write(to: bare, atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["run", bare.path, "--out", folder.appendingPathComponent("out").path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("strategies.policies"), "\(run.standardError)")
    }
}
