import BrowserCheck
import Foundation
import Testing

/// `report.html` of `sellthrough evaluate`, as the command writes it, healthy in headless
/// Chromium (its contents are tested in process, WorkflowsTests).
@Suite("sellthrough evaluate report.html")
struct EvaluateReportTests {
    /// A history file name full of markup (no "/": it is a file name); it reaches the page as
    /// the evaluation's title.
    static let hostileFile = "<b>sales<i> & \"q\".csv"

    /// Evaluates the quickstart scenario with eight forecasters, two of them named ensembles.
    static func scenarioReport(in folder: URL) throws -> URL {
        let out = folder.appendingPathComponent("scenario")
        let result = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "6",
                                            "--forecasters", "naive,ses,holt,tsb,croston,ma,lo=median(naive,ses),hi=mean(holt,tsb)",
                                            "--replications", "2", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        return out
    }

    /// Evaluates a copy of the real-data excerpt saved under ``hostileFile``.
    static func historyReport(in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent(hostileFile)
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent(CommandRunner.historyFile), to: copy)
        let out = folder.appendingPathComponent("history")
        let result = try CommandRunner.run(["evaluate", "--history", copy.path, "--horizon", "8", "--windows", "2",
                                            "--forecasters", "naive,ses,tsb", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        return out
    }

    @Test("both pages load in Chromium without console errors and are not blank",
          .enabled(if: BrowserCheck.chromium != nil, Comment(rawValue: BrowserCheck.skipReason)))
    func browser() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for out in [try Self.scenarioReport(in: folder), try Self.historyReport(in: folder)] {
            let rendering = try BrowserCheck.render(out.appendingPathComponent("report.html"),
                                                    to: out.appendingPathComponent("report.png"), window: "1280x5000")
            print(rendering.output)
            #expect(rendering.isHealthy, "\(out.lastPathComponent): scripts/render-html exited \(rendering.status): \(rendering.output)")
        }
    }
}
