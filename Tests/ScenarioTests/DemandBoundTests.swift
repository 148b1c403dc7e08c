import Testing
@testable import Scenario

/// Demand that would overwhelm the samplers is refused at validation, with the product's place.
@Suite("Demand bounds")
struct DemandBoundTests {
    static func scenario(level: Double, elasticity: Double = 0, discount: Double = 0, lift: Double = 1) -> String {
        """
        name: bound
        calendar: {start: 2026-03-02, periods: 30}
        products:
          - id: widget
            price: 10
            elasticity: \(elasticity)
            lifecycle: {phases: [{phase: maturity, level: \(level)}]}
        events:
          - promotion: {products: [widget], start: 2026-03-05, days: 2, discount: \(discount), lift: \(lift)}
        """
    }

    @Test("a level just under the bound is accepted; a promotion that lifts it past the bound is not")
    func liftPastBound() throws {
        #expect(issues(Self.scenario(level: 9e6)).isEmpty)
        let found = issues(Self.scenario(level: 9e6, lift: 2))
        let problem = try #require(issue(at: "products[0]", in: found))
        #expect(problem.kind == .outOfRange)
        #expect(problem.line == 4)
        #expect(problem.message.contains("18000000"))
    }

    @Test("the largest elasticity under a deep discount is refused instead of drawing enormous demand")
    func enormousDemand() throws {
        // 0.1^−20 = 10²⁰: each part within its own limit, the product far beyond.
        let found = issues(Self.scenario(level: 5, elasticity: -20, discount: 0.9))
        let problem = try #require(issue(at: "products[0]", in: found))
        #expect(problem.message.contains("e+20 units per period"))
        // Beyond its own limit the elasticity is refused at its field.
        #expect(issue(at: "products[0].elasticity", in: issues(Self.scenario(level: 5, elasticity: -1000, discount: 0.9))) != nil)
    }

    @Test("a Bass market within the market-size limit but with demand beyond the bound is refused")
    func hugeBassMarket() throws {
        let yaml = minimalYAML.replacingOccurrences(
            of: "{phases: [{phase: maturity, level: 5}]}",
            with: "{bass: {market_size: 1.0e10, innovation: 0.01, imitation: 0.3}}")
        #expect(issue(at: "products[0]", in: issues(yaml)) != nil)
    }
}
