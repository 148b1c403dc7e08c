import Foundation
import Testing
@testable import Scenario

/// A problem found while building a scenario's market or backtest names the file the scenario
/// was read from, as every problem found while loading it does — not the scenario's name, a
/// product id or nothing. Validation rules these problems out for a file as read, so each test
/// changes a loaded spec in code the way a caller could.
@Suite("Building issues name the scenario's file")
struct BuildIssueFileTests {
    static let file = "Scenarios/some-launch.yaml"

    /// `limitsYAML()` as read from ``file``, changed by `change`.
    static func loaded(_ change: (inout ScenarioSpec) -> Void) throws -> ScenarioSpec {
        var spec = try ScenarioSpec.decode(yaml: limitsYAML(extra: eventYAML), file: file)
        change(&spec)
        return spec
    }

    static let eventYAML = """
        events:
          - promotion: {products: [widget], start: 2026-03-10, days: 3, discount: 0.2}
        """

    /// The issues `build` throws; none when it builds.
    static func issues(_ build: () throws(ScenarioError) -> Void) -> [ScenarioIssue] {
        do {
            try build()
            return []
        } catch {
            return error.issues
        }
    }

    @Test("each builder's problem names the file, at the field it concerns", arguments: [
        ("a policy whose parameters its rule refuses", "strategies.policies[0]"),
        ("a lead time that cannot be sampled", "products[0].supply.lead_time"),
        ("an event naming a product that is gone", "events[0].promotion.products"),
        ("no policy at all", "strategies.policies"),
        ("a forecaster the catalogue does not have", "strategies.forecasters"),
    ])
    func namesTheFile(change: String, path: String) throws {
        let spec = try Self.loaded { spec in
            switch change {
            case "a policy whose parameters its rule refuses": spec.strategies.policies[0].rule = .sS(s: 30, S: 20, review: 1)
            case "a lead time that cannot be sampled": spec.products[0].supply.leadTime = .normal(mean: 2, sd: -1)
            case "an event naming a product that is gone": spec.products[0].id = "renamed"
            case "no policy at all": spec.strategies.policies = []
            default: spec.strategies.forecasters = [ForecasterSpec(.model(entry: "no-such-model", settings: .init()))]
            }
        }
        let found = Self.issues { () throws(ScenarioError) in _ = try spec.backtestPlan(replications: 1) }
        #expect(found.map(\.path) == [path])
        #expect(found.map(\.file) == [Self.file])
        #expect(found.first?.description.hasPrefix(Self.file + ": error: " + path + ": ") == true)
    }

    @Test("a spec read from a file on disk names that path; one built in code names <scenario>")
    func loadedFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("build-issue-\(UUID().uuidString).yaml")
        try limitsYAML().write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var spec = try ScenarioSpec.load(contentsOf: url.path)
        spec.strategies.policies = []
        #expect(Self.issues { () throws(ScenarioError) in _ = try spec.backtestPlan() }.map(\.file) == [url.path])

        let inCode = ScenarioSpec(name: spec.name, calendar: spec.calendar, products: spec.products)
        #expect(Self.issues { () throws(ScenarioError) in _ = try inCode.backtestPlan() }.map(\.file) == ["<scenario>"])
    }

    @Test("where a spec was read from is not part of its value")
    func originIsNotContent() throws {
        let here = try ScenarioSpec.decode(yaml: limitsYAML(), file: "a.yaml")
        let there = try ScenarioSpec.decode(yaml: limitsYAML(), file: "b.yaml")
        #expect(here == there)
        #expect(here.hashValue == there.hashValue)
        #expect(try here.encodedYAML() == there.encodedYAML())
        #expect(try !here.encodedYAML().contains("a.yaml"))
    }
}
