import Evaluation
import Foundation
import Testing
import Workflows

/// The gate on baselines that cannot mean what they say: each is refused with its place before
/// anything runs — never an abort, a regression, or a pass that checks nothing.
@Suite("check workflow refuses invalid baselines")
struct CheckBaselineTests {
    @Test("each invalid baseline is refused, naming file, line, column and field", arguments: [
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
    func refused(old: String, new: String, place: String, message: String) async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.json")
        let text = """
            {"evaluations": [
              {"evaluation": {"name": "q", "scenario": "\(Fixtures.quickstart)", "seeds": [42], "replications": 2,
                              "horizon": 7, "windows": 1, "levels": [80]},
               "metrics": ["rmsse"], "tolerance": {"relative": 0.01, "absolute": 0.001},
               "recorded": [{"name": "naive", "choice": "naive", "values": {"rmsse": 1}}]}]}
            """
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        let log = EventLog()
        let error = await expectFailure { try await CheckWorkflowTests.check([file.path], events: log) }
        let input = try #require(error?.input as? BaselineError, "\(String(describing: error))")
        #expect(input.description.contains(file.path.replacingOccurrences(of: "baseline.json", with: place)), "\(input)")
        #expect(input.description.contains(message), "\(input)")
        #expect(log.checked.isEmpty, "nothing may run")
    }

    @Test("a gate that checks nothing is refused, not passed with 0 checks")
    func checksNothing() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write("{\"evaluations\": []}", to: folder, as: "empty.json")
        let error = await expectFailure { try await CheckWorkflowTests.check([file]) }
        let input = try #require(error?.input as? BaselineError, "\(String(describing: error))")
        #expect(input.description.contains("empty.json:1:17: error: evaluations: no evaluations: the gate would check nothing"), "\(input)")
    }

    @Test("every baseline is checked before any evaluation runs")
    func checkedFirst() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Fixtures.write("{\"evaluations\": 3}", to: folder, as: "bad.json")
        let log = EventLog()
        let error = await expectFailure {
            try await CheckWorkflowTests.check([Fixtures.path("Results/baselines/quickstart.json"), bad], events: log)
        }
        #expect(log.events.isEmpty, "the quickstart baseline ran first: \(log.events)")
        let input = try #require(error?.input as? BaselineError, "\(String(describing: error))")
        #expect(input.description.contains("bad.json:1:17: error: evaluations: expected a list [ … ], found 3"), "\(input)")
    }
}
