import BrowserCheck
import Foundation
import Testing

/// End-to-end tests of `report.html` (written by `sellthrough run`) and of
/// `sellthrough report RUN_DIR`, as separate processes; the page is also rendered in headless
/// Chromium through `scripts/render-html` where Chromium is installed.
@Suite("sellthrough report")
struct ReportCommandTests {
    static let hostileName = "<script>alert(\"x\")</script> & \"q\""

    /// A scenario with markup in every free-text field and in the names that allow it.
    static let hostileScenario = """
        name: hostile
        description: "\(hostileName.replacingOccurrences(of: "\"", with: "\\\"")) scenario"
        seed: 3
        replications: 2
        calendar: {start: 2026-03-02, periods: 30}
        products:
          - id: "kettle<i>&"
            name: "\(hostileName.replacingOccurrences(of: "\"", with: "\\\""))"
            category: "<b>bold</b> & co"
            price: 20
            unit_cost: 8
            lifecycle: {phases: [{phase: growth, days: 10, from: 2, to: 8}, {phase: maturity}]}
            supply: {lead_time: 2}
            initial_stock: 20
        events:
          - promotion:
              name: "<img src=x onerror=alert(1)> sale"
              products: ["kettle<i>&"]
              start: 2026-03-10
              days: 3
              discount: 0.2
        strategies:
          forecasters: [naive, ses]
          policies:
            - {name: "s-S<b>&x", s_S: {s: 10, S: 30}}
        """

    /// Runs `scenario` into `folder/name` and returns the folder.
    static func run(_ scenario: String, in folder: URL, name: String, extra: [String] = []) throws -> URL {
        let out = folder.appendingPathComponent(name)
        let result = try CommandRunner.run(["run", scenario, "--replications", "3", "--quiet", "--out", out.path] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        return out
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

    @Test("run writes report.html and report-data.json; report draws the same bytes again, to --out or in place")
    func redraw() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("Scenarios/quickstart.yaml", in: folder, name: "run")
        let page = run.appendingPathComponent("report.html")
        let original = try Data(contentsOf: page)
        #expect(FileManager.default.fileExists(atPath: run.appendingPathComponent("report-data.json").path))
        #expect(original.count < 5_000_000)
        let html = String(decoding: original, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Stainless kettle 1.7 l (kettle-steel)"))
        #expect(html.contains("<a href=\"summary.md\">summary.md</a>"))

        let other = folder.appendingPathComponent("elsewhere/other.html")
        let result = try CommandRunner.run(["report", run.path, "--out", other.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Data(contentsOf: other) == original, "report --out draws other bytes than run")

        try Data("stale".utf8).write(to: page)
        #expect(try CommandRunner.run(["report", run.path]).status == 0)
        #expect(try Data(contentsOf: page) == original, "report in place draws other bytes than run")
    }

    @Test("--follow draws the chosen strategies, x standing for ×; unknown, repeated or too many names, or another kind of folder, are refused (64)")
    func follow() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("Scenarios/quickstart.yaml", in: folder, name: "run")
        let original = try Data(contentsOf: run.appendingPathComponent("report.html"))
        let chosen = folder.appendingPathComponent("chosen.html")
        var result = try CommandRunner.run(["report", run.path, "--follow", "SES x daily-fill-98", "--follow", "s-S",
                                            "--out", chosen.path])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: chosen, encoding: .utf8)
        #expect(html.contains("Strategies followed: ses × daily-fill-98 (chosen); s-S (chosen; the baseline)."))
        #expect(html.contains("ses in ses × daily-fill-98, one day ahead"), "the forecast chart follows the first chosen")
        #expect(!html.contains("(best profit)"))

        let refused: [(arguments: [String], message: String)] = [
            (["--follow", "ses × nothing"], "no strategy of this run is called that; the strategies are: 'ses × weekly-q90', 'ses × weekly-95', "),
            (["--follow", "ses x weekly-95", "--follow", "ses × weekly-95"], "ses × weekly-95 is given twice"),
            (["--follow", "s-S", "--follow", "ses x daily-fill-98", "--follow", "ma(window=7) x weekly-95",
              "--follow", "naive x weekly-95", "--follow", "ses x weekly-95"], "at most 4"),
        ]
        for (arguments, message) in refused {
            let out = folder.appendingPathComponent("refused.html")
            result = try CommandRunner.run(["report", run.path] + arguments + ["--out", out.path])
            #expect(result.status == 64 && result.standardError.contains(message), "\(arguments): \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        #expect(try Data(contentsOf: run.appendingPathComponent("report.html")) == original)

        let evaluation = folder.appendingPathComponent("evaluation")
        result = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "2",
                                        "--forecasters", "naive", "--out", evaluation.path])
        #expect(result.status == 0, "\(result.standardError)")
        result = try CommandRunner.run(["report", evaluation.path, "--follow", "s-S"])
        #expect(result.status == 64 && result.standardError.contains("is an evaluate folder"), "\(result.standardError)")
    }

    @Test("a folder that is incomplete, of another version, not a run or a shard is refused: exit 1, nothing written")
    func refusals() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("Scenarios/quickstart.yaml", in: folder, name: "run")

        let incomplete = folder.appendingPathComponent("incomplete")
        try FileManager.default.copyItem(at: run, to: incomplete)
        try FileManager.default.removeItem(at: incomplete.appendingPathComponent("report-data.json"))
        try FileManager.default.removeItem(at: incomplete.appendingPathComponent("report.html"))

        let older = try Self.olderCopy(of: run, in: folder)

        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let shard = try Self.run("Scenarios/quickstart.yaml", in: folder, name: "shard", extra: ["--shard", "0/2", "--summary-only"])

