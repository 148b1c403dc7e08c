import Foundation
import Testing

/// `validate` and `run` on how strategies are paired and on the newsvendor's season, as
/// separate processes.
@Suite("sellthrough: pairing and the newsvendor's season")
struct StrategyPairingCommandTests {
    /// Explicit pairs, a fixed rule (no forecaster) and a newsvendor on the kettle, whose life
    /// ends; the newsvendor's policy entry is on line 13.
    static let scenario = """
        name: paired
        seed: 3
        replications: 4
        calendar: {start: 2026-03-02, periods: 50}
        products:
          - {id: kettle, price: 20, unit_cost: 8, end_of_life: 2026-04-15, lifecycle: {phases: [{phase: maturity, level: 6}]}, supply: {lead_time: 2}, initial_stock: 30}
          - {id: mug, price: 12, unit_cost: 5, lifecycle: {phases: [{phase: maturity, level: 4}]}, supply: {lead_time: 2}, initial_stock: 20}
        strategies:
          forecasters: [naive, ses]
          policies:
            - {name: s-S, s_S: {s: 10, S: 30}}
            - {name: weekly, forecast_order_up_to: {review: 7, service_level: 0.9}}
            - {name: kettle-buy, newsvendor: {}, products: [kettle]}
          pairs:
            - {policy: s-S}
            - {forecaster: ses, policy: weekly}
            - {forecaster: naive, policy: weekly}
            - {forecaster: ses, policy: kettle-buy}
        """

    static let compared = ["summary.json", "summary.md", "metrics.csv", "trace.csv", "scenario.yaml", "report-data.json", "report.html"]

    /// Every line of standard error follows the tool's rule for messages.
    static func wellFormed(_ standardError: String) -> Bool {
        standardError.split(separator: "\n").allSatisfy { line in
            line.hasPrefix("error: ") || line.hasPrefix("warning: ") || line.hasPrefix("note: ")
                || line.range(of: #"^[^:]+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil
        }
    }

    @Test("validate refuses a newsvendor on a product that is never taken off sale, naming product, policy and field")
    func refusal() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("endless.yaml")
        try Self.scenario.replacingOccurrences(of: ", products: [kettle]}", with: "}")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("endless.yaml:7:5: error: products[1].end_of_life: product 'mug' is on sale to "
                                              + "the end of the horizon (it has no end_of_life), so newsvendor policy 'kettle-buy' "
                                              + "(strategies.policies[2]) would never buy for it"), "\(result.standardError)")
        #expect(result.standardError.contains("restrict the policy to products whose life ends (products: [kettle])"))
        #expect(Self.wellFormed(result.standardError), "\(result.standardError)")
        let run = try CommandRunner.run(["run", file.path, "--out", folder.appendingPathComponent("out").path])
        #expect(run.status == 1 && run.standardError.contains("products[1].end_of_life"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("the newsvendor's launch-period buy is a warning in validate, run, summary.md, summary.json and report.html; results are the same bytes on one thread, two, and merged shards")
    func warningsAndDeterminism() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("paired.yaml")
        try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
        let warning = "warning: strategies.policies[2].newsvendor: newsvendor policy 'kettle-buy' buys once, at the end of "
            + "each product's launch period"
        let validate = try CommandRunner.run(["validate", file.path])
        #expect(validate.status == 0 && validate.standardOutput.hasPrefix("ok: "))
        #expect(validate.standardError.hasPrefix("\(file.path):13:38: \(warning)"), "\(validate.standardError)")
        #expect(validate.standardError.contains("whatever the critical ratio"))
        #expect(Self.wellFormed(validate.standardError), "\(validate.standardError)")

        let common = ["run", file.path, "--trace", "--quiet"]
        let two = folder.appendingPathComponent("two")
        let run = try CommandRunner.run(common + ["--threads", "2", "--out", two.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains(warning) && Self.wellFormed(run.standardError), "\(run.standardError)")
        #expect(run.standardOutput.contains("4 strategies"))

        let markdown = try String(contentsOf: two.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.contains("## Warnings"))
        #expect(markdown.contains("- strategies.policies\\[2\\].newsvendor: newsvendor policy 'kettle-buy' buys once"))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: two.appendingPathComponent("summary.json"))) as? [String: Any]
        let warnings = try #require(summary?["warnings"] as? [String])
        #expect(warnings.count == 1 && warnings[0].hasPrefix("strategies.policies[2].newsvendor: newsvendor policy 'kettle-buy'"))
        let html = try String(contentsOf: two.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("validating the scenario warned: strategies.policies[2].newsvendor: newsvendor policy &#39;kettle-buy&#39;"))
        #expect(html.contains("4, from 2 forecasters (naive, ses) and 3 policies (s-S, weekly, kettle-buy); 1 named by a policy alone"))

        let one = folder.appendingPathComponent("one")
        #expect(try CommandRunner.run(common + ["--threads", "1", "--out", one.path]).status == 0)
        let shards = (0..<2).map { folder.appendingPathComponent("shard-\($0)") }
        for (index, shard) in shards.enumerated() {
            #expect(try CommandRunner.run(common + ["--shard", "\(index)/2", "--out", shard.path]).status == 0)
        }
        let merged = folder.appendingPathComponent("merged")
        let merge = try CommandRunner.run(["merge"] + shards.map(\.path) + ["--out", merged.path])
        #expect(merge.status == 0, "\(merge.standardError)")
        for name in Self.compared {
            let expected = try Data(contentsOf: two.appendingPathComponent(name))
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == expected, "--threads 1: \(name)")
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == expected, "merged: \(name)")
        }
    }

    @Test("a strategy without a forecaster is named by its policy, has no accuracy rows and no forecast, and is a baseline like any")
    func forecastFree() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("paired.yaml")
        try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("run")
        let run = try CommandRunner.run(["run", file.path, "--trace", "--quiet", "--baseline", "ses × weekly", "--out", out.path])
        #expect(run.status == 0, "\(run.standardError)")
        let metrics = try String(contentsOf: out.appendingPathComponent("metrics.csv"), encoding: .utf8).split(separator: "\n")
        let alone = metrics.filter { $0.hasPrefix("s-S,") }
        let paired = metrics.filter { $0.hasPrefix("ses × weekly,") }
        #expect(alone.count > 0 && paired.count > 0)
        #expect(!alone.contains { $0.contains(",mae_") || $0.contains(",rmse_") || $0.contains(",bias_") })
        #expect(paired.contains { $0.contains(",total,mae_demand,") } && paired.contains { $0.contains(",total,bias_sales,") })
        #expect(alone.contains { $0.contains(",total,fill_rate,") })
        let trace = try String(contentsOf: out.appendingPathComponent("trace.csv"), encoding: .utf8).split(separator: "\n")
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
        let markdown = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.contains("## Against the baseline (ses × weekly)"))

        // Following only the strategy without a forecaster, the report has no forecast to draw.
        let page = folder.appendingPathComponent("s-S.html")
        let report = try CommandRunner.run(["report", out.path, "--follow", "s-S", "--out", page.path])
        #expect(report.status == 0, "\(report.standardError)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("No forecast chart: s-S reads no forecast") && !html.contains("Forecast against actual demand"))

        let old = try CommandRunner.run(["run", file.path, "--quiet", "--baseline", "naive × s-S", "--out", folder.appendingPathComponent("x").path])
        #expect(old.status != 0 && old.standardError.contains("'s-S'"), "\(old.standardError)")
    }
}
