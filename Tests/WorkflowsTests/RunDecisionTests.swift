import Foundation
import Testing
import Workflows

/// The run's report leads to a decision: what to pick and why, the spread of profit, the
/// typical replication, and files a reader can rely on.
@Suite("run workflow: the decision")
struct RunDecisionTests {
    /// `summary.json` of `folder` as JSON objects.
    static func summary(_ folder: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any])
    }

    static func strategies(_ summary: [String: Any]) throws -> [[String: Any]] {
        try #require(summary["strategies"] as? [[String: Any]])
    }

    /// Per strategy, the catalogue profit of each replication, summed from `metrics.csv`.
    static func profits(_ folder: URL) throws -> [String: [Int: Double]] {
        var profits: [String: [Int: Double]] = [:]
        for line in try Fixtures.read(folder, "metrics.csv").split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8, fields[5] == "total", fields[6] == "profit", let replication = Int(fields[4]),
                  let value = Double(fields[7]) else { continue }
            profits[fields[0], default: [:]][replication, default: 0] += value
        }
        return profits
    }

    @Test("the scenario built so that the top earner is dominated: the strategy dominating it is recommended, the top flagged")
    func dominatedTopEarner() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.backtest(Fixtures.path("Tests/Fixtures/dominated-top.yaml"), into: folder, "run")
        let out = folder.appendingPathComponent("run")
        let summary = try Self.summary(out)
        let strategies = try Self.strategies(summary)
        let names = strategies.compactMap { $0["name"] as? String }
        // big-batch earns most on the mean, yet lean has its fill rate with less stock and the
        // replications cannot tell their profits apart.
        let top = try #require(names.first)
        #expect(top.hasSuffix("big-batch"), "\(names)")
        let lean = try #require(names.first { $0.hasSuffix("lean") })
        #expect((strategies[0]["dominated_by"] as? String) == lean)
        let recommendation = try #require(summary["recommendation"] as? [String: Any])
        #expect(recommendation["strategy"] as? String == lean)
        #expect(recommendation["reason"] as? String == "tied_on_profit_undominated")
        let why = try #require(recommendation["why"] as? [String])
        #expect(why.first?.hasPrefix("Pick \(lean): on profit the replications cannot tell it apart from \(top)") == true, "\(why)")
        #expect(why.contains { $0.hasSuffix("\(top) is dominated.") })
        // The table, summary.md and the page say the same.
        let table = try #require(result.report?.table(wide: false))
        let lines = table.split(separator: "\n")
        #expect(lines.contains { $0.contains(lean) && $0.hasSuffix("pick") }, "\(table)")
        #expect(lines.contains { $0.contains(top) && $0.hasSuffix("dominated") })
        #expect(table.replacingOccurrences(of: "\n", with: " ").contains("Pick \(lean):"))
        let markdown = try Fixtures.read(out, "summary.md")
        #expect(markdown.contains("- Pick \(lean):") && markdown.contains("dominated by \(lean)"))
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("<strong>Recommendation: \(lean)</strong>"))
        #expect(html.contains("\(top) (by \(lean))"))
    }

    @Test("the table fits 120 columns, names wrapped or columns left out; the wide table has every column")
    func tableWidth() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for scenario in ["Scenarios/fashion-jacket.yaml", "Scenarios/spare-parts.yaml"] {
            let result = try await Run.backtest(Fixtures.path(scenario), into: folder, UUID().uuidString) {
                $0.replications = 3
                $0.writesMetrics = false
            }
            let report = try #require(result.report)
            let compact = report.table(wide: false)
            let long = compact.split(separator: "\n").filter { $0.count > 120 }
            #expect(long.isEmpty, "\(scenario): \(long)")
            #expect(compact.contains("P5") && compact.contains("leftover"), "\(compact)")
            let header = try #require(report.table(wide: true).split(separator: "\n").first { $0.hasPrefix("#") })
            for column in ["profit 95% CI", "median", "P95", "lost units", "stock value", "write-off", "MAE", "regret", "frontier"] {
                #expect(header.contains(column), "the wide table lacks \(column)")
            }
            #expect(header.count > 120)
        }
    }

    @Test("metrics.csv names forecaster and policy apart; summary.json keys are snake_case like the CSV columns")
    func fileConventions() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Run.backtest(Fixtures.quickstart, into: folder, "run") { $0.replications = 2 }
        let out = folder.appendingPathComponent("run")
        let metrics = try Fixtures.read(out, "metrics.csv")
        #expect(metrics.hasPrefix("strategy,forecaster,policy,unique_id,replication,phase,metric,value\n"))
        #expect(metrics.contains("\nses × weekly-95,ses,weekly-95,kettle-steel,0,total,profit,"))
        #expect(metrics.contains("\ns-S,,s-S,mug-set,1,total,fill_rate,"), "a policy that reads no forecast has no forecaster")

        let summary = try Self.summary(out)
        #expect(summary["format"] as? String == "sellthrough-summary/2")
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object {
                    keys.insert(key)
                    collect(inner)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(summary)
        let snakeCase = try Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
        #expect(keys.filter { $0.wholeMatch(of: snakeCase) == nil }.isEmpty, "\(keys.sorted())")
        for key in ["period_length", "common_random_numbers", "versus_baseline", "probability_best", "pareto_efficient",
                    "profit_quantiles", "tied_with_previous", "ci95_bootstrap", "tied_on_profit"] {
            #expect(keys.contains(key), "\(key)")
        }
        let first = try #require(Self.strategies(summary).first { $0["name"] as? String == "ses × weekly-95" })
        #expect(first["forecaster"] as? String == "ses" && first["policy"] as? String == "weekly-95")
    }

    @Test("profit quantiles, P5 and the median replication are exact on a known small run, and the page follows that replication")
    func quantilesAndTypicalReplication() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.backtest(Fixtures.quickstart, into: folder, "run") { $0.replications = 7 }
        let out = folder.appendingPathComponent("run")
        let profits = try Self.profits(out)
        let summary = try Self.summary(out)
        for strategy in try Self.strategies(summary) {
            let name = try #require(strategy["name"] as? String)
            let byReplication = try #require(profits[name])
            #expect(byReplication.count == 7)
            // Type 7 quantiles (numpy's default) of the seven profits, each with the replication
            // of the lower order statistic.
            let sorted = byReplication.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
            let quantiles = try #require(strategy["profit_quantiles"] as? [String: Any])
            #expect(quantiles["exact"] as? Bool == true)
            let points = try #require(quantiles["points"] as? [[String: Any]])
            #expect(points.count == 21)
            for point in points {
                let p = try #require(point["p"] as? Double)
                let position = p * 6
                let lower = Int(position.rounded(.down))
                let upper = min(lower + 1, 6)
                let expected = sorted[lower].value + (position - Double(lower)) * (sorted[upper].value - sorted[lower].value)
                let value = try #require(point["value"] as? Double)
                #expect(abs(value - expected) < 1e-5, "\(name) p \(p): \(value) against \(expected)")
                #expect(point["replication"] as? Int == sorted[lower].key, "\(name) p \(p)")
            }
        }
        // The page follows the recommended strategy's replication of median profit (the 4th of 7).
        let recommended = try #require((summary["recommendation"] as? [String: Any])?["strategy"] as? String)
        let median = try #require(profits[recommended]?.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }[3].key)
        let data = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report-data.json"))) as? [String: Any])
        #expect(data["replication"] as? Int == median)
        #expect(data["medianProfitOf"] as? String == recommended)
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("The product charts below follow replication \(median) (numbered 0 to 6 as in metrics.csv): "
                              + "a typical one, where \(Fixtures.escaped(recommended)) made its median profit."))
        #expect(html.contains("replication \(median) (of 0–6)"))
        // P5 is a column of the table.
        #expect(try #require(result.report).table(wide: false).split(separator: "\n").contains { $0.hasPrefix("#") && $0.contains("P5") })
    }

    @Test("the shown replication of a run and of a report drawn again is that replication exactly as the run computed it; out of range is refused")
    func chosenReplication() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Run.backtest(Fixtures.quickstart, into: folder, "chosen") {
            $0.replications = 5
            $0.writesTrace = true
            $0.shownReplication = 3
        }
        _ = try await Run.backtest(Fixtures.quickstart, into: folder, "plain") { $0.replications = 5 }
        let chosen = folder.appendingPathComponent("chosen")
        let plain = folder.appendingPathComponent("plain")

        // Redrawn from the plain folder at replication 3: the same page, byte for byte.
        let redrawn = folder.appendingPathComponent("redrawn.html")
        try await Run.report(plain, page: redrawn) { $0.replication = 3 }
        let page = try Data(contentsOf: chosen.appendingPathComponent("report.html"))
        #expect(try Data(contentsOf: redrawn) == page)
        #expect(String(decoding: page, as: UTF8.self).contains("follow replication 3 (numbered 0 to 4 as in metrics.csv), as chosen."))

        // The periods shown are those of replication 3 in the run's own trace.
        let data = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: chosen.appendingPathComponent("report-data.json"))) as? [String: Any])
        #expect(data["replication"] as? Int == 3 && data["medianProfitOf"] == nil)
        let trace = try Fixtures.read(chosen, "trace.csv").split(separator: "\n")
        let header = trace[0].split(separator: ",").map(String.init)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (strategyColumn, replicationColumn, idColumn) = (try column("strategy"), try column("replication"), try column("unique_id"))
        var compared = 0
        for product in try #require(data["products"] as? [[String: Any]]) {
            let id = try #require(product["id"] as? String)
            for strategy in try #require(product["strategies"] as? [[String: Any]]) {
                let name = try #require(strategy["strategy"] as? String)
                let rows = trace.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                    .filter { $0[strategyColumn] == name && $0[replicationColumn] == "3" && $0[idColumn] == id }
                for (field, key) in [("demand", "demand"), ("sold", "sold"), ("lost", "lost"), ("on_hand_end", "onHand"),
                                     ("ordered", "ordered"), ("arrivals", "arrivals")] {
                    let expected = try rows.map { try #require(Int($0[try column(field)])) }
                    #expect(strategy[key] as? [Int] == expected, "\(id) \(name) \(field)")
                }
                compared += rows.count
            }
        }
        #expect(compared > 100)

        // A replication the run does not have: the request's problem, nothing written.
        let never = folder.appendingPathComponent("never")
        var error = await expectFailure {
            try await Run.backtest(Fixtures.quickstart, into: folder, "never") {
                $0.replications = 5
                $0.shownReplication = 5
            }
        }
        guard case .shownReplicationOutside(5, replications: 5) = error?.request else { Issue.record("\(String(describing: error))"); return }
        #expect(!FileManager.default.fileExists(atPath: never.path))
        error = await expectFailure { try await Run.report(plain, page: never) { $0.replication = 7 } }
        guard case .shownReplicationOutside(7, replications: 5) = error?.request else { Issue.record("\(String(describing: error))"); return }
        #expect(!FileManager.default.fileExists(atPath: never.path))
    }
}
