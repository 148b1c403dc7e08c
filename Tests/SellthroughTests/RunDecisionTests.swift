import Foundation
import Testing

/// The run's report leads to a decision: what to pick and why, the spread of profit, the
/// typical replication, and files a reader can rely on (`sellthrough run` as a separate process).
@Suite("sellthrough run: the decision")
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
        let text = try String(contentsOf: folder.appendingPathComponent("metrics.csv"), encoding: .utf8)
        var profits: [String: [Int: Double]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8, fields[5] == "total", fields[6] == "profit", let replication = Int(fields[4]),
                  let value = Double(fields[7]) else { continue }
            profits[fields[0], default: [:]][replication, default: 0] += value
        }
        return profits
    }

    @Test("the scenario built so that the top earner is dominated: the strategy dominating it is recommended, the top flagged")
    func dominatedTopEarner() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["run", "Tests/Fixtures/dominated-top.yaml", "--quiet", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
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
        // The terminal, summary.md and the page say the same.
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.contains(lean) && $0.hasSuffix("pick") }, "\(result.standardOutput)")
        #expect(lines.contains { $0.contains(top) && $0.hasSuffix("dominated") })
        #expect(result.standardOutput.replacingOccurrences(of: "\n", with: " ").contains("Pick \(lean):"))
        let markdown = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.contains("- Pick \(lean):") && markdown.contains("dominated by \(lean)"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<strong>Recommendation: \(lean)</strong>"))
        #expect(html.contains("\(top) (by \(lean))"))
    }

    @Test("the table fits 120 columns, names wrapped or columns left out; --wide prints every column")
    func tableWidth() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for scenario in ["Scenarios/fashion-jacket.yaml", "Scenarios/spare-parts.yaml"] {
            let compact = try CommandRunner.run(["run", scenario, "--replications", "3", "--summary-only", "--quiet",
                                                 "--out", folder.appendingPathComponent(UUID().uuidString).path])
            #expect(compact.status == 0, "\(compact.standardError)")
            let long = compact.standardOutput.split(separator: "\n").filter { $0.count > 120 && !$0.hasPrefix("wrote ") }
            #expect(long.isEmpty, "\(scenario): \(long)")
            #expect(compact.standardOutput.contains("P5") && compact.standardOutput.contains("leftover"), "\(compact.standardOutput)")
            let wide = try CommandRunner.run(["run", scenario, "--replications", "3", "--summary-only", "--quiet", "--wide",
                                              "--out", folder.appendingPathComponent(UUID().uuidString).path])
            #expect(wide.status == 0)
            let header = try #require(wide.standardOutput.split(separator: "\n").first { $0.hasPrefix("#") })
            for column in ["profit 95% CI", "median", "P95", "lost units", "stock value", "write-off", "MAE", "regret", "frontier"] {
                #expect(header.contains(column), "--wide lacks \(column)")
            }
            #expect(header.count > 120)
        }
    }

    @Test("metrics.csv names forecaster and policy apart; summary.json keys are snake_case like the CSV columns")
    func fileConventions() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        #expect(try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--replications", "2", "--quiet", "--out", out.path]).status == 0)
        let metrics = try String(contentsOf: out.appendingPathComponent("metrics.csv"), encoding: .utf8)
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
    func quantilesAndTypicalReplication() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--replications", "7", "--quiet", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
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
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("The product charts below follow replication \(median) (numbered 0 to 6 as in metrics.csv): "
                              + "a typical one, where \(Self.escaped(recommended)) made its median profit."))
        #expect(html.contains("replication \(median) (of 0–6)"))
        // P5 is a column of the terminal table.
        #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("#") && $0.contains("P5") })
    }

    @Test("--show-replication and report --replication show that replication exactly as the run computed it; out of range is refused")
    func chosenReplication() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = ["run", "Scenarios/quickstart.yaml", "--replications", "5", "--quiet"]
        let chosen = folder.appendingPathComponent("chosen")
        #expect(try CommandRunner.run(common + ["--trace", "--show-replication", "3", "--out", chosen.path]).status == 0)
        let plain = folder.appendingPathComponent("plain")
        #expect(try CommandRunner.run(common + ["--out", plain.path]).status == 0)

        // Redrawn from the plain folder at replication 3: the same page, byte for byte.
        let redrawn = folder.appendingPathComponent("redrawn.html")
        let report = try CommandRunner.run(["report", plain.path, "--replication", "3", "--out", redrawn.path])
        #expect(report.status == 0, "\(report.standardError)")
        let page = try Data(contentsOf: chosen.appendingPathComponent("report.html"))
        #expect(try Data(contentsOf: redrawn) == page)
        #expect(String(decoding: page, as: UTF8.self).contains("follow replication 3 (numbered 0 to 4 as in metrics.csv), as chosen."))

        // The periods shown are those of replication 3 in the run's own trace.
        let data = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: chosen.appendingPathComponent("report-data.json"))) as? [String: Any])
        #expect(data["replication"] as? Int == 3 && data["medianProfitOf"] == nil)
        let trace = try String(contentsOf: chosen.appendingPathComponent("trace.csv"), encoding: .utf8).split(separator: "\n")
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

        // A replication the run does not have: exit 64, nothing written.
        let never = folder.appendingPathComponent("never")
        let outside = try CommandRunner.run(common + ["--show-replication", "5", "--out", never.path])
        #expect(outside.status == 64 && outside.standardError.hasPrefix("error: --show-replication 5: the run has 5 replications"),
                "\(outside.standardError)")
        #expect(!FileManager.default.fileExists(atPath: never.path))
        let redrawOutside = try CommandRunner.run(["report", plain.path, "--replication", "7", "--out", never.path])
        #expect(redrawOutside.status == 64 && redrawOutside.standardError.contains("numbered 0…4"), "\(redrawOutside.standardError)")
        #expect(!FileManager.default.fileExists(atPath: never.path))
    }

    /// `text` as the page escapes it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
