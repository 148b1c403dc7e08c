import Foundation
import Testing

/// What the command line refuses before any work: malformed, conflicting or out-of-bounds
/// options exit 64 with `error:` naming the option, and nothing is written (as a user sees it).
@Suite("sellthrough: the command line refused")
struct CommandLineTests {
    /// Runs `arguments` with `--out` in a new folder; expects exit 64, `message` on stderr and no output.
    static func refused(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("never")
        let result = try CommandRunner.run(arguments + ["--out", out.path])
        #expect(result.status == 64, "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.hasPrefix("error: "), "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.contains(message), "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: out.path), sourceLocation: sourceLocation)
    }

    @Test("simulate --replications outside 1…10000", arguments: ["0", "10001", "-2"])
    func simulateReplications(count: String) throws {
        try Self.refused(["simulate", "Scenarios/quickstart.yaml", "--replications", count], "--replications")
    }

    @Test("run --replications 0, and a shard outside the run's shards")
    func run() throws {
        try Self.refused(["run", "Scenarios/quickstart.yaml", "--replications", "0"], "--replications must be 1…1,000,000")
        try Self.refused(["run", "Scenarios/quickstart.yaml", "--shard", "2/2"], "outside 0…1")
    }

    @Test("evaluate: malformed or conflicting origins, a malformed level", arguments: [
        (["--origins", "launch+4,end-8"], "mix anchors"),
        (["--origins", "launch+0"], "from 1 to 1000000"),
        (["--origins", "end-3"], "fewer than the horizon 8"),
        (["--origins", "begin+4"], "is not an origin"),
        (["--origins", "launch+4,launch+4"], "given twice"),
        (["--origins", "launch+4", "--windows", "2"], "either --origins or --windows"),
        (["--origins", "launch+4", "--step", "2"], "either --origins or --windows"),
        ([], "give --windows N"),
        (["--windows", "2", "--levels", "80,x"], "--levels: 'x' is not a number"),
    ])
    func evaluate(_ arguments: [String], _ message: String) throws {
        try Self.refused(["evaluate", "Scenarios/electronics-launch.yaml", "--horizon", "8"] + arguments, message)
    }

    @Test("report needs a folder")
    func report() throws {
        #expect(try CommandRunner.run(["report"]).status == 64)
    }
}
