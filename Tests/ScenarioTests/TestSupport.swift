import Foundation
import Testing
@testable import Scenario

/// The repository root, found from this file's location.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every scenario file shipped in Scenarios/.
func scenarioFiles() -> [String] {
    let directory = repositoryRoot.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0).path }
}

/// A small valid scenario to mutate in tests; line numbers below are relied on by tests.
let minimalYAML = """
name: tiny
calendar: {start: 2026-03-02, periods: 30}
products:
  - id: widget
    price: 10
    lifecycle: {phases: [{phase: maturity, level: 5}]}
"""

/// `minimalYAML` with a season: the widget's life ends before the horizon does, and it starts
/// with stock, as a newsvendor policy needs.
let seasonYAML = minimalYAML + "\n    end_of_life: 2026-03-28\n    initial_stock: 10"

/// The issues of decoding `yaml`, or none when it is valid.
func issues(_ yaml: String) -> [ScenarioIssue] {
    do {
        _ = try ScenarioSpec.decode(yaml: yaml, file: "test.yaml")
        return []
    } catch {
        return error.issues
    }
}

/// Decodes `yaml`, recording the rendered issues as the failure if it is invalid.
func decodeValid(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioSpec? {
    do {
        return try ScenarioSpec.decode(yaml: yaml, file: "test.yaml")
    } catch {
        Issue.record("unexpected issues:\n\(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The single issue at `path`, recording a failure when there is not exactly one.
func issue(at path: String, in issues: [ScenarioIssue],
           sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioIssue? {
    let matching = issues.filter { $0.path == path }
    guard matching.count == 1, let found = matching.first else {
        Issue.record("expected one issue at \(path), got:\n\(issues.map(\.description).joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        return nil
    }
    return found
}
