import Foundation
import Testing

/// The command-line tool as a separate process: the binary, `validate`, help and usage. What
/// the commands do is tested in process (WorkflowsTests).
@Suite("sellthrough command")
struct CommandTests {
    @Test("the executable is built beside the tests")
    func executableExists() {
        #expect(FileManager.default.isExecutableFile(atPath: CommandRunner.executable.path),
                "missing \(CommandRunner.executable.path)")
    }

    @Test("validate accepts every bundled scenario")
    func validateBundled() throws {
        let files = try CommandRunner.bundledScenarios()
        #expect(files.count >= 6)
        let result = try CommandRunner.run(["validate"] + files)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("ok: ") }.count == files.count)
    }

    @Test("validate: an invalid scenario exits 1 with file:line:column and field on stderr; the valid one is still ok")
    func invalidScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try CommandRunner.fixture("invalid-market.yaml").write(to: bad, atomically: true, encoding: .utf8)
        let validate = try CommandRunner.run(["validate", bad.path, "Scenarios/quickstart.yaml"])
        #expect(validate.status == 1)
        #expect(validate.standardError.contains("bad.yaml:6:"), "\(validate.standardError)")
        #expect(validate.standardError.contains("products[0].lifecycle.bass.market_size"), "\(validate.standardError)")
        #expect(validate.standardError.contains("products[0].noise"), "\(validate.standardError)")
        #expect(validate.standardOutput.contains("ok: Scenarios/quickstart.yaml"))
    }

    @Test("help on every command mentions the exit statuses; a wrong option exits 64",
          arguments: [["--help"], ["validate", "--help"], ["simulate", "--help"], ["bench", "--help"]])
    func help(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Exit status") || result.standardOutput.contains("USAGE"))
    }

    @Test("bench --censoring prints one row per estimator with its bias and MAE")
    func censoringBench() throws {
        let result = try CommandRunner.run(["bench", "--censoring", "Scenarios/censoring-lifecycle.yaml", "--replications", "1"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("censoring benchmark: censoring-lifecycle, strategy ses × fc-60, 1 replication, 20 series"))
        for name in ["as-sales", "product-limit", "censored-likelihood", "comparable-periods"] {
            #expect(result.standardOutput.contains("\n| \(name) | "), "\(name)")
        }
    }

    @Test("a wrong command line exits 64")
    func usageError() throws {
        #expect(try CommandRunner.run(["simulate", "--no-such-option"]).status == 64)
        #expect(try CommandRunner.run(["simulate", "Scenarios/quickstart.yaml", "--replication", "-1"]).status == 64)
    }
}
