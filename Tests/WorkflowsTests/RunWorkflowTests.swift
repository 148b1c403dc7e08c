import Foundation
import Scenario
import Testing
import Workflows

/// The run workflow end to end: every everyday scenario, reproducibility, the trace, and the
/// scenarios it refuses.
@Suite("run workflow")
struct RunWorkflowTests {
    static let files = ["summary.json", "summary.md", "metrics.csv", "scenario.yaml", "manifest.json"]

    @Test("every everyday scenario runs end to end and ranks its strategies")
    func runsEveryScenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try Fixtures.everydayScenarios() {
            let out = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let result = try await Run.backtest(file, into: folder, out) { $0.replications = 2 }
            for name in Self.files {
                #expect(result.files.names.contains(name), "\(file): \(name)")
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(out)/\(name)").path), "\(file): \(name)")
            }
            // The ranked table: a header with the service and money columns, then rank 1 (shared
            // as "1=" when the replications cannot tell the leaders apart), and the comparison.
            let table = try #require(result.report?.table(wide: false))
            #expect(table.contains("fill rate"), "\(file)")
            #expect(table.contains("Δ vs baseline"), "\(file)")
            // What to pick, or why nothing can be, follows the table.
            #expect(table.contains("Pick ") || table.contains("No recommendation"), "\(file)")
            #expect(table.split(separator: "\n").contains { $0.hasPrefix("1 ") || $0.hasPrefix("1= ") }, "\(file)")
        }
    }

    @Test("same scenario and seed: byte-identical summary and metrics; the trace adds trace.csv")
    func reproducibleAndTraced() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, traced) in [("first", true), ("second", false)] {
            _ = try await Run.backtest(Fixtures.quickstart, into: folder, name) {
                $0.seed = 5
                $0.writesTrace = traced
            }
        }
        let first = folder.appendingPathComponent("first")
        let second = folder.appendingPathComponent("second")
        for name in ["summary.json", "summary.md", "metrics.csv"] {
            let one = try Data(contentsOf: first.appendingPathComponent(name))
            let two = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(one == two, "\(name) differs between identical runs")
        }
        let trace = try Fixtures.read(first, "trace.csv")
        #expect(trace.hasPrefix("strategy,replication,unique_id,ds,phase,expected,demand"))
        #expect(trace.split(separator: "\n").count > 100)
        #expect(!FileManager.default.fileExists(atPath: second.appendingPathComponent("trace.csv").path))
        // metrics.csv is tidy: strategy, forecaster, policy, unique_id, replication, phase, metric, value.
        let metrics = try Fixtures.read(first, "metrics.csv")
        #expect(metrics.hasPrefix("strategy,forecaster,policy,unique_id,replication,phase,metric,value\n"))
        #expect(metrics.contains(",total,fill_rate,"))
        #expect(metrics.contains(",total,regret,"))
    }

    @Test("a policy that cannot work is rejected with file, line and field, and nothing is written")
    func badPolicy() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Fixtures.write("""
            name: bad
            calendar: {start: 2026-01-05, periods: 30}
            products:
              - {id: a, price: 10, lifecycle: {phases: [{phase: maturity, level: 5}]}}
            strategies:
              forecasters: [naive, sess]
              policies:
                - {name: broken, s_S: {s: 50, S: 40}}
            """, to: folder, as: "bad.yaml")
        let error = await expectFailure { try await Run.backtest(bad, into: folder, "out") }
        let input = try #require(error?.input as? ScenarioError, "\(String(describing: error))")
        let text = input.issues.map(\.description).joined(separator: "\n")
        #expect(text.contains("bad.yaml:6:"), "\(text)")
        #expect(text.contains("did you mean"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("a scenario without policies cannot be run, and says how to add one")
    func noPolicies() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bare = try Fixtures.write("""
            name: bare
            calendar: {start: 2026-01-05, periods: 30}
            products:
              - {id: a, price: 10, lifecycle: {phases: [{phase: maturity, level: 5}]}}
            """, to: folder, as: "bare.yaml")
        let error = await expectFailure { try await Run.backtest(bare, into: folder, "out") }
        let input = try #require(error?.input, "\(String(describing: error))")
        #expect(String(describing: input).contains("strategies.policies"), "\(input)")
    }

    @Test("the unknown baseline and the replication outside the run are the request's problems, and nothing is written")
    func requestProblems() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var error = await expectFailure {
            try await Run.backtest(Fixtures.quickstart, into: folder, "never") {
                $0.replications = 1
                $0.baseline = "sse x weekly-95"
            }
        }
        guard case let .unknownBaseline(name, strategies) = error?.request else { Issue.record("\(String(describing: error))"); return }
        #expect(name == "sse x weekly-95" && strategies.contains("ses × weekly-95"))
        #expect(StrategyNames.suggestion(for: name, among: strategies) == "did you mean 'ses × weekly-95'?")
        error = await expectFailure {
            try await Run.backtest(Fixtures.quickstart, into: folder, "never") {
                $0.replications = 5
                $0.shownReplication = 5
            }
        }
        guard case .shownReplicationOutside(5, replications: 5) = error?.request else { Issue.record("\(String(describing: error))"); return }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }

    @Test("a scenario's uncertainty section is reported as not drawn by a run")
    func uncertaintyNoted() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Fixtures.path("Scenarios/electronics-launch.yaml")
        let log = EventLog()
        _ = try await Run.backtest(scenario, into: folder, "run", events: log) {
            $0.replications = 1
            $0.writesMetrics = false
        }
        let noted = log.events.compactMap { event -> (String, Int)? in
            if case let .uncertaintyNotDrawn(file, parameters) = event { return (file, parameters) }
            return nil
        }
        #expect(noted.count == 1 && noted.first?.0 == scenario && (noted.first?.1 ?? 0) > 0)
    }

    /// bench-s-S cut to ten products, with `old` replaced by `new`.
    static func benchCopy(replacing old: String, with new: String, in folder: URL) throws -> String {
        let original = try String(contentsOfFile: Fixtures.path("Scenarios/bench-s-S.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "copies: 10000", with: "copies: 10")
        let text = original.replacingOccurrences(of: old, with: new)
        #expect(text != original, "\(old) not found")
        return try Fixtures.write(text, to: folder, as: "bench.yaml")
    }

    @Test("values that used to crash a run are refused with file, line and field (issue 13)",
          arguments: [("unit_cost: 6.00", "unit_cost: 9223372036854775808", "products[0].unit_cost"),
                      ("lead_time: 3 ", "lead_time: 1e19 ", "products[0].supply.lead_time"),
                      ("initial_stock: 40", "initial_stock: 1000000000000000000", "products[0].initial_stock")])
    func refusedLimits(old: String, new: String, path: String) async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.benchCopy(replacing: old, with: new, in: folder)
        let error = await expectFailure { try await Run.backtest(file, into: folder, "out") }
        let input = try #require(error?.input as? ScenarioError, "\(String(describing: error))")
        let line = input.issues.map(\.description).first { $0.contains(path) }
        #expect(line?.hasPrefix(file + ":") == true, "\(input)")
        #expect(line?.contains(": error: \(path): must be") == true, "\(input)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("at the limit, bench-s-S runs")
    func atLimit() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.benchCopy(replacing: "unit_cost: 6.00", with: "unit_cost: 1e8", in: folder)
        let result = try await Run.backtest(file, into: folder, "out")
        #expect(result.report != nil)
    }
}