        let cases: [(URL, String)] = [
            (incomplete, "is incomplete: report-data.json is missing"),
            (older, "was written by sellthrough 0.0.0-old"),
            (empty, "is not a run folder"),
            (folder.appendingPathComponent("absent"), "no such folder"),
            (shard, "partial result"),
        ]
        for (input, message) in cases {
            let out = folder.appendingPathComponent("out-\(input.lastPathComponent).html")
            let result = try CommandRunner.run(["report", input.path, "--out", out.path])
            #expect(result.status == 1, "\(input.lastPathComponent): \(result.standardError)")
            #expect(result.standardError.contains(message), "\(input.lastPathComponent): \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(input.lastPathComponent): a page was written")
        }
        // In place, too: the incomplete folder gets no report.html.
        #expect(try CommandRunner.run(["report", incomplete.path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: incomplete.appendingPathComponent("report.html").path))
        #expect(try CommandRunner.run(["report"]).status == 64)
    }

    @Test("markup in a scenario's names and texts renders as inert, escaped text")
    func hostileNames() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("hostile.yaml")
        try Self.hostileScenario.write(to: scenario, atomically: true, encoding: .utf8)
        let run = try Self.run(scenario.path, in: folder, name: "run")
        let html = try String(contentsOf: run.appendingPathComponent("report.html"), encoding: .utf8)
        for raw in ["<script", "<img", "<b>", "<i>", "alert(\"x\")", "</script> & "] {
            #expect(!html.contains(raw), "raw \(raw) in the page")
        }
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; sale"))
        #expect(html.contains("s-S&lt;b&gt;&amp;x"))
    }

    @Test("evaluate and whatif folders are drawn again byte for byte; a damaged accuracy.csv or another version is refused")
    func otherFolders() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let evaluation = folder.appendingPathComponent("evaluation")
        var result = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "3",
                                            "--forecasters", "naive,ses,tsb", "--out", evaluation.path])
        #expect(result.status == 0, "\(result.standardError)")
        let whatif = folder.appendingPathComponent("whatif")
        result = try CommandRunner.run(["whatif", "Scenarios/quickstart.yaml", "--vary", "products[kettle-steel].initial_stock=20,60",
                                        "--replications", "3", "--quiet", "--out", whatif.path])
        #expect(result.status == 0, "\(result.standardError)")
        for source in [evaluation, whatif] {
            let redrawn = folder.appendingPathComponent("\(source.lastPathComponent).html")
            result = try CommandRunner.run(["report", source.path, "--out", redrawn.path])
            #expect(result.status == 0, "\(source.lastPathComponent): \(result.standardError)")
            #expect(try Data(contentsOf: redrawn) == Data(contentsOf: source.appendingPathComponent("report.html")),
                    "\(source.lastPathComponent): report draws other bytes")
        }

        let damaged = folder.appendingPathComponent("damaged")
        try FileManager.default.copyItem(at: evaluation, to: damaged)
        let accuracyURL = damaged.appendingPathComponent("accuracy.csv")
        var lines = try String(contentsOf: accuracyURL, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = "naive,demand,all,accuracy_feel,1,,"   // line 4: a metric nobody defined
        try lines.joined(separator: "\n").write(to: accuracyURL, atomically: true, encoding: .utf8)
        let older = try Self.olderCopy(of: whatif, in: folder)
        for (input, message) in [(damaged, "accuracy.csv: line 4: 'accuracy_feel' is not a metric"), (older, "was written by sellthrough 0.0.0-old")] {
            let out = folder.appendingPathComponent("out-\(input.lastPathComponent).html")
            result = try CommandRunner.run(["report", input.path, "--out", out.path])
            #expect(result.status == 1, "\(input.lastPathComponent): \(result.standardError)")
            #expect(result.standardError.contains(message), "\(input.lastPathComponent): \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
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
    func partialCatalogue() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("partial.yaml")
        try Self.partialScenario.write(to: scenario, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["run", scenario.path, "--quiet", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        let warning = "Only part of the catalogue: kettle-only manages 1 of 2 products. Its figures are totals"
        #expect(result.standardOutput.contains("kettle-only †"), "marked in the printed table")
        // The notes under the table are wrapped at 120 columns.
        #expect(result.standardOutput.replacingOccurrences(of: "\n", with: " ").contains(warning))
        #expect(!result.standardOutput.contains("both †"))
        let json = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(json.components(separatedBy: "\"managed_products\" : 1").count - 1 == 1, "only the partial strategy has the field")
        let markdown = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.contains("kettle-only †") && markdown.contains(warning))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
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

    @Test("the report of a bundled scenario and of one full of markup load in Chromium without console errors, not blank",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func browser() throws {
        // REPORT_BROWSER_DIR keeps the folders and their screenshots to look at.
        let kept = ProcessInfo.processInfo.environment["REPORT_BROWSER_DIR"].map { URL(fileURLWithPath: $0) }
        let folder = try kept ?? CommandRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let scenario = folder.appendingPathComponent("hostile.yaml")
        try Self.hostileScenario.write(to: scenario, atomically: true, encoding: .utf8)
        for (file, name) in [("Scenarios/quickstart.yaml", "quickstart"), (scenario.path, "hostile")] {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            let run = try Self.run(file, in: folder, name: name)
            let image = folder.appendingPathComponent("\(name).png")
            let rendering = try BrowserCheck.render(run.appendingPathComponent("report.html"), to: image, window: "1280x7000")
            print(rendering.output)
            #expect(rendering.isHealthy, "\(name): scripts/render-html exited \(rendering.status): \(rendering.output)")
            #expect(FileManager.default.fileExists(atPath: image.path))
        }
    }
}
