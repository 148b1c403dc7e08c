import Foundation
import Reporting
import Scenario
import Testing
import WhatIf
import Workflows

/// The what-if workflow in process: the files it writes, the results it returns, the same bytes
/// at any thread count, and each kind of refusal — classed for the caller, with nothing written.
@Suite("what-if workflow")
struct WhatIfWorkflowTests {
    /// `Tests/Fixtures/whatif-launch.yaml`: a one-buy launch whose maturity level is uncertain,
    /// small enough to sweep in a moment (seed 5, 12 replications).
    static let scenario = "whatif-launch.yaml"

    /// A temporary folder holding `text` (default: the launch) as `launch.yaml`, and its path.
    static func folder(_ text: String? = nil) throws -> (URL, String) {
        let folder = try Fixtures.temporaryFolder()
        return (folder, try Fixtures.write(text ?? Fixtures.text(scenario), to: folder, as: "launch.yaml"))
    }

    /// The files of a study folder, in the order they are written.
    static let files = ["whatif.csv", "whatif.json", "whatif.md", "report.html", "scenario.yaml", "manifest.json"]

    @Test("a sweep writes the CSV, JSON, Markdown, page, scenario and manifest, and recommends a first buy")
    func sweep() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.whatIf(file, vary: ["products[widget].initial_stock=0:1200:300"], constraints: ["fill_rate>=0.8"],
                                          into: folder, "out")
        let out = folder.appendingPathComponent("out")
        #expect(result.files.names == Self.files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == Self.files.sorted(), "exactly the files named")
        let table = result.sweep.table()
        #expect(table.contains("Recommended: products[widget].initial_stock = "), "\(table)")
        #expect(table.contains("drawn per replication: products[widget].lifecycle.phases[maturity].to ~ lognormal"))
        #expect(table.contains("Refinement: "))
        let csv = try Fixtures.read(out, "whatif.csv")
        let lines = csv.split(separator: "\n")
        #expect(lines.first?.hasPrefix("products[widget].initial_stock,source,recommended,replications,profit_mean,profit_low,profit_high") == true)
        #expect(lines.filter { $0.contains(",grid,") }.count == 5)
        #expect(lines.filter { $0.contains(",true,") }.count >= 1, "one recommended row")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("whatif.json"))) as? [String: Any]
        #expect(json?["strategy"] as? String == "launch-only")
        #expect((json?["recommendation"] as? [String: Any])?["status"] as? String == "highestProfitMeetingConstraint")
        #expect(result.sweep.recommendation.status == .highestProfitMeetingConstraint)
        let markdown = try Fixtures.read(out, "whatif.md")
        #expect(markdown.contains("## Recommendation") && markdown.contains("## How to read this"))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json"))) as? [String: Any]
        #expect(manifest?["command"] as? [String] == Fixtures.provenance.command)
        #expect(manifest?["scenario"] as? String == "launch" && manifest?["replications"] as? Int == 12)
    }

    @Test("every file is the same byte for byte with one thread or two")
    func threadCountDoesNotMatter() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [[Data]] = []
        for threads in [1, 2] {
            _ = try await Run.whatIf(file, vary: ["products[widget].initial_stock=200:1000:400"], into: folder, "threads-\(threads)") {
                $0.threads = threads
            }
            outputs.append(try Self.files.dropLast().map { try Data(contentsOf: folder.appendingPathComponent("threads-\(threads)/\($0)")) })
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test("two fields give a full grid, without refinement")
    func twoFields() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.whatIf(file, vary: ["products[widget].initial_stock=300,900", "products[widget].price=18:22:2"],
                                          into: folder, "grid") { $0.replications = 4 }
        let csv = try Fixtures.read(folder.appendingPathComponent("grid"), "whatif.csv")
        #expect(csv.hasPrefix("products[widget].initial_stock,products[widget].price,source,"))
        #expect(csv.split(separator: "\n").count == 1 + 2 * 3)
        #expect(result.sweep.refinement == nil)
        #expect(!result.sweep.table().contains("Refinement"))
    }

    @Test("progress is reported stage by stage: the grid's replications, then the refinement's")
    func progress() async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = EventLog()
        let result = try await Run.whatIf(file, vary: ["products[widget].initial_stock=0:1200:300"], into: folder, "out", events: events)
        let stages = events.events.compactMap { event -> WorkflowStage? in
            if case let .progress(stage, _, _) = event { return stage }
            return nil
        }
        #expect(stages.first == .grid && stages.contains(.refinement), "\(stages)")
        #expect(stages.firstIndex(of: .refinement) ?? 0 > stages.lastIndex(of: .grid) ?? 0)
        #expect(events.events.contains {
            if case let .progress(.grid, done, total) = $0 { return done == total && total == 5 * 12 }
            return false
        }, "the grid ends at 5 points × 12 replications")
        #expect(result.sweep.refinement?.status == .refined)
    }

    @Test("a request the scenario cannot honour is the request's problem, worded without options, and nothing is written",
          arguments: [
              (["products[widget].initial_stok=100,200"], nil as String?, "products[widget] has no field 'initial_stok'"),
              (["products[widgt].initial_stock=100,200"], nil, "did you mean 'widget'?"),
              (["products[widget].initial_stock=-100,200"], nil, "launch.yaml:12:"),
              (["products[widget].id=1,2"], nil, "is 'widget', not a number"),
              (["products[widget].initial_stock=1,2"], "ses x launch-only", "'launch-only'"),
              (["products[widget].initial_stock=1,2", "products[widget].price=1,2", "products[widget].unit_cost=1,2"], nil, "one or two fields"),
          ])
    func refusedRequest(vary: [String], strategy: String?, words: String) async throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = await expectFailure {
            try await Run.whatIf(file, vary: vary, into: folder, "never") { $0.strategy = strategy }
        }
        let problem = try #require(error?.whatIfRequest, "not a what-if request problem: \(String(describing: error))")
        #expect(problem.cause == .request)
        #expect(problem.description.contains(words), "\(problem)")
        #expect(!problem.description.contains("--"), "no option named: \(problem)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }

    @Test("a scenario whose uncertainty names no field is the input's problem, located as the loader locates it, with a suggestion")
    func badScenario() async throws {
        let text = try Fixtures.text(Self.scenario).replacingOccurrences(of: "phases[maturity].to", with: "phases[maturty].to")
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(text, to: folder, as: "bad.yaml")
        let error = await expectFailure {
            try await Run.whatIf(file, vary: ["products[widget].initial_stock=1,2"], into: folder, "never")
        }
        let problem = error?.input as? ScenarioError
        #expect(problem != nil, "\(String(describing: error))")
        #expect(problem?.description.contains("bad.yaml:18:") == true, "\(String(describing: problem))")
        #expect(problem?.description.contains("did you mean 'maturity'?") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }

    @Test("a draw of the uncertainty section the field cannot take is the input's problem, and nothing is written")
    func impossibleDraw() async throws {
        // The launch stock drawn from a normal that is often negative.
        let text = try Fixtures.text(Self.scenario)
            .replacingOccurrences(of: "products[widget].lifecycle.phases[maturity].to", with: "products[widget].initial_stock")
            .replacingOccurrences(of: "lognormal: {median: 30, sigma: 0.3}", with: "normal: {mean: 40, sd: 100}")
        let (folder, file) = try Self.folder(text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = await expectFailure { try await Run.whatIf(file, vary: ["products[widget].price=20,25"], into: folder, "never") }
        let problem = error?.input as? WhatIfError
        #expect(problem?.cause == .scenario && problem?.subject == nil, "\(String(describing: error))")
        #expect(problem?.description.contains("replication ") == true, "\(String(describing: problem))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }

    @Test("a missing or malformed scenario is the input's problem, as the loader reports it")
    func unreadableScenario() async throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let malformed = try Fixtures.write("name: x\nproducts: [", to: folder, as: "bad.yaml")
        for file in [folder.appendingPathComponent("missing.yaml").path, malformed] {
            let error = await expectFailure {
                try await Run.whatIf(file, vary: ["products[widget].initial_stock=1,2"], into: folder, "never")
            }
            #expect(error?.input is ScenarioError, "\(String(describing: error))")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
    }
}
