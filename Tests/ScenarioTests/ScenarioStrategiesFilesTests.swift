import Foundation
import GSL
import Testing
@testable import Scenario

@Suite("Shipped scenario files: strategies")
struct ScenarioStrategiesFilesTests {
    @Test("every scenario file names forecasters and at least one policy", arguments: scenarioFiles())
    func strategies(path: String) throws {
        let spec = try ScenarioSpec.load(contentsOf: path)
        // A handful of forecasters keeps the shipped scenarios quick to run; 7 is the most any has.
        #expect((1...7).contains(spec.strategies.forecasters.count))
        #expect(!spec.strategies.policies.isEmpty)
    }

    @Test("bench-s-S is the closed-loop benchmark it says it is")
    func benchmark() throws {
        let spec = try ScenarioSpec.load(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/bench-s-S.yaml").path)
        #expect(spec.seed == 1 && spec.replications == 1)
        #expect(spec.calendar.periods == 365 && spec.calendar.period == .day)
        let product = try #require(spec.products.first)
        #expect(spec.products.count == 1 && product.copies == 10_000)
        #expect(product.lifecycle == .phases([PhaseSpec(phase: .maturity, extent: nil, from: 6, to: 6)]))
        #expect(product.noise == .poisson)
        #expect(product.supply.leadTime == .constant(3))
        #expect(product.unmetDemand.backorderShare == 0)
        #expect(product.initialStock == 40)
        #expect(spec.strategies.forecasters == [.naive])
        #expect(spec.strategies.policies.map(\.rule) == [.sS(s: 20, S: 40, review: 1)])
        let catalogue = spec.catalogue
        #expect(catalogue.count == 10_000)
        #expect(catalogue.first?.id == "item-1" && catalogue.last?.id == "item-10000")
        #expect(Set(catalogue.map(\.id)).count == 10_000)
    }

    @Test("the complete example in docs/scenario-format.md has strategies")
    func documentedStrategies() throws {
        let path = repositoryRoot.appendingPathComponent("docs/scenario-format.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let opening = try #require(text.range(of: "```yaml\n"))
        let closing = try #require(text.range(of: "```", range: opening.upperBound..<text.endIndex))
        let spec = try ScenarioSpec.decode(yaml: String(text[opening.upperBound..<closing.lowerBound]), file: "docs example")
        #expect(spec.strategies.forecasters.count >= 2)
        #expect(spec.strategies.policies.count >= 2)
    }
}
