import Foundation
import Testing

/// `sellthrough whatif` as a separate process: what it prints, its exit statuses and how it
/// words refusals (the option that made them first). The study's results, files and refusals
/// are tested in process (WorkflowsTests, "what-if workflow").
@Suite("sellthrough whatif")
struct WhatIfCommandTests {
    /// `Tests/Fixtures/whatif-launch.yaml`: a one-buy launch whose maturity level is uncertain.
    static func scenario() throws -> String {
        try CommandRunner.fixture("whatif-launch.yaml")
    }

    static let files = ["whatif.csv", "whatif.json", "whatif.md", "report.html", "scenario.yaml", "manifest.json"]

    /// A temporary folder holding the scenario as `launch.yaml`.
    static func folder() throws -> (URL, String) {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("launch.yaml")
        try scenario().write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path)
    }

    @Test("a sweep prints the table, the hint for --wide and the folder, which holds the files")
    func sweep() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["whatif", file, "--vary", "products[widget].initial_stock=0:1200:300",
                                            "--constraint", "fill_rate>=0.8", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
        for name in Self.files {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        #expect(result.standardOutput.contains("Recommended: products[widget].initial_stock = "), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("Refinement: "))
        #expect(result.standardOutput.hasSuffix("(--wide shows every column)\nwrote \(out.path)\n"), "\(result.standardOutput)")
    }

    @Test("bad input is refused with a clear message and nothing is written", arguments: [
        (["--vary", "products[widget].initial_stok=100,200"], Int32(64), "error: --vary products[widget].initial_stok: products[widget] has no field 'initial_stok'"),
        (["--vary", "products[widget].initial_stock=100:500:0"], Int32(64), "step of 0"),
        (["--vary", "products[widget].initial_stock=500:100:100"], Int32(64), "is empty"),
        (["--vary", "products[widget].initial_stock=1,2", "--constraint", "fill>=0.9"], Int32(64), "unknown measure 'fill'"),
        (["--vary", "products[widget].initial_stock=1,2", "--constraint", "fill>=0.9"], Int32(64), "stockout_probability"),
        (["--vary", "products[widget].initial_stock=-100,200"], Int32(64), "launch.yaml:12:"),
        (["--vary", "products[widget].initial_stock=1,2", "--strategy", "ses x launch-only"], Int32(64), "error: --strategy"),
        (["--vary", "products[widget].initial_stock=1,2", "--replications", "0"], Int32(64), "--replications must be 1…1,000,000, not 0"),
        (["--vary", "a=1", "--vary", "b=2", "--vary", "c=3"], Int32(64), "one or two fields"),
        ([String](), Int32(64), "--vary PATH=VALUES"),
    ])
    func badInput(arguments: [String], status: Int32, words: String) throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("never")
        let result = try CommandRunner.run(["whatif", file, "--out", out.path, "--quiet"] + arguments)
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.contains(words), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a scenario whose uncertainty names no field is invalid input, reported with its line")
    func badScenario() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try Self.scenario().replacingOccurrences(of: "phases[maturity].to", with: "phases[maturty].to")
            .write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("never")
        let result = try CommandRunner.run(["whatif", file.path, "--vary", "products[widget].initial_stock=1,2",
                                            "--out", out.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("bad.yaml:18:"), "\(result.standardError)")
        #expect(result.standardError.contains("did you mean 'maturity'?"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // validate reports the same.
        let validate = try CommandRunner.run(["validate", file.path])
        #expect(validate.status == 1)
        #expect(validate.standardError.contains("uncertainty[0].path"))
    }
}
