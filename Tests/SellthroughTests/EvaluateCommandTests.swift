import Foundation
import Testing

/// End-to-end tests of `sellthrough evaluate`, as a separate process.
@Suite("sellthrough evaluate")
struct EvaluateCommandTests {
    static let historyFile = "Tests/Fixtures/online-retail-ii/weekly_demand.csv"
    static let products = "Tests/Fixtures/online-retail-ii/products.csv"
    static let files = ["forecasts.csv", "accuracy.csv", "summary.md", "manifest.json", "report.html"]

    static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("the real-data excerpt: statsforecast's frame layout, tidy accuracy, ranked summary")
    func history() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["evaluate", "--history", Self.historyFile, "--products", Self.products, "--horizon", "8",
                                            "--windows", "4", "--forecasters", "naive,ses", "--levels", "80,95", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        for name in Self.files { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)") }
        let frame = try Self.read(out, "forecasts.csv").split(separator: "\n")
        #expect(frame.first == "unique_id,ds,cutoff,y,naive,naive-lo-95,naive-lo-80,naive-hi-80,naive-hi-95,ses,ses-lo-95,ses-lo-80,ses-hi-80,ses-hi-95")
        // 8 series of ≥ 48 weeks (23007 has 39 and is skipped) × 4 windows × 8 weeks.
        #expect(frame.count == 1 + 8 * 32)
        #expect(frame[1].hasPrefix("15030,2011-04-25,2011-04-18,"))
        let accuracy = try Self.read(out, "accuracy.csv")
        #expect(accuracy.hasPrefix("forecaster,target,scope,metric,value,unique_id,message\n"))
        // Agrees with score_cv.py on this frame (see EvaluationTests' ScoreAgreementTests).
        #expect(accuracy.contains("naive,demand,all,rmsse,0.96993755288855"))
        #expect(accuracy.contains("naive,demand,all,mase,1.154980739901"))
        #expect(result.standardOutput.contains("8 of 9 series evaluated"))
        #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("1  ses") })
        let summary = try Self.read(out, "summary.md")
        #expect(summary.contains("| 1 | ses |"))
        let manifest = try Self.read(out, "manifest.json")
        #expect(manifest.contains("\"minimumLength\" : 48"))
    }

    @Test("a bundled scenario: truth column, phase scopes and accuracy against the truth")
    func scenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "3",
                                            "--forecasters", "naive,ses,blend=mean(naive,ses)", "--replications", "2", "--out", out.path])
        #expect(result.status == 0, "\(result.standardError)")
        let frame = try Self.read(out, "forecasts.csv")
        #expect(frame.hasPrefix("unique_id,ds,cutoff,y,truth,naive,"))
        #expect(frame.contains("@s42r1,"))
        let accuracy = try Self.read(out, "accuracy.csv")
        #expect(accuracy.contains("blend,truth,all,rmsse,"))
        #expect(accuracy.contains(",demand,maturity,mae,") || accuracy.contains(",demand,growth,mae,"))
    }

    @Test("every everyday scenario evaluates end to end")
    func everyScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try CommandRunner.everydayScenarios() {
            let out = folder.appendingPathComponent(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
            let result = try CommandRunner.run(["evaluate", file, "--horizon", "7", "--windows", "2",
                                                "--forecasters", "naive,ses,croston,bass,analog", "--out", out.path])
            #expect(result.status == 0, "\(file): \(result.standardError)")
            for name in Self.files { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(file): \(name)") }
            #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("1 ") }, "\(file)")
        }
    }

    @Test("results are byte-identical with 1 and 3 threads")
    func threads() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var contents: [[String]] = []
        for threads in ["1", "3"] {
            let out = folder.appendingPathComponent("t\(threads)")
            let result = try CommandRunner.run(["evaluate", "--history", Self.historyFile, "--horizon", "6", "--windows", "3",
                                                "--step", "4", "--threads", threads, "--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
            contents.append(try ["forecasts.csv", "accuracy.csv", "summary.md", "report.html"].map { try Self.read(out, $0) })
        }
        #expect(contents[0] == contents[1])
    }

    @Test("bad input is refused with a clear message and nothing is written: 1 for the file, 64 for the options", arguments: [
        (["--history", "BAD", "--horizon", "4", "--windows", "2"], Int32(1), ":3: error: y: -2 is negative"),
        (["--history", historyFile, "--horizon", "4", "--windows", "2", "--forecasters", "ses,nope"], Int32(64), "unknown forecaster 'nope'"),
        (["--history", historyFile, "--horizon", "4", "--windows", "2", "--levels", "80,x"], Int32(64), "--levels: 'x' is not a number"),
        (["--history", historyFile, "--horizon", "4", "--windows", "2", "--levels", "120"], Int32(64), "interval level 120"),
        (["--history", historyFile, "--horizon", "4", "--windows", "2", "--forecasters", "ses,ses"], Int32(64), "named twice"),
        (["Scenarios/quickstart.yaml", "--history", historyFile, "--horizon", "4", "--windows", "2"], Int32(64), "exactly one"),
    ])
    func badInput(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.csv")
        try "unique_id,ds,y\na,2024-01-01,1\na,2024-01-08,-2\n".write(to: bad, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("run")
        let result = try CommandRunner.run(["evaluate"] + arguments.map { $0 == "BAD" ? bad.path : $0 } + ["--out", out.path])
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
