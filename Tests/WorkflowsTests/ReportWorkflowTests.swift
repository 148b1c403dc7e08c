import Backtest
import Foundation
import Reporting
import Testing
import Workflows

/// `report.html` written by a run, and the report workflow drawing it again from the folder.
@Suite("report workflow")
struct ReportWorkflowTests {
    /// Runs `scenario` (three replications) into `folder/name` and returns the folder.
    static func run(_ scenario: String, in folder: URL, name: String,
                    _ configure: (inout RunWorkflow.Options) -> Void = { _ in }) async throws -> URL {
        _ = try await Run.backtest(scenario, into: folder, name) {
            $0.replications = 3
            configure(&$0)
        }
        return folder.appendingPathComponent(name)
    }

    /// A copy of `source` in `folder`/older whose manifest says an older sellthrough wrote it.
    static func olderCopy(of source: URL, in folder: URL) throws -> URL {
        let older = folder.appendingPathComponent("older")
        try FileManager.default.copyItem(at: source, to: older)
        let manifestURL = older.appendingPathComponent("manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        let version = try #require(manifest.range(of: #""version" : "[^"]*""#, options: .regularExpression))
        try manifest.replacingCharacters(in: version, with: #""version" : "0.0.0-old""#).write(to: manifestURL, atomically: true, encoding: .utf8)
        return older
    }

    @Test("a run writes report.html and report-data.json; the report draws the same bytes again, elsewhere or in place")
    func redraw() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.run(Fixtures.quickstart, in: folder, name: "run")
        let page = run.appendingPathComponent("report.html")
        let original = try Data(contentsOf: page)
        #expect(FileManager.default.fileExists(atPath: run.appendingPathComponent("report-data.json").path))
        #expect(original.count < 5_000_000)
        let html = String(decoding: original, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Stainless kettle 1.7 l (kettle-steel)"))
        #expect(html.contains("<a href=\"summary.md\">summary.md</a>"))

        let other = folder.appendingPathComponent("elsewhere/other.html")
        #expect(try await Run.report(run, page: other) == other.path)
        #expect(try Data(contentsOf: other) == original, "the report draws other bytes than the run")

        try Data("stale".utf8).write(to: page)
        #expect(try await Run.report(run) == page.path)
        #expect(try Data(contentsOf: page) == original, "the report in place draws other bytes than the run")
    }

    @Test("the chosen strategies are followed, x standing for ×; unknown, repeated or too many names, or another kind of folder, are the request's problems")
    func follow() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.run(Fixtures.quickstart, in: folder, name: "run")
        let original = try Data(contentsOf: run.appendingPathComponent("report.html"))
        let chosen = folder.appendingPathComponent("chosen.html")
        try await Run.report(run, page: chosen) { $0.following = ["SES x daily-fill-98", "s-S"] }
        let html = try String(contentsOf: chosen, encoding: .utf8)
        #expect(html.contains("Strategies followed: ses × daily-fill-98 (chosen); s-S (chosen; the baseline)."))
        #expect(html.contains("ses in ses × daily-fill-98, one day ahead"), "the forecast chart follows the first chosen")
        #expect(!html.contains("(best profit)"))

        let refused: [(following: [String], message: String)] = [
            (["ses × nothing"], "no strategy of this run is called that; the strategies are: 'ses × weekly-q90', 'ses × weekly-95', "),
            (["ses x weekly-95", "ses × weekly-95"], "ses × weekly-95 is given twice"),
            (["s-S", "ses x daily-fill-98", "ma(window=7) x weekly-95", "naive x weekly-95", "ses x weekly-95"], "at most 4"),
        ]
        for (following, message) in refused {
            let out = folder.appendingPathComponent("refused.html")
            let error = await expectFailure { try await Run.report(run, page: out) { $0.following = following } }
            guard case let .follow(problem, strategies) = error?.request else { Issue.record("\(following): \(String(describing: error))"); continue }
            #expect(problem.description.contains(message), "\(following): \(problem)")
            #expect(strategies.contains("ses × weekly-95"))
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        #expect(try Data(contentsOf: run.appendingPathComponent("report.html")) == original)

        let evaluation = folder.appendingPathComponent("evaluation")
        _ = try await Run.evaluation(.of(scenario: Fixtures.quickstart, horizon: 7, windows: 2, forecasters: "naive"),
                                     into: folder, "evaluation")
        let error = await expectFailure { try await Run.report(evaluation) { $0.following = ["s-S"] } }
        guard case .runFolderOnly(.followed, folder: evaluation.path, kind: "an evaluate") = error?.request else {
            Issue.record("\(String(describing: error))")
            return
        }
    }

    @Test("a folder that is incomplete, of another version, not a run or a shard is an input problem, and nothing is written")
    func refusals() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.run(Fixtures.quickstart, in: folder, name: "run")

        let incomplete = folder.appendingPathComponent("incomplete")
        try FileManager.default.copyItem(at: run, to: incomplete)
        try FileManager.default.removeItem(at: incomplete.appendingPathComponent("report-data.json"))
        try FileManager.default.removeItem(at: incomplete.appendingPathComponent("report.html"))

        let older = try Self.olderCopy(of: run, in: folder)

        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let shard = try await Self.run(Fixtures.quickstart, in: folder, name: "shard") {
            $0.shard = try? Shard(index: 0, count: 2)
            $0.writesMetrics = false
        }

        let cases: [(URL, String)] = [
            (incomplete, "is incomplete: report-data.json is missing"),
            (older, "was written by sellthrough 0.0.0-old"),
            (empty, "is not a run folder"),
            (folder.appendingPathComponent("absent"), "no such folder"),
            (shard, "partial result"),
        ]
        for (input, message) in cases {
            let out = folder.appendingPathComponent("out-\(input.lastPathComponent).html")
            let error = await expectFailure { try await Run.report(input, page: out) }
            let problem = try #require(error?.input, "\(input.lastPathComponent): \(String(describing: error))")
            #expect(String(describing: problem).contains(message), "\(input.lastPathComponent): \(problem)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(input.lastPathComponent): a page was written")
        }
        // In place, too: the incomplete folder gets no report.html.
        #expect(await expectFailure { try await Run.report(incomplete) }?.input != nil)
        #expect(!FileManager.default.fileExists(atPath: incomplete.appendingPathComponent("report.html").path))
    }

