import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Workflows

/// `report.html` of an evaluation: accuracy by forecaster and by demand pattern always, by
/// lifecycle phase for scenarios, names escaped, well-formed.
@Suite("evaluate workflow: report.html")
struct EvaluateReportTests {
    /// A history file name full of markup (no "/": it is a file name); it reaches the page as
    /// the evaluation's title.
    static let hostileFile = "<b>sales<i> & \"q\".csv"

    /// The parse error of `text` as XML, or nil when it is well-formed.
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        guard parser.parse(), parser.parserError == nil else {
            return "line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "parse failed")"
        }
        return nil
    }

    static func charts(_ html: String) -> Int { html.components(separatedBy: "<svg").count - 1 }

    @Test("a scenario: ranking, accuracy by forecaster, by lifecycle phase and by demand pattern, the tables in summary.md too")
    func scenario() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The quickstart scenario with eight forecasters, two of them named ensembles.
        _ = try await Run.evaluation(.of(scenario: Fixtures.quickstart, horizon: 7, windows: 6,
                                         forecasters: "naive,ses,holt,tsb,croston,ma,lo=median(naive,ses),hi=mean(holt,tsb)",
                                         replications: 2), into: folder, "scenario")
        let out = folder.appendingPathComponent("scenario")
        let html = try Fixtures.read(out, "report.html")
        #expect(Self.xmlError(html) == nil, "\(Self.xmlError(html) ?? "")")
        #expect(html.contains("Accuracy by forecaster") && html.contains("RMSSE against true demand"))
        #expect(html.contains("Coverage of the 80% interval"))
        // Paired differences; RMSSE, RMSSE vs truth, coverage; then by origin, by phase and by
        // pattern: RMSSE, RMSSE vs truth, bias; then the panels: one image holding 2 × 2 series.
        #expect(Self.charts(html) == 1 + 3 + 3 * 3 + 1 + 4)
        #expect(html.contains("Accuracy by demand pattern"))
        #expect(html.contains("Charts show the 6 best forecasters by overall RMSSE"), "8 forecasters, 6 in the phase charts")
        let accuracy = try Fixtures.read(out, "accuracy.csv")
        let phases = ["introduction", "growth", "maturity", "decline"].filter { accuracy.contains(",demand,\($0),rmsse,") }
        #expect(!phases.isEmpty)
        for phase in phases { #expect(html.contains("\(phase) RMSSE"), "\(phase) column in the phase table") }
        let summary = try Fixtures.read(out, "summary.md")
        #expect(summary.contains("## By lifecycle phase"))
        for phase in phases { #expect(summary.contains("\(phase) RMSSE")) }
        #expect(summary.contains("## By demand pattern"))
        // Every forecaster has a row in the ranking and in the phase table, in rank order.
        let first = try #require(summary.split(separator: "\n").first { $0.hasPrefix("| 1 | ") })
        let best = first.split(separator: "|")[1].trimmingCharacters(in: .whitespaces)
        #expect(html.contains("<strong>\(best)</strong>"), "the best forecaster in bold")
    }

    @Test("a history: no phases (said why) but demand patterns, the file name escaped, inert")
    func history() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(Self.hostileFile)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.history), to: copy)
        let result = try await Run.evaluation(.of(history: copy.path, horizon: 8, windows: 2, forecasters: "naive,ses,tsb"),
                                              into: folder, "history")
        #expect(result.title == "history \(Self.hostileFile)")
        let out = folder.appendingPathComponent("history")
        let html = try Fixtures.read(out, "report.html")
        #expect(Self.xmlError(html) == nil, "\(Self.xmlError(html) ?? "")")
        #expect(html.contains("&lt;b&gt;sales&lt;i&gt; &amp; &quot;q&quot;.csv"))
        #expect(!html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("A sales history does not say which lifecycle phase"))
        #expect(Self.charts(html) == 1 + 2 + 2 + 2 + 1 + 8,
                "paired differences; RMSSE and coverage by forecaster; RMSSE and bias by origin and by demand pattern; 8 panels in one image")
        let summary = try Fixtures.read(out, "summary.md")
        #expect(!summary.contains("By lifecycle phase") && summary.contains("## By demand pattern"))
        let accuracy = try Fixtures.read(out, "accuracy.csv")
        for pattern in ["smooth", "erratic", "intermittent", "lumpy"] where accuracy.contains("ses,demand,\(pattern),rmsse,") {
            #expect(html.contains("\(pattern) RMSSE"), "\(pattern) column")
        }
    }
}
