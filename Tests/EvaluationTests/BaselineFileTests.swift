import Foundation
import Testing
@testable import Evaluation

/// Reading baseline files for the gate: every problem refused with its line, column and field.
@Suite("baseline files")
struct BaselineFileTests {
    /// A valid baseline; `replace` edits its text.
    static func text(_ replacements: [(String, String)] = []) -> String {
        var text = """
            {"evaluations": [
              {"evaluation": {"name": "q", "scenario": "Scenarios/quickstart.yaml", "seeds": [42], "replications": 2,
                              "horizon": 7, "windows": 3, "levels": [80]},
               "metrics": ["rmsse", "wape", "coverage_80", "pinball_0.9"],
               "tolerance": {"relative": 0.01, "absolute": 0.001},
               "tolerances": {"coverage_80": {"relative": 0, "absolute": 0.02}},
               "recorded": [{"name": "ses", "choice": "ses", "values": {"rmsse": 0.9}},
                            {"name": "blend", "choice": "blend=median(ses,naive)", "values": {}}]}]}
            """
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        return text
    }

    /// The issues of loading `text` as a file (empty when it loads).
    static func issues(_ text: String) throws -> [BaselineIssue] {
        let file = try TestFiles.write(text, name: "baseline.json")
        do {
            _ = try BaselineFile.load(file)
            return []
        } catch {
            return error.issues
        }
    }

    /// The only issue of `text`, rendered with the file name `baseline.json`.
    static func issue(_ text: String) throws -> String? {
        let found = try issues(text)
        guard found.count == 1 else { return found.isEmpty ? nil : found.map(\.description).joined(separator: " | ") }
        var issue = found[0]
        issue.file = "baseline.json"
        return issue.description
    }

    @Test("a valid baseline loads, and every committed baseline does")
    func valid() throws {
        #expect(try Self.issues(Self.text()).isEmpty)
        let folder = TestFiles.repository.appendingPathComponent("Results/baselines")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 7)
        for name in files {
            let baseline = try BaselineFile.load(folder.appendingPathComponent(name).path)
            #expect(!baseline.evaluations.isEmpty, "\(name)")
        }
    }

    @Test("each problem is refused at its place", arguments: [
        // The issue's crash: an impossible number of replications.
        ([("\"replications\": 2", "\"replications\": 1000000000000")],
         "baseline.json:2:104: error: evaluations[0].evaluation.replications: the number of replications must be 1…10,000, not 1,000,000,000,000"),
        ([("\"seeds\": [42]", "\"seeds\": []")],
         "baseline.json:2:82: error: evaluations[0].evaluation.seeds: the number of seeds must be 1…1,000, not 0"),
        ([("\"horizon\": 7", "\"horizon\": 100000")],
         "baseline.json:3:30: error: evaluations[0].evaluation.horizon: the horizon (periods) must be 1…1,000, not 100,000"),
        ([("{\"relative\": 0.01", "{\"relative\": -0.01")],
         "baseline.json:5:30: error: evaluations[0].tolerance.relative: must be 0…100, not -0.01 (a share of the recorded loss: 0.01 forgives a 1% rise)"),
        ([("\"absolute\": 0.001", "\"absolute\": -1")],
         "baseline.json:5:48: error: evaluations[0].tolerance.absolute: must be 0…1,000,000,000, not -1 (in the metric's units: 0.001 forgives a rise of 0.001)"),
        ([("\"tolerance\":", "\"tolerence\": 1, \"tolerance\":")],
         "baseline.json:5:4: error: evaluations[0].tolerence: unknown key in evaluations[0] (did you mean 'tolerance'?)"),
        ([("\"windows\": 3", "\"windows\": 3, \"seed\": 4")],
         "baseline.json:3:47: error: evaluations[0].evaluation.seed: unknown key in evaluations[0].evaluation (did you mean 'seeds'?)"),
        ([("\"wape\"", "\"wapee\"")],
         "baseline.json:4:25: error: evaluations[0].metrics[1]: unknown metric 'wapee' (did you mean 'wape'?)"),
        ([("\"pinball_0.9\"", "\"pinball_0.8\"")],
         "baseline.json:4:48: error: evaluations[0].metrics[3]: 'pinball_0.8' is never computed: the evaluation's quantiles are 0.1, 0.5, 0.9 (add 0.8 to evaluation.quantiles)"),
        ([("\"choice\": \"ses\"", "\"choice\": \"ets\"")],
         "baseline.json:7:43: error: evaluations[0].recorded[0].choice: unknown forecaster 'ets' (did you mean 'autoets'? `sellthrough list` describes them all)"),
        ([("{\"rmsse\": 0.9}", "{\"rmse\": 0.9}")],
         "baseline.json:7:69: error: evaluations[0].recorded[0].values.rmse: 'rmse' is not a watched metric (did you mean 'rmsse'?)"),
        ([("\"horizon\": 7", "\"horizon\": \"7\"")],
         "baseline.json:3:30: error: evaluations[0].evaluation.horizon: expected a whole number, found the string \"7\""),
        ([("\"horizon\": 7,", "")],
         "baseline.json:2:18: error: evaluations[0].evaluation.horizon: missing; this object needs 'horizon'"),
        ([("\"levels\": [80]}", "\"levels\": [80],}")],
         "baseline.json:3:62: error: not JSON: expected a key in double quotes, found '}'"),
        ([("\"name\": \"blend\"", "\"name\": \"ses\"")],
         "baseline.json:8:26: error: evaluations[0].recorded[1].name: the name 'ses' is recorded twice (give each forecaster its own name)"),
    ] as [([(String, String)], String)])
    func refused(replacements: [(String, String)], expected: String) throws {
        #expect(try Self.issue(Self.text(replacements)) == expected)
    }

    @Test("a gate that would check nothing is refused: no evaluations, no metrics, nothing recorded")
    func checksNothing() throws {
        #expect(try Self.issue("{\"evaluations\": []}")
                == "baseline.json:1:17: error: evaluations: no evaluations: the gate would check nothing (name at least one evaluation; see docs/evaluation.md, Baseline format)")
        let noMetrics = try Self.issues(Self.text([("[\"rmsse\", \"wape\", \"coverage_80\", \"pinball_0.9\"]", "[]")]))
        #expect(noMetrics.contains { $0.message == "no metrics: the gate would check nothing" })
        let recorded = #"{"name": "ses", "choice": "ses", "values": {"rmsse": 0.9}},"# + "\n" + String(repeating: " ", count: 16)
            + #"{"name": "blend", "choice": "blend=median(ses,naive)", "values": {}}"#
        let noneRecorded = try Self.issues(Self.text([(recorded, "")]))
        #expect(noneRecorded.contains { $0.message == "no forecasters recorded: the gate would check nothing" }, "\(noneRecorded)")
    }

    @Test("a byte-order mark before the text is not an error")
    func byteOrderMark() throws {
        #expect(try Self.issues("\u{FEFF}" + Self.text()).isEmpty)
    }

    @Test("several problems are all reported, in file order")
    func several() throws {
        let found = try Self.issues(Self.text([("\"windows\": 3", "\"windows\": 0"), ("\"wape\"", "\"wapee\""), ("\"choice\": \"ses\"", "\"choice\": \"sess\"")]))
        #expect(found.map(\.line) == [3, 4, 7])
    }

    @Test("a missing file, a folder and text that is not UTF-8 are refused for the file as a whole")
    func unreadable() throws {
        let missing = try Self.issues("{}")
        #expect(missing.count == 1) // "{}" lacks evaluations
        do {
            _ = try BaselineFile.load("/no/such/baseline.json")
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.description == "error: /no/such/baseline.json: no such file; give a baseline file (Results/baselines/NAME.json) or run from the repository root")
        }
        let file = try TestFiles.write("", name: "baseline.json")
        try Data([0x7B, 0xFF, 0x7D]).write(to: URL(fileURLWithPath: file))
        #expect(throws: BaselineError.self) { try BaselineFile.load(file) }
    }
}

