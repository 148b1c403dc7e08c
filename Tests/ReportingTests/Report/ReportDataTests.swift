import Foundation
import Testing
@testable import Reporting

@Suite("Report data and run folders")
struct ReportDataTests {
    @Test("report data survives JSON, and the page drawn from the files equals the page drawn from the values")
    func roundTrip() throws {
        let data = ReportFixtures.data(name: ReportFixtures.hostileName)
        let bytes = try data.encoded()
        #expect(try JSONDecoder().decode(ReportData.self, from: bytes) == data)
        #expect(try data.encoded() == bytes, "encoding is deterministic")
        let summaryJSON = try ReportFixtures.summaryJSON(name: ReportFixtures.hostileName)
        let fromFiles = try RunReport(summaryJSON: summaryJSON, reportDataJSON: bytes, version: "9.9.9", folder: "run")
        #expect(fromFiles.html == RunReport(summary: try ReportFixtures.summary(name: ReportFixtures.hostileName), data: data).html)
        // Nulls for the first period's missing interval, and no pretty-printing.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"forecastLow\":[null,"))
        #expect(!text.contains("\n"))
    }

    @Test("report data of another version or format, or of another run, is refused")
    func refused() throws {
        let summaryJSON = try ReportFixtures.summaryJSON()
        let bytes = try ReportFixtures.data().encoded()
        #expect(throws: ReportSourceError.self) {
            try RunReport(summaryJSON: summaryJSON, reportDataJSON: bytes, version: "1.0.0", folder: "run")
        }
        var other = ReportFixtures.data()
        other.scenario.strategies[0] = "someone else"
        #expect(throws: ReportSourceError.self) {
            try RunReport(summaryJSON: summaryJSON, reportDataJSON: try other.encoded(), version: "9.9.9", folder: "run")
        }
        #expect(throws: ReportSourceError.self) {
            try RunReport(summaryJSON: Data("{}".utf8), reportDataJSON: bytes, version: "9.9.9", folder: "run")
        }
    }

    @Test("a folder that is missing, not a run, incomplete, a shard or of another version gets a clear error")
    func folders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sellthrough-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        func problem(_ folder: URL) -> String {
            do {
                _ = try RunReport.reading(folder: folder.path, version: "9.9.9")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(problem(root.appendingPathComponent("absent")).contains("no such folder"))
        let run = root.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        #expect(problem(run).contains("is not a run folder: it has no manifest.json"))
        func manifest(version: String, replications: Int?) throws {
            let value = RunManifest(tool: "sellthrough", version: version, command: [], scenarioFile: "s.yaml", scenario: "tiny",
                                    seed: 7, replication: replications == nil ? 0 : nil, replications: replications,
                                    generator: "mt19937", startedAt: Date(timeIntervalSince1970: 0), seconds: [:])
            try ResultJSON.encode(value).write(to: run.appendingPathComponent("manifest.json"))
        }
        try manifest(version: "0.0.1", replications: 3)
        #expect(problem(run).contains("was written by sellthrough 0.0.1; this is 9.9.9"))
        try manifest(version: "9.9.9", replications: nil)
        #expect(problem(run).contains("`sellthrough simulate`"))
        try manifest(version: "9.9.9", replications: 3)
        #expect(problem(run).contains("is incomplete: scenario.yaml is missing"))
        try Data("name: tiny\n".utf8).write(to: run.appendingPathComponent("scenario.yaml"))
        try ReportFixtures.summaryJSON().write(to: run.appendingPathComponent("summary.json"))
        #expect(problem(run).contains("is incomplete: report-data.json is missing"))
        try ReportFixtures.data().encoded().write(to: run.appendingPathComponent(ReportData.fileName))
        #expect(problem(run) == "no error")
        #expect(try RunReport.reading(folder: run.path, version: "9.9.9").html == ReportFixtures.report().html)
        // A summary in the earlier camelCase format, or not JSON at all, is refused and says so.
        let summary = try ReportFixtures.summaryJSON()
        try Data(String(decoding: summary, as: UTF8.self).replacingOccurrences(of: "sellthrough-summary/2", with: "sellthrough-summary/1")
            .utf8).write(to: run.appendingPathComponent("summary.json"))
        #expect(problem(run).contains("summary.json: is in format 'sellthrough-summary/1'; this sellthrough reads 'sellthrough-summary/2'"))
        try Data("{\"periodLength\": \"day\"}".utf8).write(to: run.appendingPathComponent("summary.json"))
        #expect(problem(run).contains("is in format 'none'"))
        try Data("not json".utf8).write(to: run.appendingPathComponent("summary.json"))
        #expect(problem(run).contains("cannot be read as a run summary"))
        try summary.write(to: run.appendingPathComponent("summary.json"))
        try Data("{}".utf8).write(to: run.appendingPathComponent(PartialResult.fileName))
        #expect(problem(run).contains("is one shard's partial result"))
    }
}
