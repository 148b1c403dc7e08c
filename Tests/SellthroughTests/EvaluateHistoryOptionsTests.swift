import Foundation
import Testing

/// `evaluate`'s history options as the command words them: the notes naming the option that
/// would read a file differently, and the options refused without `--history`.
@Suite("sellthrough evaluate: history options")
struct EvaluateHistoryOptionsTests {
    @Test("a gap is a located error with a note naming --fill-gaps zero, which then fills it; missing columns name --id-col")
    func notes() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = (0..<30).filter { $0 != 20 }.map { "a,\(2022 + $0 / 12)-\(String(format: "%02d", $0 % 12 + 1))-01,\($0 % 5 + 1)" }
        let path = folder.appendingPathComponent("monthly.csv").path
        try (["sku,month,units"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let base = ["evaluate", "--history", path, "--horizon", "3", "--windows", "1", "--forecasters", "naive,snaive"]

        let missing = try CommandRunner.run(base + ["--out", folder.appendingPathComponent("missing").path])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("\(path):1: error: unique_id: the header has no 'unique_id' column"), "\(missing.standardError)")
        #expect(missing.standardError.contains("note: --id-col, --time-col and --target-col name the columns"))

        let mapped = base + ["--id-col", "sku", "--time-col", "month", "--target-col", "units"]
        let gap = try CommandRunner.run(mapped + ["--out", folder.appendingPathComponent("gap").path])
        #expect(gap.status == 1)
        #expect(gap.standardError.contains("\(path):22: error: month: series a has a gap: 1 date is missing before 2023-10-01 (2023-09-01)"),
                "\(gap.standardError)")
        #expect(gap.standardError.contains("note: --fill-gaps zero fills missing periods with y = 0"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("gap").path))

        let filled = try CommandRunner.run(mapped + ["--fill-gaps", "zero", "--out", folder.appendingPathComponent("filled").path])
        #expect(filled.status == 0, "\(filled.standardError)")
        #expect(filled.standardOutput.contains("1 missing period in 1 series filled with y = 0."), "\(filled.standardOutput)")
        let frame = try String(contentsOf: folder.appendingPathComponent("filled/forecasts.csv"), encoding: .utf8)
        #expect(frame.contains("\na,2024-04-01,2024-03-01,"), "\(frame)")
    }

    @Test("history options without --history, and an unknown gap rule, are command-line errors")
    func refused() throws {
        let scenario = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "1", "--fill-gaps", "zero"])
        #expect(scenario.status == 64)
        #expect(scenario.standardError.contains("--fill-gaps, --id-col, --time-col and --target-col apply to --history only"), "\(scenario.standardError)")
        let rule = try CommandRunner.run(["evaluate", "--history", CommandRunner.historyFile, "--horizon", "7", "--windows", "1",
                                          "--fill-gaps", "ones"])
        #expect(rule.status == 64)
        #expect(rule.standardError.contains("refuse") && rule.standardError.contains("zero"), "\(rule.standardError)")
    }
}
