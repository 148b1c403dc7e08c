import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// End-to-end tests of the regression gate `sellthrough check`.
@Suite("sellthrough check")
struct CheckCommandTests {
    /// A baseline on the real-data excerpt with nothing recorded yet.
    static let template = """
        {"evaluations": [{
          "evaluation": {"name": "excerpt", "history": "Tests/Fixtures/online-retail-ii/weekly_demand.csv",
                         "horizon": 8, "windows": 4, "levels": [80]},
          "metrics": ["rmsse", "mase", "wape", "bias", "coverage_80"],
          "tolerance": {"relative": 0.01, "absolute": 0.001},
          "recorded": [{"name": "ses", "choice": "ses", "values": {}}, {"name": "naive", "choice": "naive", "values": {}}]}]}
        """

    /// Records the template into `folder/baseline.json` with `check --update`; its path.
    static func recorded(in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("baseline.json")
        try template.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", file.path, "--update"])
        #expect(result.status == 0, "\(result.standardError)")
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

    @Test("unchanged code passes; the recorded values are the current ones; JUnit XML is well-formed")
    func passes() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.recorded(in: folder)
        let baseline = try String(contentsOf: file, encoding: .utf8)
        #expect(baseline.contains("\"rmsse\" : 0.96993755288855")) // naive, as score_cv.py scores statsforecast's Naive
        let junit = folder.appendingPathComponent("junit.xml")
        let result = try CommandRunner.run(["check", "--baseline", file.path, "--junit", junit.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("10 checks in 1 evaluation: 0 failed"))
        let counts = try #require(try Self.junitCounts(junit))
        #expect(counts.cases == 10 && counts.failures == 0)
    }

    @Test("a degraded forecaster under a recorded name fails the gate, saying what got worse and by how much")
    func degraded() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.recorded(in: folder)
        // The choice run under the name "ses" becomes SES with a fixed, far too small alpha.
        try Self.edit(file) { evaluation in
            var recorded = evaluation["recorded"] as? [[String: Any]] ?? []
            recorded[0]["choice"] = "ses(alpha=0.0001)"
            evaluation["recorded"] = recorded
        }
        let junit = folder.appendingPathComponent("junit.xml")
        let result = try CommandRunner.run(["check", "--baseline", file.path, "--junit", junit.path])
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("WORSE  excerpt › ses › rmsse: "))
        #expect(!result.standardOutput.contains("› naive ›"))
        let counts = try #require(try Self.junitCounts(junit))
        #expect(counts.cases == 10 && counts.failures >= 3)
    }

    @Test("a baseline demanding better than achievable accuracy fails; within tolerance passes")
    func tolerance() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.recorded(in: folder)
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
        #expect(try CommandRunner.run(["check", "--baseline", file.path]).status == 0)
        try setRMSSE(0.95)
        let result = try CommandRunner.run(["check", "--baseline", file.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("excerpt › naive › rmsse: 0.9214 → 0.9699 (+0.0485, +5.3%"))
    }

    @Test("an invalid baseline is an input error (3), distinct from a regression (1)")
    func invalid() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try Self.template.replacingOccurrences(of: "\"wape\"", with: "\"accuracy\"").write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", file.path])
        #expect(result.status == 3)
        #expect(result.standardError.contains("unknown metric 'accuracy'"))
        try "{\"evaluations\": 3}".write(to: file, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["check", "--baseline", file.path]).status == 3)
    }
}
