import Backtest
import Foundation
import Reporting
import Scenario
import Testing
import Workflows

/// Runs of explicitly paired strategies, a fixed rule without a forecaster, and a newsvendor
/// buying for the kettle's season.
@Suite("run workflow: pairing and the newsvendor's season")
struct StrategyPairingTests {
    /// Explicit pairs, a fixed rule (no forecaster) and a newsvendor on the kettle, whose life
    /// ends; the newsvendor's policy entry is on line 13.
    static func scenario() throws -> String {
        try Fixtures.text("paired.yaml")
    }

    static let compared = ["summary.json", "summary.md", "metrics.csv", "trace.csv", "scenario.yaml", "report-data.json", "report.html"]

    /// Every line follows the tool's rule for messages.
    static func wellFormed(_ lines: [String]) -> Bool {
        lines.joined(separator: "\n").split(separator: "\n").allSatisfy { line in
            line.hasPrefix("error: ") || line.hasPrefix("warning: ") || line.hasPrefix("note: ")
                || line.range(of: #"^[^:]+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil
        }
    }

    @Test("a newsvendor on a product that is never taken off sale is refused, naming product, policy and field; nothing is written")
    func refusal() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Self.scenario().replacingOccurrences(of: ", products: [kettle]}", with: "}"), to: folder, as: "endless.yaml")
        let error = await expectFailure { try await Run.backtest(file, into: folder, "out") }
        let input = try #require(error?.input as? ScenarioError, "\(String(describing: error))")
        #expect(input.issues.contains { $0.description.contains("products[1].end_of_life") }, "\(input)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("the newsvendor's launch-period buy is a warning in the run, summary.md, summary.json and report.html; results are the same bytes on one thread, two, and merged shards")
    func warningsAndDeterminism() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Self.scenario(), to: folder, as: "paired.yaml")
        let warning = "warning: strategies.policies[2].newsvendor: newsvendor policy 'kettle-buy' buys once, at the end of "
            + "each product's launch period"
        let log = EventLog()
        let run = try await Run.backtest(file, into: folder, "two", events: log) {
            $0.writesTrace = true
            $0.threads = 2
        }
        #expect(log.warnings.count == 1 && log.warnings[0].hasPrefix("\(file):13:38: \(warning)"), "\(log.warnings)")
        #expect(log.warnings.contains { $0.contains("whatever the critical ratio") })
        #expect(Self.wellFormed(log.warnings), "\(log.warnings)")
        #expect(run.strategies == 4)

        let two = folder.appendingPathComponent("two")
        let markdown = try Fixtures.read(two, "summary.md")
        #expect(markdown.contains("## Warnings"))
        #expect(markdown.contains("- strategies.policies\\[2\\].newsvendor: newsvendor policy 'kettle-buy' buys once"))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: two.appendingPathComponent("summary.json"))) as? [String: Any]
        let warnings = try #require(summary?["warnings"] as? [String])
        #expect(warnings.count == 1 && warnings[0].hasPrefix("strategies.policies[2].newsvendor: newsvendor policy 'kettle-buy'"))
        let html = try Fixtures.read(two, "report.html")
        #expect(html.contains("validating the scenario warned: strategies.policies[2].newsvendor: newsvendor policy &#39;kettle-buy&#39;"))
        #expect(html.contains("4, from 2 forecasters (naive, ses) and 3 policies (s-S, weekly, kettle-buy); 1 named by a policy alone"))

        _ = try await Run.backtest(file, into: folder, "one") {
            $0.writesTrace = true
            $0.threads = 1
        }
        var shards: [URL] = []
        for index in 0..<2 {
            let shard = try Shard(index: index, count: 2)
            _ = try await Run.backtest(file, into: folder, "shard-\(index)") {
                $0.writesTrace = true
                $0.shard = shard
            }
            shards.append(folder.appendingPathComponent("shard-\(index)"))
        }
        _ = try await Run.merge(shards, into: folder, "merged")
        for name in Self.compared {
            let expected = try Data(contentsOf: two.appendingPathComponent(name))
            #expect(try Data(contentsOf: folder.appendingPathComponent("one/\(name)")) == expected, "one thread: \(name)")
            #expect(try Data(contentsOf: folder.appendingPathComponent("merged/\(name)")) == expected, "merged: \(name)")
        }
    }

    @Test("a strategy without a forecaster is named by its policy, has no accuracy rows and no forecast, and is a baseline like any")
    func forecastFree() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Self.scenario(), to: folder, as: "paired.yaml")
        _ = try await Run.backtest(file, into: folder, "run") {
            $0.writesTrace = true
            $0.baseline = "ses × weekly"
        }
        let out = folder.appendingPathComponent("run")
        let metrics = try Fixtures.read(out, "metrics.csv").split(separator: "\n")
        let alone = metrics.filter { $0.hasPrefix("s-S,") }
        let paired = metrics.filter { $0.hasPrefix("ses × weekly,") }
        #expect(alone.count > 0 && paired.count > 0)
        #expect(!alone.contains { $0.contains(",mae_") || $0.contains(",rmse_") || $0.contains(",bias_") })
        #expect(paired.contains { $0.contains(",total,mae_demand,") } && paired.contains { $0.contains(",total,bias_sales,") })
        #expect(alone.contains { $0.contains(",total,fill_rate,") })
        let trace = try Fixtures.read(out, "trace.csv").split(separator: "\n")
        let header = trace[0].split(separator: ",", omittingEmptySubsequences: false)
        let forecastColumn = try #require(header.firstIndex(of: "forecast"))
        for row in trace.dropFirst() {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == "s-S" ? fields[forecastColumn].isEmpty : !fields[forecastColumn].isEmpty)
        }
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report-data.json"))) as? [String: Any]
        let products = try #require(data?["products"] as? [[String: Any]])
        let traces = products.flatMap { ($0["strategies"] as? [[String: Any]]) ?? [] }
        #expect(traces.filter { $0["strategy"] as? String == "s-S" }.allSatisfy { $0["forecast"] == nil && $0["onHand"] != nil })
        #expect(traces.filter { $0["strategy"] as? String != "s-S" }.allSatisfy { $0["forecast"] != nil })
        let markdown = try Fixtures.read(out, "summary.md")
        #expect(markdown.contains("## Against the baseline (ses × weekly)"))

        // Following only the strategy without a forecaster, the report has no forecast to draw.
        let page = folder.appendingPathComponent("s-S.html")
        try await Run.report(out, page: page) { $0.following = ["s-S"] }
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("No forecast chart: s-S reads no forecast") && !html.contains("Forecast against actual demand"))

        let error = await expectFailure {
            try await Run.backtest(file, into: folder, "x") { $0.baseline = "naive × s-S" }
        }
        guard case let .unknownBaseline(name, strategies) = error?.request else { Issue.record("\(String(describing: error))"); return }
        #expect(name == "naive × s-S" && strategies.contains("s-S"), "\(strategies)")
    }
}
