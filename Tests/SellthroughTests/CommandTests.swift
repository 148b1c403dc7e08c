import Foundation
import Testing

/// End-to-end tests of the command-line tool, run as a separate process.
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

    @Test("every bundled scenario simulates, twice with the same bytes (seed named in the file)")
    func simulateBundled() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try CommandRunner.everydayScenarios() {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let first = folder.appendingPathComponent(name + "-1")
            let second = folder.appendingPathComponent(name + "-2")
            let one = try CommandRunner.run(["simulate", file, "--out", first.path])
            let two = try CommandRunner.run(["simulate", file, "--out", second.path])
            #expect(one.status == 0, "\(file): \(one.standardError)")
            #expect(two.status == 0, "\(file): \(two.standardError)")
            let demand = try Data(contentsOf: first.appendingPathComponent("demand.csv"))
            #expect(demand == (try Data(contentsOf: second.appendingPathComponent("demand.csv"))), "\(file) not reproducible")
            #expect(demand.count > 100, "\(file) produced almost nothing")
            #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("scenario.yaml").path))
            #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("manifest.json").path))
            // The summary table names every product.
            #expect(one.standardOutput.contains("peak date"))
        }
    }

    @Test("another seed or replication gives other demand; the resolved scenario re-runs to the same demand")
    func seedsAndResolvedScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func demand(_ arguments: [String], _ name: String) throws -> Data {
            let out = folder.appendingPathComponent(name)
            let result = try CommandRunner.run(["simulate"] + arguments + ["--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
            return try Data(contentsOf: out.appendingPathComponent("demand.csv"))
        }
        let base = try demand(["Scenarios/quickstart.yaml", "--seed", "7"], "base")
        #expect(try demand(["Scenarios/quickstart.yaml", "--seed", "8"], "seed8") != base)
        #expect(try demand(["Scenarios/quickstart.yaml", "--seed", "7", "--replication", "1"], "rep1") != base)
        let resolved = folder.appendingPathComponent("base/scenario.yaml").path
        #expect(try demand([resolved, "--seed", "7"], "resolved") == base)
    }

    @Test("an invalid scenario: exit 1, file:line:column and field on stderr, nothing written")
    func invalidScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try """
            name: bad
            calendar: {start: 2026-01-05, periods: 30}
            products:
              - id: a
                price: 10
                lifecycle: {bass: {market_size: -5, innovation: 0.01, imitation: 0.1}}
                noise: {negative_binomial: {dispersion: 0}}
            """.write(to: bad, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["simulate", bad.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("bad.yaml:6:"), "\(result.standardError)")
        #expect(result.standardError.contains("products[0].lifecycle.bass.market_size"), "\(result.standardError)")
        #expect(result.standardError.contains("products[0].noise"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let validate = try CommandRunner.run(["validate", bad.path, "Scenarios/quickstart.yaml"])
        #expect(validate.status == 1)
        #expect(validate.standardOutput.contains("ok: Scenarios/quickstart.yaml"))
    }

    @Test("a missing file: exit 1 with the path in the message")
    func missingFile() throws {
        let result = try CommandRunner.run(["simulate", "Scenarios/no-such-file.yaml", "--out", "/tmp/never-\(UUID())"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no-such-file.yaml"))
    }

    @Test("an existing output folder is never overwritten: exit 2, its contents untouched")
    func existingOutput() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keep = folder.appendingPathComponent("precious.txt")
        try "keep me".write(to: keep, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["simulate", "Scenarios/quickstart.yaml", "--out", folder.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("already exists"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["precious.txt"])
    }

    @Test("help on every command mentions the exit statuses; a wrong option exits 64",
          arguments: [["--help"], ["validate", "--help"], ["simulate", "--help"], ["bench", "--help"]])
    func help(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Exit status") || result.standardOutput.contains("USAGE"))
    }

    @Test("a wrong command line exits 64")
    func usageError() throws {
        #expect(try CommandRunner.run(["simulate", "--no-such-option"]).status == 64)
        #expect(try CommandRunner.run(["simulate", "Scenarios/quickstart.yaml", "--replication", "-1"]).status == 64)
    }
}
