import Foundation
import Testing
import WhatIf
import Workflows

/// The what-if workflow on the traps and report items of a study: a field the strategy never
/// reads is refused, several constraints all hold, the printed table fits 120 columns, the
/// scenario's warnings are reported, and the report of a study with all of it is drawn again
/// byte for byte.
@Suite("what-if workflow: decisions")
struct WhatIfDecisionTests {
    /// The launch of ``WhatIfWorkflowTests`` with a second policy, sold by the case of 24 (at least 100).
    static func scenario() throws -> String {
        try Fixtures.text(WhatIfWorkflowTests.scenario)
            .replacingOccurrences(of: "    initial_stock: 400\n",
                                  with: "    initial_stock: 400\n    supply: {case_pack: 24, min_order: 100}\n")
            .replacingOccurrences(of: "    - {name: launch-only, base_stock: {level: 0}}\n",
                                  with: "    - {name: launch-only, base_stock: {level: 0}}\n    - {name: weekly, forecast_order_up_to: {review: 7, service_level: 0.9}}\n")
    }

    static func folder() throws -> (URL, String) {
        try WhatIfWorkflowTests.folder(scenario())
    }

    @Test("the scenario's warnings are reported, as validate and run report them, and the sweep goes on")
    func warnings() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = EventLog()
        _ = try await Run.whatIf(Fixtures.path("Scenarios/fashion-jacket.yaml"), vary: ["products[jacket-navy].initial_stock=1000,2000"],
                                 into: folder, "w", events: events) {
            $0.strategy = "ses x one-buy"
            $0.product = "jacket-navy"
            $0.replications = 2
            $0.refine = false
        }
        let warnings = events.warnings.joined(separator: "\n")
        #expect(warnings.contains("fashion-jacket.yaml:") && warnings.contains(": warning: strategies.policies[")
                && warnings.contains("newsvendor policy 'one-buy' buys once"), "\(warnings)")
    }

    @Test("a field the strategy never reads is refused (nothing written); its own policy's field is swept")
    func unreadField() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "strategies.policies[weekly].forecast_order_up_to.service_level"
        let refused = await expectFailure { try await Run.whatIf(file, vary: ["\(path)=0.8,0.95"], into: folder, "never") }
        let problem = try #require(refused?.whatIfRequest, "not a what-if request problem: \(String(describing: refused))")
        #expect(problem.subject == .sweep(path))
        #expect(problem.message.hasPrefix("the strategy launch-only never reads this field"), "\(problem)")
        #expect(problem.description.contains("launch-only reads its policy launch-only (strategies.policies[0].base_stock: level)"))
        #expect(problem.description.contains("the strategy 'naive × weekly' reads it"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
        _ = try await Run.whatIf(file, vary: ["\(path)=0.6,0.95"], into: folder, "swept") {
            $0.strategy = "naive x weekly"
            $0.replications = 3
        }
        let csv = try Fixtures.read(folder.appendingPathComponent("swept"), "whatif.csv")
        let profits = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[4] }
        #expect(Set(profits).count == 2, "the two service levels give different profits: \(profits)")
    }

    @Test("several constraints all hold and every output carries them; contradictory ones are refused")
    func severalConstraints() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.whatIf(file, vary: ["products[widget].initial_stock=0:1200:240"],
                                          constraints: ["fill_rate>=0.5", "leftover_units<=150", "cycle_service_level>=0.2"],
                                          into: folder, "out") { $0.replications = 6 }
        let out = folder.appendingPathComponent("out")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("whatif.json"))) as? [String: Any]
        let constraints = (json?["constraints"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        #expect(constraints == ["fill_rate >= 0.5", "leftover_units <= 150", "cycle_service_level >= 0.2"])
        let points = json?["points"] as? [[String: Any]] ?? []
        for point in points {
            let met = point["constraintsMet"] as? [Bool] ?? []
            #expect(met.count == 3 && point["meetsConstraints"] as? Bool == met.allSatisfy { $0 })
        }
        let csv = try Fixtures.read(out, "whatif.csv")
        #expect(csv.hasPrefix("products[widget].initial_stock,source,recommended,orderable,replications,profit_mean"))
        #expect(csv.contains("cycle_service_level_mean") && csv.contains(",meets_leftover_units_le_150,"))
        let markdown = try Fixtures.read(out, "whatif.md")
        #expect(markdown.contains("constraints fill_rate >= 0.5 and leftover_units <= 150 and cycle_service_level >= 0.2"))
        #expect(result.sweep.table().contains("with fill_rate >= 0.5 and leftover_units <= 150 and cycle_service_level"))
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("constraint leftover_units &lt;= 150") && html.contains("constraint cycle_service_level &gt;= 0.2"))

        let refused = await expectFailure {
            try await Run.whatIf(file, vary: ["products[widget].initial_stock=240,480"], constraints: ["fill_rate>=0.9", "fill_rate<0.8"],
                                 into: folder, "never")
        }
        let problem = try #require(refused?.whatIfRequest, "not a what-if request problem: \(String(describing: refused))")
        #expect(problem.subject == .constraint(nil))
        #expect(problem.description.hasPrefix("'fill_rate >= 0.9' and 'fill_rate < 0.8' contradict each other"), "\(problem)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }

    @Test("the table fits 120 columns; wide, it shows every column")
    func tableWidth() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.whatIf(file, vary: ["products[widget].lifecycle.phases[growth].to=20,40",
                                                       "strategies.policies[weekly].forecast_order_up_to.service_level=0.8,0.95"],
                                          constraints: ["fill_rate>=0.8", "average_stock_value<=5000"], into: folder, "narrow") {
            $0.strategy = "naive × weekly"
            $0.replications = 3
        }
        let narrow = result.sweep.table()
        let long = narrow.split(separator: "\n").filter { $0.count > 120 }
        #expect(long.isEmpty, "\(long)")
        #expect(narrow.contains("average_stock_value") && narrow.contains("meets"))
        let wide = result.sweep.table(wide: true)
        #expect(wide.contains("expected profit [95% CI]"))
        #expect(wide.split(separator: "\n").contains { $0.count > 120 })
    }

    @Test("a study with rounding to case packs, several constraints and marks is drawn again byte for byte")
    func reportRedrawn() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.whatIf(file, vary: ["products[widget].initial_stock=0:1400:350"],
                                          constraints: ["fill_rate>=0.5", "average_stock_value<=5000"], into: folder, "study") {
            $0.refine = false
            $0.replications = 8
        }
        #expect(result.sweep.table().contains("(o)"), "an orderable neighbour was evaluated: \(result.sweep.table())")
        let out = folder.appendingPathComponent("study")
        let html = try Data(contentsOf: out.appendingPathComponent("report.html"))
        let again = folder.appendingPathComponent("again.html")
        try await Run.report(out, page: again)
        #expect(try Data(contentsOf: again) == html)
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("Launch stock of widget (units)"))
        #expect(page.contains("cannot be ordered"))
        #expect(page.contains("average_stock_value against launch stock of widget"))
    }

    @Test("the bundled launch scenarios sweep their first buy")
    func bundledLaunches() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, path, product) in [("electronics-launch", "products[earbuds-pro].initial_stock=4000:12000:4000", "earbuds-pro"),
                                      ("fashion-jacket", "products[jacket-navy].initial_stock=4000:8000:2000", "jacket-navy")] {
            let result = try await Run.whatIf(Fixtures.path("Scenarios/\(file).yaml"), vary: [path], into: folder, file) {
                $0.product = product
                $0.replications = 3
                $0.refine = false
            }
            #expect(result.sweep.table().contains("Recommended: products["), "\(file): \(result.sweep.table())")
        }
    }
}
