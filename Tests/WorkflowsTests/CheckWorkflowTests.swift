import Evaluation
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reporting
import Testing
import Workflows

/// The accuracy regression gate: recording, passing, failing, tolerance and invalid baselines.
@Suite("check workflow")
struct CheckWorkflowTests {
    /// A baseline on the real-data excerpt with nothing recorded yet, naming the excerpt by its
    /// absolute path.
    static func template() throws -> String {
        try Fixtures.text("excerpt-baseline.json")
            .replacingOccurrences(of: "\"Tests/Fixtures/online-retail-ii/weekly_demand.csv\"", with: "\"\(Fixtures.history)\"")
    }

    /// Runs the gate on `baselines`.
    static func check(_ baselines: [String], update: Bool = false, junit: URL? = nil,
                      events: EventLog? = nil) async throws -> CheckWorkflow.Result {
        var options = CheckWorkflow.Options(baselines: baselines)
        options.update = update
        options.junit = junit?.path
        return try await CheckWorkflow.run(options) { events?.record($0) }
    }

    /// Records the template into `folder/baseline.json` with an update; its path.
    static func recorded(in folder: URL) async throws -> URL {
        let file = folder.appendingPathComponent("baseline.json")
        try Self.template().write(to: file, atomically: true, encoding: .utf8)
        let log = EventLog()
        let result = try await check([file.path], update: true, events: log)
        #expect(result.rewritten == [file.path])
        #expect(log.events.contains { if case .baselineRewritten(file: file.path) = $0 { true } else { false } })
        return file
    }

    /// The baseline at `file` as JSON objects, edited by `edit`, written back.
    static func edit(_ file: URL, _ edit: (inout [String: Any]) -> Void) throws {
        var evaluation = try #require(
            (try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])?["evaluations"] as? [[String: Any]]
        )[0]
        edit(&evaluation)
        let data = try JSONSerialization.data(withJSONObject: ["evaluations": [evaluation]])
        try data.write(to: file)
    }

    /// Counts `<testcase>` and `<failure>` elements; nil when the XML is not well-formed.
    static func junitCounts(_ file: URL) throws -> (cases: Int, failures: Int)? {
        final class Counter: NSObject, XMLParserDelegate {
            var cases = 0
            var failures = 0
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == "testcase" { cases += 1 }
                if name == "failure" { failures += 1 }
            }
        }
        let parser = XMLParser(data: try Data(contentsOf: file))
        let counter = Counter()
        parser.delegate = counter
        return parser.parse() ? (counter.cases, counter.failures) : nil
    }

    /// The checks that failed or improved, as the gate describes them.
    static func described(_ result: CheckWorkflow.Result) -> [String] {
        result.evaluations.flatMap { $0.checks.filter { $0.fails || $0.verdict == .improved } }.map(GateReportText.describe)
    }

    @Test("unchanged code passes; the recorded values are the current ones; JUnit XML is well-formed")
    func passes() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try await Self.recorded(in: folder)
        let baseline = try String(contentsOf: file, encoding: .utf8)
        #expect(baseline.contains("\"rmsse\" : 0.96993755288855")) // naive, as score_cv.py scores statsforecast's Naive
        let junit = folder.appendingPathComponent("junit.xml")
        let log = EventLog()
        let result = try await Self.check([file.path], junit: junit, events: log)
        #expect(result.checks == 10 && result.evaluations.count == 1 && result.failed == 0)
        #expect(log.checked.count == 1 && log.checked.first?.evaluation == "excerpt")
        let counts = try #require(try Self.junitCounts(junit))
        #expect(counts.cases == 10 && counts.failures == 0)
    }

    @Test("a degraded forecaster under a recorded name fails the gate, saying what got worse and by how much")
    func degraded() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try await Self.recorded(in: folder)
        // The choice run under the name "ses" becomes SES with a fixed, far too small alpha.
        try Self.edit(file) { evaluation in
            var recorded = evaluation["recorded"] as? [[String: Any]] ?? []
            recorded[0]["choice"] = "ses(alpha=0.0001)"
            evaluation["recorded"] = recorded
        }
        let junit = folder.appendingPathComponent("junit.xml")
        let result = try await Self.check([file.path], junit: junit)
        #expect(result.failed > 0)
        let failures = result.evaluations.flatMap(\.failures).map(GateReportText.describe)
        #expect(failures.contains { $0.hasPrefix("excerpt › ses › rmsse: ") }, "\(failures)")
        #expect(!Self.described(result).contains { $0.contains("› naive ›") })
        let counts = try #require(try Self.junitCounts(junit))
        #expect(counts.cases == 10 && counts.failures >= 3)
    }

    @Test("a baseline demanding better than achievable accuracy fails; within tolerance passes")
    func tolerance() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try await Self.recorded(in: folder)
        func setRMSSE(_ scale: Double) throws {
            try Self.edit(file) { evaluation in
                var recorded = evaluation["recorded"] as? [[String: Any]] ?? []
                var values = recorded[1]["values"] as? [String: Double] ?? [:]
                values["rmsse"] = 0.96993755288855932 * scale // naive's RMSSE on the excerpt
                recorded[1]["values"] = values
                evaluation["recorded"] = recorded
            }
        }
        try setRMSSE(0.995) // 0.5% better than achievable: within the 1% tolerance
        #expect(try await Self.check([file.path]).failed == 0)
        try setRMSSE(0.95)
        let result = try await Self.check([file.path])
        #expect(result.failed > 0)
        let failures = result.evaluations.flatMap(\.failures).map(GateReportText.describe)
        #expect(failures.contains { $0.contains("excerpt › naive › rmsse: 0.9214 → 0.9699 (+0.0485, +5.3%") }, "\(failures)")
    }

    @Test("an invalid baseline is an input problem, distinct from a regression")
    func invalid() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try Self.template().replacingOccurrences(of: "\"wape\"", with: "\"accuracy\"").write(to: file, atomically: true, encoding: .utf8)
        var error = await expectFailure { try await Self.check([file.path]) }
        let input = try #require(error?.input as? BaselineError, "\(String(describing: error))")
        #expect(input.description.contains("unknown metric 'accuracy'"))
        try "{\"evaluations\": 3}".write(to: file, atomically: true, encoding: .utf8)
        error = await expectFailure { try await Self.check([file.path]) }
        #expect(error?.input is BaselineError)
    }

    @Test("no baselines in the folder searched by default is an input problem naming the folder")
    func noBaselines() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = CheckWorkflow.Options()
        options.folder = folder.path
        let error = await expectFailure { try await CheckWorkflow.run(options) }
        let input = try #require(error?.input as? BaselinesNotFound, "\(String(describing: error))")
        #expect(input.folder == folder.path)
    }

    @Test("a baseline's evaluation that cannot be set up names the file and the evaluation")
    func evaluationCannotBeSetUp() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.json")
        try Self.template().replacingOccurrences(of: Fixtures.history, with: folder.appendingPathComponent("missing.csv").path)
            .write(to: file, atomically: true, encoding: .utf8)
        let error = await expectFailure { try await Self.check([file.path]) }
        let input = try #require(error?.input as? BaselineEvaluationError, "\(String(describing: error))")
        #expect(input.file == file.path && input.index == 0 && input.name == "excerpt")
        guard case let .input(missing) = input.problem else { Issue.record("\(input.problem)"); return }
        #expect(String(describing: missing).contains("missing.csv"))
    }
}
