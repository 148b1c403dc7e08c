import Foundation
import Testing

/// `sellthrough whatif` end to end on the traps and report items: a field the strategy
/// never reads is refused, several constraints all hold, the printed table fits 120 columns,
/// and the report of a study with all of it is drawn again byte for byte.
@Suite("sellthrough whatif decisions")
struct WhatIfDecisionTests {
    /// ``WhatIfCommandTests/scenario`` with a second policy, sold by the case of 24 (at least 100).
    static let scenario = WhatIfCommandTests.scenario
        .replacingOccurrences(of: "    initial_stock: 400\n",
                              with: "    initial_stock: 400\n    supply: {case_pack: 24, min_order: 100}\n")
        .replacingOccurrences(of: "    - {name: launch-only, base_stock: {level: 0}}\n",
                              with: "    - {name: launch-only, base_stock: {level: 0}}\n    - {name: weekly, forecast_order_up_to: {review: 7, service_level: 0.9}}\n")

    static func folder() throws -> (URL, String) {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("launch.yaml")
        try scenario.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path)
    }

    @Test("the scenario's warnings are printed, as validate and run print them, and the sweep goes on")
    func warnings() throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["whatif", "Scenarios/fashion-jacket.yaml", "--strategy", "ses x one-buy",
                                            "--product", "jacket-navy", "--vary", "products[jacket-navy].initial_stock=1000,2000",
                                            "--replications", "2", "--no-refine", "--quiet", "--out", folder.appendingPathComponent("w").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("fashion-jacket.yaml:") && result.standardError.contains(": warning: strategies.policies[")
                && result.standardError.contains("newsvendor policy 'one-buy' buys once"), "\(result.standardError)")
    }

    @Test("a field the strategy never reads is refused (64, nothing written); its own policy's field is swept")
    func unreadField() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let never = folder.appendingPathComponent("never")
        let path = "strategies.policies[weekly].forecast_order_up_to.service_level"
        let refused = try CommandRunner.run(["whatif", file, "--vary", "\(path)=0.8,0.95", "--out", never.path, "--quiet"])
        #expect(refused.status == 64, "\(refused.standardError)")
        #expect(refused.standardError.hasPrefix("error: --vary \(path): the strategy launch-only never reads this field"),
                "\(refused.standardError)")
        #expect(refused.standardError.contains("launch-only reads its policy launch-only (strategies.policies[0].base_stock: level)"))
        #expect(refused.standardError.contains("the strategy 'naive × weekly' reads it"))
        #expect(!FileManager.default.fileExists(atPath: never.path))
        let out = folder.appendingPathComponent("swept")
        let swept = try CommandRunner.run(["whatif", file, "--vary", "\(path)=0.6,0.95", "--strategy", "naive x weekly",
                                           "--replications", "3", "--out", out.path, "--quiet"])
        #expect(swept.status == 0, "\(swept.standardError)")
        let csv = try String(contentsOf: out.appendingPathComponent("whatif.csv"), encoding: .utf8)
        let profits = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[4] }
        #expect(Set(profits).count == 2, "the two service levels give different profits: \(profits)")
    }

    @Test("several constraints all hold and every output carries them; contradictory ones are refused")
    func severalConstraints() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=0:1200:240",
                                            "--constraint", "fill_rate>=0.5", "--constraint", "leftover_units<=150",
                                            "--constraint", "cycle_service_level>=0.2", "--replications", "6",
                                            "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("whatif.json"))) as? [String: Any]
        let constraints = (json?["constraints"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        #expect(constraints == ["fill_rate >= 0.5", "leftover_units <= 150", "cycle_service_level >= 0.2"])
        let points = json?["points"] as? [[String: Any]] ?? []
        for point in points {
            let met = point["constraintsMet"] as? [Bool] ?? []
            #expect(met.count == 3 && point["meetsConstraints"] as? Bool == met.allSatisfy { $0 })
        }
        let csv = try String(contentsOf: out.appendingPathComponent("whatif.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("products[widget].initial_stock,source,recommended,orderable,replications,profit_mean"))
        #expect(csv.contains("cycle_service_level_mean") && csv.contains(",meets_leftover_units_le_150,"))
        let markdown = try String(contentsOf: out.appendingPathComponent("whatif.md"), encoding: .utf8)
        #expect(markdown.contains("constraints fill_rate >= 0.5 and leftover_units <= 150 and cycle_service_level >= 0.2"))
        #expect(result.standardOutput.contains("with fill_rate >= 0.5 and leftover_units <= 150 and cycle_service_level"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("constraint leftover_units &lt;= 150") && html.contains("constraint cycle_service_level &gt;= 0.2"))

        let never = folder.appendingPathComponent("never")
        let refused = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=240,480",
                                             "--constraint", "fill_rate>=0.9", "--constraint", "fill_rate<0.8",
                                             "--out", never.path, "--quiet"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("error: --constraint: 'fill_rate >= 0.9' and 'fill_rate < 0.8' contradict each other"),
                "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: never.path))
    }

    @Test("the printed table fits 120 columns; --wide prints every column")
    func tableWidth() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["whatif", file, "--vary", "products[widget].lifecycle.phases[growth].to=20,40",
                         "--vary", "strategies.policies[weekly].forecast_order_up_to.service_level=0.8,0.95",
                         "--strategy", "naive × weekly", "--constraint", "fill_rate>=0.8", "--constraint", "average_stock_value<=5000",
                         "--replications", "3", "--quiet"]
        let narrow = try CommandRunner.run(arguments + ["--out", folder.appendingPathComponent("narrow").path])
        #expect(narrow.status == 0, "\(narrow.standardError)")
        let long = narrow.standardOutput.split(separator: "\n").filter { $0.count > 120 }
        #expect(long.isEmpty, "\(long)")
        #expect(narrow.standardOutput.contains("average_stock_value") && narrow.standardOutput.contains("meets"))
        let wide = try CommandRunner.run(arguments + ["--wide", "--out", folder.appendingPathComponent("wide").path])
        #expect(wide.status == 0, "\(wide.standardError)")
        #expect(wide.standardOutput.contains("expected profit [95% CI]"))
        #expect(wide.standardOutput.split(separator: "\n").contains { $0.count > 120 })
    }

    @Test("a study with rounding to case packs, several constraints and marks is drawn again byte for byte")
    func reportRedrawn() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("study")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=0:1400:350", "--no-refine",
                                            "--constraint", "fill_rate>=0.5", "--constraint", "average_stock_value<=5000",
                                            "--replications", "8", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("(o)"), "an orderable neighbour was evaluated: \(result.standardOutput)")
        let html = try Data(contentsOf: out.appendingPathComponent("report.html"))
        let again = folder.appendingPathComponent("again.html")
        let redraw = try CommandRunner.run(["report", out.path, "--out", again.path])
        #expect(redraw.status == 0, "\(redraw.standardError)")
        #expect(try Data(contentsOf: again) == html)
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("Launch stock of widget (units)"))
        #expect(page.contains("cannot be ordered"))
        #expect(page.contains("average_stock_value against launch stock of widget"))
    }
}