    @Test("markup in a scenario's names and texts renders as inert, escaped text")
    func hostileNames() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Fixtures.path("Tests/Fixtures/hostile.yaml")
        let run = try await Self.run(scenario, in: folder, name: "run")
        let html = try Fixtures.read(run, "report.html")
        for raw in ["<script", "<img", "<b>", "<i>", "alert(\"x\")", "</script> & "] {
            #expect(!html.contains(raw), "raw \(raw) in the page")
        }
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; sale"))
        #expect(html.contains("s-S&lt;b&gt;&amp;x"))
    }

    @Test("an evaluate folder is drawn again byte for byte; a damaged accuracy.csv is refused")
    func evaluationFolders() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Run.evaluation(.of(scenario: Fixtures.quickstart, horizon: 7, windows: 3, forecasters: "naive,ses,tsb"),
                                     into: folder, "evaluation")
        let evaluation = folder.appendingPathComponent("evaluation")
        let redrawn = folder.appendingPathComponent("evaluation.html")
        try await Run.report(evaluation, page: redrawn)
        #expect(try Data(contentsOf: redrawn) == Data(contentsOf: evaluation.appendingPathComponent("report.html")),
                "the report draws other bytes")

        let damaged = folder.appendingPathComponent("damaged")
        try FileManager.default.copyItem(at: evaluation, to: damaged)
        let accuracyURL = damaged.appendingPathComponent("accuracy.csv")
        var lines = try String(contentsOf: accuracyURL, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = "naive,demand,all,accuracy_feel,1,,"   // line 4: a metric nobody defined
        try lines.joined(separator: "\n").write(to: accuracyURL, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out-damaged.html")
        let error = await expectFailure { try await Run.report(damaged, page: out) }
        let problem = try #require(error?.input, "\(String(describing: error))")
        #expect(String(describing: problem).contains("accuracy.csv: line 4: 'accuracy_feel' is not a metric"), "\(problem)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Two products; the second policy manages only the kettle.
    static let partialScenario = """
        name: partial
        seed: 5
        replications: 3
        calendar: {start: 2026-03-02, periods: 40}
        products:
          - {id: kettle, price: 20, unit_cost: 8, lifecycle: {phases: [{phase: maturity, level: 6}]}, supply: {lead_time: 2}, initial_stock: 20}
          - {id: toaster, price: 30, unit_cost: 12, lifecycle: {phases: [{phase: maturity, level: 4}]}, supply: {lead_time: 2}, initial_stock: 15}
        strategies:
          forecasters: [naive]
          policies:
            - {name: both, s_S: {s: 10, S: 30}}
            - {name: kettle-only, s_S: {s: 10, S: 30}, products: [kettle]}
        """

    @Test("a strategy managing only some products is marked, and the ranking warns that its totals are not comparable")
    func partialCatalogue() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = try Fixtures.write(Self.partialScenario, to: folder, as: "partial.yaml")
        let result = try await Run.backtest(scenario, into: folder, "run")
        let out = folder.appendingPathComponent("run")
        let table = try #require(result.report?.table(wide: false))
        let warning = "Only part of the catalogue: kettle-only manages 1 of 2 products. Its figures are totals"
        #expect(table.contains("kettle-only †"), "marked in the table")
        // The notes under the table are wrapped at 120 columns.
        #expect(table.replacingOccurrences(of: "\n", with: " ").contains(warning))
        #expect(!table.contains("both †"))
        let json = try Fixtures.read(out, "summary.json")
        #expect(json.components(separatedBy: "\"managed_products\" : 1").count - 1 == 1, "only the partial strategy has the field")
        let markdown = try Fixtures.read(out, "summary.md")
        #expect(markdown.contains("kettle-only †") && markdown.contains(warning))
        let html = try Fixtures.read(out, "report.html")
        #expect(html.contains("class=\"warning\"") && html.contains(warning))
        #expect(html.contains("manages 1 of 2 products"))
        #expect(html.contains("1 strategy managing only some products (†) is left out"), "not on the Pareto chart")
        // Holding less stock at a lower fill rate, it was on the frontier before it was left out.
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let strategies = try #require(decoded?["strategies"] as? [[String: Any]])
        let partial = try #require(strategies.first { $0["managed_products"] != nil })
        #expect(partial["pareto_efficient"] as? Bool == false)
        #expect(strategies.first { $0["managed_products"] == nil }?["pareto_efficient"] as? Bool == true)
        // Unranked, after the ranked strategy; compared with the baseline (the same s-S policy)
        // on the kettle alone, where it does exactly what the baseline does.
        #expect(partial["rank"] == nil && strategies.last?["name"] as? String == "kettle-only")
        #expect(markdown.contains("| – | kettle-only † |"))
        #expect(partial["versus_baseline_on_shared_products"] as? Bool == true)
        let versus = try #require(partial["versus_baseline"] as? [String: [String: Any]])
        #expect(versus["profit"]?["mean"] as? Double == 0 && versus["fill_rate"]?["mean"] as? Double == 0, "\(versus)")
    }
}