@Suite("JSON with positions")
struct JSONOutlineTests {
    @Test("values, keys and their lines and columns")
    func positions() throws {
        let outline = try JSONOutline.parse("{\n  \"a\": [1, {\"b\": \"x\\u00e9\\ud83d\\ude00\"}],\n  \"c\": -2.5e3 }")
        #expect(outline.position(of: [.key("a"), .index(1), .key("b")]) == JSONOutline.Position(line: 2, column: 18))
        #expect(outline.member("a")?.keyPosition == JSONOutline.Position(line: 2, column: 3))
        guard case let .string(text)? = outline.member("a")?.value.element(1)?.member("b")?.value.value else {
            Issue.record("no string")
            return
        }
        #expect(text == "xé😀")
        guard case let .number(number)? = outline.member("c")?.value.value else {
            Issue.record("no number")
            return
        }
        #expect(number == "-2.5e3")
    }

    @Test("what is not JSON is refused where it stops being JSON", arguments: [
        ("{\"a\": 1,}", 1, 9), ("[1 2]", 1, 4), ("{\"a\": 01}", 1, 7), ("{\"a\": tru}", 1, 7), ("{\"a\": \"x", 1, 7),
        ("{\"a\": 1, \"a\": 2}", 1, 10), ("\n\n  [1] x", 3, 7), ("{\"a\": 1.}", 1, 7), ("", 1, 1),
    ])
    func syntax(text: String, line: Int, column: Int) {
        do {
            _ = try JSONOutline.parse(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.line == line && error.column == column, "'\(text)': \(error.message) at \(error.line):\(error.column)")
        }
    }

    @Test("nesting is bounded instead of exhausting the stack")
    func deep() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONOutline.parse(text) }
    }
}
