import Foundation
import Testing

/// The one exit-status and message rule (README, "Exit status and messages"), checked for every
/// command on the same kinds of failure: a missing input file and a malformed one exit 1 (3 for
/// `check`), a bad option or value 64 with `error:`, an unknown name 64 with "did you mean", an
/// output that cannot be written 2; and every line on standard error carries an allowed prefix.
@Suite("exit statuses and messages")
struct ExitRuleTests {
    /// One way of failing: the arguments, the status the rule gives, words the message must hold.
    struct Case: CustomStringConvertible {
        var kind: String
        var arguments: [String]
        var status: Int32
        var words: [String] = []

        var description: String { "\(kind): sellthrough \(arguments.joined(separator: " "))" }
    }

    /// The inputs the cases need, made in a temporary folder.
    struct Fixture {
        let folder: URL
        let quickstart = "Scenarios/quickstart.yaml"

        init() throws {
            folder = try CommandRunner.temporaryFolder()
            try "name: bad\ncalendar: {start: 2026-01-05, periods: thirty}\n".write(to: url("bad.yaml"), atomically: true, encoding: .utf8)
            try "unique_id,ds,y\na,2026-01-05,3\na,2026-01-06,lots\n".write(to: url("bad.csv"), atomically: true, encoding: .utf8)
            try "{\"evaluations\": [\n  {\"evaluation\": {\"name\": \"q\",, }}]}".write(to: url("bad.json"), atomically: true, encoding: .utf8)
            try "a file, so nothing can be written beneath it".write(to: url("blocker"), atomically: true, encoding: .utf8)
            try FileManager.default.createDirectory(at: url("empty"), withIntermediateDirectories: true)
        }

        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
        func path(_ name: String) -> String { url(name).path }
        /// A path that cannot be written: beneath a regular file.
        var unwritable: String { path("blocker/out") }

        /// A run folder (one replication of the quickstart), made once.
        func runFolder() throws -> String {
            let out = path("run")
            if !FileManager.default.fileExists(atPath: out) {
                let result = try CommandRunner.run(["run", quickstart, "--replications", "1", "--out", out, "--quiet"])
                try #require(result.status == 0, "\(result.standardError)")
            }
            return out
        }

        /// The only shard of a one-shard run, made once.
        func shardFolder() throws -> String {
            let out = path("shard")
            if !FileManager.default.fileExists(atPath: out) {
                let result = try CommandRunner.run(["run", quickstart, "--replications", "1", "--shard", "0/1", "--out", out, "--quiet"])
                try #require(result.status == 0, "\(result.standardError)")
            }
            return out
        }

        /// A small valid baseline: naive on the quickstart, nothing recorded (so nothing fails).
        func baseline() throws -> String {
            let file = path("baseline.json")
            try """
                {"evaluations": [{"evaluation": {"name": "q", "scenario": "Scenarios/quickstart.yaml", "horizon": 7, "windows": 1, "levels": [80]},
                  "metrics": ["rmsse"], "tolerance": {"relative": 0.01, "absolute": 0.001},
                  "recorded": [{"name": "naive", "choice": "naive", "values": {}}]}]}
                """.write(to: URL(fileURLWithPath: file), atomically: true, encoding: .utf8)
            return file
        }
    }

    static let commands = ["validate", "simulate", "run", "merge", "report", "whatif", "list", "evaluate", "check", "bench", "help"]

