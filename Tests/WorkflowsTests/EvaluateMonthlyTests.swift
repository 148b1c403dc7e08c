import Evaluation
import Foundation
import Testing
import Workflows

/// `evaluate` on a monthly history, end to end: the calendar reaches every output.
@Suite("evaluate workflow: monthly history")
struct EvaluateMonthlyTests {
    /// Three series of 36 months from January 2021 under the columns `sku, month, units`, a
    /// yearly pattern; series b misses March 2022 (filled with zeros), series c is dated by
    /// month ends when `monthEnds`.
    static func history(monthEnds: Bool = false) -> String {
        var lines = ["sku,month,units"]
        for (id, level) in [("a", 10.0), ("b", 20.0), ("c", 5.0)] {
            for period in 0..<36 where !(id == "b" && period == 14) {
                let (year, month) = (2021 + period / 12, period % 12 + 1)
                let days = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
                let day = monthEnds ? days : 1
                let value = level + Double([0, 1, 3, 5, 8, 9, 7, 5, 3, 2, 1, 0][month - 1]) + Double(period % 3)
                lines.append("\(id),\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),\(value)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func definition(_ path: String) throws -> EvaluationDefinition {
        var definition = try EvaluationDefinition.of(history: path, horizon: 6, windows: 2, forecasters: "naive,snaive,ses")
        definition.fillGaps = .zero
        definition.columns = HistoryColumnNames(id: "sku", time: "month", target: "units")
        return definition
    }

    @Test("month-start dates in forecasts.csv and the shown series, season 12, the filled gap noted")
    func monthStarts() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Fixtures.write(Self.history(), to: folder, as: "monthly.csv")
        let result = try await Run.evaluation(Self.definition(path), into: folder, "run") { $0.shownSeries = ["a"] }
        let out = folder.appendingPathComponent("run")
        let frame = try Fixtures.read(out, "forecasts.csv").split(separator: "\n").map(String.init)
        // 3 series × 2 windows × 6 months; cutoffs December 2022 and June 2023.
        #expect(frame.count == 1 + 36)
        #expect(frame[1].hasPrefix("a,2023-01-01,2022-12-01,"), "\(frame[1])")
        #expect(frame[6].hasPrefix("a,2023-06-01,2022-12-01,"), "\(frame[6])")
        #expect(frame[7].hasPrefix("a,2023-07-01,2023-06-01,"), "\(frame[7])")
        #expect(frame[12].hasPrefix("a,2023-12-01,2023-06-01,"), "\(frame[12])")
        // snaive repeats the same month a year before: a's July 2023 is its July 2022 (level 10 + 7 + 18 % 3).
        let header = frame[0].split(separator: ",", omittingEmptySubsequences: false)
        let snaive = try #require(header.firstIndex(of: "snaive"))
        #expect(frame[7].split(separator: ",", omittingEmptySubsequences: false)[snaive] == "17")
        let manifest = try Fixtures.read(out, "manifest.json")
        #expect(manifest.contains("\"frequency\" : \"monthly\"") && manifest.contains("\"season\" : 12"))
        #expect(manifest.contains("\"filledGaps\" : {"))
        #expect(result.summary.notes.contains("1 missing period in 1 series filled with y = 0."), "\(result.summary.notes)")
        #expect(try Fixtures.read(out, "summary.md").contains("1 missing period in 1 series filled with y = 0."))
        let shown = try Fixtures.read(out, "shown-series.csv")
        #expect(shown.contains("a,2022-02-01,") && shown.contains("a,2023-12-01,"))
        #expect(try Fixtures.read(out, "report.html").contains("month"))
    }

    @Test("month-end dates come back as month ends; without filling, the gap is refused with the remedy")
    func monthEnds() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Fixtures.write(Self.history(monthEnds: true), to: folder, as: "monthly.csv")
        _ = try await Run.evaluation(Self.definition(path), into: folder, "run")
        let frame = try Fixtures.read(folder.appendingPathComponent("run"), "forecasts.csv")
        #expect(frame.contains("\na,2023-02-28,2022-12-31,") && frame.contains("\nc,2023-06-30,2022-12-31,"), "\(frame.prefix(400))")
        var refusing = try Self.definition(path)
        refusing.fillGaps = nil
        let error = await expectFailure { try await Run.evaluation(refusing, into: folder, "refused") }
        guard let problems = error?.input as? InputFileError else {
            Issue.record("expected the history's problems, got \(String(describing: error))")
            return
        }
        #expect(problems.remedies == [.fillGaps])
        #expect(problems.description.contains(":52: month: series b has a gap: 1 date is missing before 2022-04-30 (2022-03-31)"),
                "\(problems.description)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("refused").path))
    }
}
