import BrowserCheck
import Foundation
import Testing

/// `report.html` as `sellthrough run` writes it, rendered in headless Chromium through
/// `scripts/render-html` where Chromium is installed, and `sellthrough report` on a what-if
/// folder, drawn by the command line until the what-if study joins the workflows (the report
/// workflow is tested in process, WorkflowsTests).
@Suite("sellthrough report")
struct ReportCommandTests {
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

    @Test("a whatif folder is drawn again byte for byte; one of another version is refused (exit 1, nothing written)")
    func whatIfFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whatif = folder.appendingPathComponent("whatif")
        var result = try CommandRunner.run(["whatif", "Scenarios/quickstart.yaml", "--vary", "products[kettle-steel].initial_stock=20,60",
                                            "--replications", "3", "--quiet", "--out", whatif.path])
        #expect(result.status == 0, "\(result.standardError)")
        let redrawn = folder.appendingPathComponent("whatif.html")
        result = try CommandRunner.run(["report", whatif.path, "--out", redrawn.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Data(contentsOf: redrawn) == Data(contentsOf: whatif.appendingPathComponent("report.html")), "report draws other bytes")
        result = try CommandRunner.run(["report", whatif.path, "--follow", "s-S"])
        #expect(result.status == 64 && result.standardError.contains("--follow picks strategies of a run folder; \(whatif.path) is a whatif folder"),
                "\(result.standardError)")

        let older = try Self.olderCopy(of: whatif, in: folder)
        let out = folder.appendingPathComponent("out-older.html")
        result = try CommandRunner.run(["report", older.path, "--out", out.path])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError.contains("was written by sellthrough 0.0.0-old"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("the report of a bundled scenario and of one full of markup load in Chromium without console errors, not blank",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func browser() throws {
        // REPORT_BROWSER_DIR keeps the folders and their screenshots to look at.
        let kept = ProcessInfo.processInfo.environment["REPORT_BROWSER_DIR"].map { URL(fileURLWithPath: $0) }
        let folder = try kept ?? CommandRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        for (file, name) in [("Scenarios/quickstart.yaml", "quickstart"), ("Tests/Fixtures/hostile.yaml", "hostile")] {
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
