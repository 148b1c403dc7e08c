import Foundation
import Testing
@testable import Scenario

@Suite("Shipped scenario files")
struct ScenarioFilesTests {
    @Test("Scenarios/ holds the six documented scenarios")
    func allPresent() {
        let names = Set(scenarioFiles().map { URL(fileURLWithPath: $0).lastPathComponent })
        for expected in ["quickstart.yaml", "fashion-jacket.yaml", "electronics-launch.yaml",
                         "grocery-staple.yaml", "spare-parts.yaml", "viral-spike.yaml"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
    }

    @Test("every scenario file loads and validates", arguments: scenarioFiles())
    func loads(path: String) throws {
        let spec = try ScenarioSpec.load(contentsOf: path)
        // The scenario name matches its file, so results land in a recognisable directory.
        #expect(spec.name + ".yaml" == URL(fileURLWithPath: path).lastPathComponent)
        #expect(!spec.products.isEmpty)
        #expect(spec.products.allSatisfy { $0.launch != nil })
    }

    @Test("every scenario file round-trips through the resolved YAML", arguments: scenarioFiles())
    func roundTrips(path: String) throws {
        let spec = try ScenarioSpec.load(contentsOf: path)
        let again = try ScenarioSpec.decode(yaml: try spec.encodedYAML(), file: "resolved.yaml")
        #expect(again == spec)
    }

    @Test("the example in docs/scenario-format.md is valid")
    func documentedExample() throws {
        let path = repositoryRoot.appendingPathComponent("docs/scenario-format.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let opening = try #require(text.range(of: "```yaml\n"))
        let closing = try #require(text.range(of: "```", range: opening.upperBound..<text.endIndex))
        let spec = try ScenarioSpec.decode(yaml: String(text[opening.upperBound..<closing.lowerBound]), file: "docs example")
        #expect(spec.events.count == 3)
    }

    @Test("quickstart stays tiny")
    func quickstartIsSmall() throws {
        let path = repositoryRoot.appendingPathComponent("Scenarios/quickstart.yaml").path
        let spec = try ScenarioSpec.load(contentsOf: path)
        #expect(spec.products.count == 2)
        #expect(spec.calendar.periods <= 90 && spec.calendar.period == .day)
    }
}
