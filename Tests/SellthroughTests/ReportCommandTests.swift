import Foundation
import Testing

/// End-to-end tests of `report.html` (written by `sellthrough run`) and of
/// `sellthrough report RUN_DIR`, as separate processes; the page is also rendered in headless
/// Chromium through `scripts/render-html` where Chromium is installed.
@Suite("sellthrough report")
struct ReportCommandTests {
    static let chromium = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

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

    @Test("a folder that is incomplete, of another version, not a run or a shard is refused: exit 1, nothing written")
    func refusals() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("Scenarios/quickstart.yaml", in: folder, name: "run")

        let incomplete = folder.appendingPathComponent("incomplete")
        try FileManager.default.copyItem(at: run, to: incomplete)
        try FileManager.default.removeItem(at: incomplete.appendingPathComponent("report-data.json"))
        try FileManager.default.removeItem(at: incomplete.appendingPathComponent("report.html"))

        let older = folder.appendingPathComponent("older")
        try FileManager.default.copyItem(at: run, to: older)
        let manifestURL = older.appendingPathComponent("manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        let version = try #require(manifest.range(of: #""version" : "[^"]*""#, options: .regularExpression))
        try manifest.replacingCharacters(in: version, with: #""version" : "0.0.0-old""#).write(to: manifestURL, atomically: true, encoding: .utf8)

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

    @Test("the report of a bundled scenario and of one full of markup load in Chromium without console errors, not blank",
          .enabled(if: chromium != nil, "Chromium is not installed (scripts/install-chromium installs it): browser check skipped"))
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
            let process = Process()
            process.executableURL = CommandRunner.repository.appendingPathComponent("scripts/render-html")
            process.arguments = [run.appendingPathComponent("report.html").path, image.path, "1280x7000"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            print(text)
            #expect(process.terminationStatus == 0, "\(name): scripts/render-html exited \(process.terminationStatus): \(text)")
            #expect(text.contains(", 0 console message(s)"), "\(name): \(text)")
            #expect(FileManager.default.fileExists(atPath: image.path))
        }
    }
}