    /// The cases of `command`.
    static func cases(_ command: String, _ fixture: Fixture) throws -> [Case] {
        let q = fixture.quickstart
        let missing = fixture.path("missing.yaml")
        let bad = fixture.path("bad.yaml")
        let out = fixture.path("out-\(command)")
        let sweep = ["--vary", "products[kettle-steel].initial_stock=60", "--replications", "1", "--no-refine", "--quiet"]
        let evaluation = ["--horizon", "7", "--windows", "1", "--forecasters", "naive"]
        switch command {
        case "validate":
            return [Case(kind: "missing input", arguments: ["validate", missing], status: 1, words: ["missing.yaml"]),
                    Case(kind: "malformed input", arguments: ["validate", bad], status: 1, words: ["bad.yaml:2:"]),
                    Case(kind: "bad option", arguments: ["validate", q, "--bogus"], status: 64, words: ["--bogus"])]
        case "simulate":
            return [Case(kind: "missing input", arguments: ["simulate", missing, "--out", out], status: 1, words: ["missing.yaml"]),
                    Case(kind: "malformed input", arguments: ["simulate", bad, "--out", out], status: 1, words: ["bad.yaml:2:"]),
                    Case(kind: "bad value", arguments: ["simulate", q, "--replication", "1e9"], status: 64, words: ["1000000000"]),
                    Case(kind: "out of bounds", arguments: ["simulate", q, "--replication", "1000000000"], status: 64,
                         words: ["--replication must be 0…999,999"]),
                    Case(kind: "unwritable output", arguments: ["simulate", q, "--out", fixture.unwritable], status: 2, words: ["blocker"])]
        case "run":
            return [Case(kind: "missing input", arguments: ["run", missing, "--out", out], status: 1, words: ["missing.yaml"]),
                    Case(kind: "malformed input", arguments: ["run", bad, "--out", out], status: 1, words: ["bad.yaml:2:"]),
                    Case(kind: "bad value", arguments: ["run", q, "--replications", "1e8"], status: 64, words: ["100000000"]),
                    Case(kind: "out of bounds", arguments: ["run", q, "--replications", "100000000"], status: 64, words: ["1…1,000,000"]),
                    Case(kind: "out of bounds", arguments: ["run", q, "--threads", "1000000000000"], status: 64, words: ["--threads"]),
                    Case(kind: "unknown name", arguments: ["run", q, "--replications", "1", "--baseline", "sse x weekly-95", "--out", out],
                         status: 64, words: ["did you mean 'ses × weekly-95'?"]),
                    Case(kind: "unwritable output", arguments: ["run", q, "--replications", "1", "--out", fixture.unwritable, "--quiet"],
                         status: 2, words: ["blocker"])]
        case "merge":
            let shard = try fixture.shardFolder()
            return [Case(kind: "missing input", arguments: ["merge", fixture.path("no-shard"), "--out", out], status: 1, words: ["no-shard"]),
                    Case(kind: "malformed input", arguments: ["merge", fixture.path("empty"), "--out", out], status: 1, words: ["empty"]),
                    Case(kind: "bad option", arguments: ["merge", shard, "--bogus"], status: 64, words: ["--bogus"]),
                    Case(kind: "unwritable output", arguments: ["merge", shard, "--out", fixture.unwritable], status: 2, words: ["blocker"])]
        case "report":
            let run = try fixture.runFolder()
            return [Case(kind: "missing input", arguments: ["report", fixture.path("no-run")], status: 1, words: ["no-run"]),
                    Case(kind: "malformed input", arguments: ["report", fixture.path("empty")], status: 1, words: ["empty"]),
                    Case(kind: "bad option", arguments: ["report", run, "--bogus"], status: 64, words: ["--bogus"]),
                    Case(kind: "unknown name", arguments: ["report", run, "--follow", "sse x weekly-95", "--out", fixture.path("never.html")],
                         status: 64, words: ["did you mean 'ses × weekly-95'?"]),
                    Case(kind: "unwritable output", arguments: ["report", run, "--out", fixture.unwritable], status: 2, words: ["blocker"])]
        case "whatif":
            return [Case(kind: "missing input", arguments: ["whatif", missing, "--out", out] + sweep, status: 1, words: ["missing.yaml"]),
                    Case(kind: "malformed input", arguments: ["whatif", bad, "--out", out] + sweep, status: 1, words: ["bad.yaml:2:"]),
                    Case(kind: "out of bounds", arguments: ["whatif", q, "--vary", "calendar.periods=60", "--replications", "1000000000000"],
                         status: 64, words: ["--replications must be"]),
                    Case(kind: "out of bounds", arguments: ["whatif", q, "--vary", "calendar.periods=10:60:1", "--replications", "100000"],
                         status: 64, words: ["5,100,000 replications' figures"]),
                    Case(kind: "unknown name", arguments: ["whatif", q, "--out", out, "--strategy", "sse x weekly-95"] + sweep,
                         status: 64, words: ["did you mean 'ses × weekly-95'?"]),
                    Case(kind: "unknown name", arguments: ["whatif", q, "--out", out, "--product", "kettle-stel"] + sweep,
                         status: 64, words: ["did you mean 'kettle-steel'?"]),
                    Case(kind: "unwritable output", arguments: ["whatif", q, "--out", fixture.unwritable] + sweep, status: 2, words: ["blocker"])]
        case "list":
            return [Case(kind: "bad option", arguments: ["list", "--bogus"], status: 64, words: ["--bogus"])]
        case "evaluate":
            return [Case(kind: "missing input", arguments: ["evaluate", missing, "--out", out] + evaluation, status: 1, words: ["missing.yaml"]),
                    Case(kind: "missing input", arguments: ["evaluate", "--history", fixture.path("missing.csv"), "--out", out] + evaluation,
                         status: 1, words: ["missing.csv"]),
                    Case(kind: "malformed input", arguments: ["evaluate", "--history", fixture.path("bad.csv"), "--out", out] + evaluation,
                         status: 1, words: ["bad.csv:3: error: y:"]),
                    Case(kind: "out of bounds", arguments: ["evaluate", q, "--horizon", "7", "--windows", "1000000000000"], status: 64,
                         words: ["--windows"]),
                    Case(kind: "out of bounds", arguments: ["evaluate", q, "--horizon", "7", "--windows", "2", "--season", "1000000000000"],
                         status: 64, words: ["--season"]),
                    Case(kind: "out of bounds", arguments: ["evaluate", "Scenarios/bench-1k.yaml", "--replications", "100", "--out", out] + evaluation,
                         status: 64, words: ["36,500,000 product-periods"]),
                    Case(kind: "bad value", arguments: ["evaluate", q, "--horizon", "7", "--windows", "2", "--replications", "1e9"],
                         status: 64, words: ["1000000000"]),
                    Case(kind: "unknown name", arguments: ["evaluate", q, "--horizon", "7", "--windows", "1", "--forecasters", "ets"],
                         status: 64, words: ["did you mean 'autoets'?"]),
                    Case(kind: "unwritable output", arguments: ["evaluate", q, "--out", fixture.unwritable] + evaluation, status: 2,
                         words: ["blocker"])]
        case "check":
            let baseline = try fixture.baseline()
            return [Case(kind: "missing input", arguments: ["check", "--baseline", fixture.path("missing.json")], status: 3,
                         words: ["missing.json"]),
                    Case(kind: "malformed input", arguments: ["check", "--baseline", fixture.path("bad.json")], status: 3,
                         words: ["bad.json:2:31: error: not JSON"]),
                    Case(kind: "out of bounds", arguments: ["check", "--baseline", baseline, "--threads", "0"], status: 64, words: ["--threads"]),
                    Case(kind: "unwritable output", arguments: ["check", "--baseline", baseline, "--junit", fixture.unwritable], status: 2,
                         words: ["blocker"])]
        case "bench":
            return [Case(kind: "missing input", arguments: ["bench", "--scenario", missing], status: 1, words: ["missing.yaml"]),
                    Case(kind: "malformed input", arguments: ["bench", "--scenario", bad], status: 1, words: ["bad.yaml:2:"]),
                    Case(kind: "out of bounds", arguments: ["bench", "--products", "1000000000000"], status: 64, words: ["--products"]),
                    Case(kind: "missing input", arguments: ["bench", "--censoring", missing], status: 1, words: ["missing.yaml"]),
                    Case(kind: "unknown name", arguments: ["bench", "--censoring", q, "--strategy", "sse x weekly-95", "--replications", "1"],
                         status: 64, words: ["--strategy", "did you mean 'ses × weekly-95'?"]),
                    Case(kind: "bad option", arguments: ["bench", "--strategy", "s-S"], status: 64, words: ["--censoring"]),
                    Case(kind: "unknown name", arguments: ["bench", "--censoring", q, "--estimators", "as-sales,product-limt"], status: 64,
                         words: ["did you mean 'product-limit'?"])]
        default:
            return [Case(kind: "unknown name", arguments: ["help", "nosuch"], status: 64, words: ["unknown command 'nosuch'"]),
                    Case(kind: "unknown name", arguments: ["help", "evalute"], status: 64, words: ["did you mean 'evaluate'?"]),
                    Case(kind: "unknown name", arguments: ["chek"], status: 64, words: ["did you mean 'check'?"])]
        }
    }

