import Foundation
import Testing

/// What `sellthrough evaluate` prints on standard error: the progress bar on a terminal only,
/// large biases and the refusal to rank (the evaluation itself is tested in process).
@Suite("sellthrough evaluate: standard error")
struct EvaluateStandardErrorTests {
    @Test("large biases and a refusal to rank are warnings on standard error; the results are written and the status is 0")
    func warnings() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let biased = try CommandRunner.run(["evaluate", "--history", CommandRunner.historyFile, "--horizon", "8", "--windows", "4",
                                            "--forecasters", "naive,ses,croston,snaive", "--out", folder.appendingPathComponent("biased").path])
        #expect(biased.status == 0, "\(biased.standardError)")
        #expect(biased.standardError.contains("warning: large bias: croston over-forecasts lumpy demand"), "\(biased.standardError)")

        // A fad that sells out its 300 buyers within weeks, then nothing for months.
        let out = folder.appendingPathComponent("tail")
        let tail = try CommandRunner.run(["evaluate", "Tests/Fixtures/fad.yaml", "--horizon", "7", "--windows", "3", "--forecasters", "naive,ses,croston",
                                          "--out", out.path])
        #expect(tail.status == 0)
        #expect(tail.standardError.contains("warning: not ranked: every one of the 3 scored series-windows sold nothing"),
                "\(tail.standardError)")
        #expect(tail.standardError.contains("launch+4,launch+8,launch+12") && tail.standardError.contains("--origins"))
        #expect(tail.standardError.contains("the results are in \(out.path) to look at"))
        #expect(!tail.standardOutput.split(separator: "\n").contains { $0.hasPrefix("1 ") }, "no rank 1 printed")
    }

    @Test("a progress bar on a terminal's standard error, none with --quiet, under CI or into a pipe",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressBar() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (quiet, underCI) in [(false, false), (true, false), (false, true)] {
            let out = folder.appendingPathComponent(quiet ? "quiet" : underCI ? "ci" : "bar")
            let command = ([CommandRunner.executable.path, "evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "2",
                            "--forecasters", "naive", "--out", out.path] + (quiet ? ["--quiet"] : [])).joined(separator: " ")
            // script(1) gives the command a terminal, as a user's shell would.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            process.currentDirectoryURL = CommandRunner.repository
            // The bar is off under CI (`CI` set, as CI services do even on a terminal): this test
            // may itself run under CI, so the variable is set or cleared for the child explicitly.
            var environment = ProcessInfo.processInfo.environment
            environment["CI"] = underCI ? "true" : nil
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            #expect(text.contains("series 2/2 [") == !(quiet || underCI), "\(text)")
        }
        let piped = try CommandRunner.run(["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "2",
                                           "--forecasters", "naive", "--out", folder.appendingPathComponent("piped").path])
        #expect(!piped.standardError.contains("series 2/2"))
    }
}
