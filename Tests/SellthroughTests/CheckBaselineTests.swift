import Foundation
import Testing

/// `check` on baselines that cannot mean what they say: each is refused with exit 3 and its
/// place, before anything runs — never an abort, a regression (1), or a pass that checks nothing.
@Suite("sellthrough check refuses invalid baselines")
struct CheckBaselineTests {
    @Test("each invalid baseline exits 3, naming file, line, column and field", arguments: [
        // The cases: 1e12 replications aborted, a negative tolerance failed as "WORSE +0",
        // an empty gate passed with "0 checks", empty seeds exited 1, unknown keys were ignored,
        // malformed JSON had no position.
        ("\"replications\": 2", "\"replications\": 1e12", "baseline.json:2:", "evaluations[0].evaluation.replications: the number of replications must be 1…10,000"),
        ("\"relative\": 0.01", "\"relative\": -0.5", "baseline.json:4:", "evaluations[0].tolerance.relative: must be 0…100, not -0.5"),
        ("\"seeds\": [42]", "\"seeds\": []", "baseline.json:2:", "evaluations[0].evaluation.seeds: the number of seeds must be 1…1,000, not 0"),
        ("\"tolerance\":", "\"tolerence\": {}, \"tolerance\":", "baseline.json:4:", "unknown key in evaluations[0] (did you mean 'tolerance'?)"),
        ("\"windows\": 1,", "\"windows\": 1,,", "baseline.json:3:", "not JSON: expected a key in double quotes, found ','"),
        ("\"horizon\": 7", "\"horizon\": 1e12", "baseline.json:3:", "the horizon (periods) must be 1…1,000"),
    ])
    func refused(old: String, new: String, place: String, message: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.json")
        let text = """
            {"evaluations": [
              {"evaluation": {"name": "q", "scenario": "Scenarios/quickstart.yaml", "seeds": [42], "replications": 2,
                              "horizon": 7, "windows": 1, "levels": [80]},
               "metrics": ["rmsse"], "tolerance": {"relative": 0.01, "absolute": 0.001},
               "recorded": [{"name": "naive", "choice": "naive", "values": {"rmsse": 1}}]}]}
            """
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", file.path])
        #expect(result.status == 3, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardError.contains(file.path.replacingOccurrences(of: "baseline.json", with: place)), "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!result.standardOutput.contains("checks in"), "nothing may run: \(result.standardOutput)")
    }

    @Test("a gate that checks nothing is refused (3), not passed with 0 checks")
    func checksNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("empty.json")
        try "{\"evaluations\": []}".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", file.path])
        #expect(result.status == 3, "\(result.standardOutput)")
        #expect(result.standardError.contains("empty.json:1:17: error: evaluations: no evaluations: the gate would check nothing"),
                "\(result.standardError)")
    }

    @Test("every baseline is checked before any evaluation runs")
    func checkedFirst() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try "{\"evaluations\": 3}".write(to: bad, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", "Results/baselines/quickstart.json", "--baseline", bad.path])
        #expect(result.status == 3)
        #expect(result.standardOutput.isEmpty, "the quickstart baseline ran first: \(result.standardOutput)")
        #expect(result.standardError.contains("bad.json:1:17: error: evaluations: expected a list [ … ], found 3"), "\(result.standardError)")
    }
}