    /// Whether a line of standard error starts as the rule says: `error: `, `warning: `,
    /// `note: `, or a location `FILE:LINE[:COLUMN]: ` and then `error: ` or `warning: `.
    static func followsRule(_ line: String) -> Bool {
        line.range(of: #"^(error|warning|note): "#, options: .regularExpression) != nil
            || line.range(of: #"^[^ ][^:]*:[0-9]+(:[0-9]+)?: (error|warning): "#, options: .regularExpression) != nil
    }

    @Test("every command fails the same way on the same kinds of failure", arguments: commands)
    func rule(command: String) throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        for failure in try Self.cases(command, fixture) {
            let result = try CommandRunner.run(failure.arguments)
            #expect(result.status == failure.status, "\(failure): \(result.standardError)")
            let lines = result.standardError.split(separator: "\n").map(String.init)
            #expect(lines.first.map { Self.followsRule($0) && !$0.hasPrefix("note: ") } == true,
                    "\(failure): the first line must say what is wrong: \(result.standardError)")
            for line in lines where !Self.followsRule(line) {
                Issue.record("\(failure): a line of standard error without an allowed prefix: '\(line)'")
            }
            if failure.status == 64 {
                #expect(lines.contains { $0.hasPrefix("error: ") }, "\(failure): \(result.standardError)")
            }
            for words in failure.words {
                #expect(result.standardError.contains(words), "\(failure): '\(words)' not in: \(result.standardError)")
            }
            #expect(!FileManager.default.fileExists(atPath: fixture.path("out-\(command)")), "\(failure) wrote its output")
        }
    }

    @Test("help, version and a bare command line print to standard output and exit 0",
          arguments: [["--help"], ["help"], ["help", "run"], ["run", "--help"], ["--version"], []])
    func help(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty && !result.standardOutput.isEmpty)
    }

    @Test("the root help states the rule")
    func rootHelp() throws {
        let help = try CommandRunner.run(["--help"]).standardOutput.replacingOccurrences(of: "\n", with: " ")
        for words in ["64 the command line is wrong", "did you mean", "3 a", "\"error: \""] {
            #expect(help.contains(words), "\(words)")
        }
    }

    @Test("the message rule's own check: allowed prefixes and located problems pass, others do not")
    func prefixes() {
        #expect(Self.followsRule("error: --threads must be 1…1,024"))
        #expect(Self.followsRule("Scenarios/a.yaml:12:5: error: products[0].price: must be positive"))
        #expect(Self.followsRule("data/history.csv:3: error: y: 'lots' is not a number"))
        #expect(!Self.followsRule("Error: Unknown option"))
        #expect(!Self.followsRule("Usage: sellthrough run <file>"))
        #expect(!Self.followsRule("--baseline: no strategy is called 'x'"))
    }
}
