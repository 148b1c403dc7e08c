import Foundation
import Scenario
import Testing
@testable import WhatIf

/// The draws a sweep makes of the scenario's uncertain parameters.
@Suite("what-if uncertainty draws")
struct WhatIfDrawsTests {
    @Test("draws are the same at every grid point in a replication and differ between replications")
    func commonDraws() throws {
        let document = try whatIfDocument()
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].initial_stock"),
                                                 values: [200, 900])])
        let evaluator = try study.setUp(document).evaluator
        let low = try evaluator.prepare([200]), high = try evaluator.prepare([900])
        var seen = Set<Double>()
        for replication in 0..<10 {
            let drawsLow = try evaluator.draws(for: low, replication: replication)
            let drawsHigh = try evaluator.draws(for: high, replication: replication)
            #expect(drawsLow == drawsHigh, "replication \(replication)")
            #expect(drawsLow.count == 1)
            seen.formUnion(drawsLow)
        }
        #expect(seen.count == 10, "each replication draws its own value")
        // The draw is written into that replication's scenario before the plan is built.
        let plan = try evaluator.plan(for: low, replication: 3)
        #expect(plan.strategies.count == 1 && plan.strategies[0].name == "launch-only")
    }

    @Test("draws follow the distribution: the mean log of lognormal(median 30, sigma 0.3) draws is ln 30 (seed 11)")
    func drawnDistribution() throws {
        let document = try whatIfDocument()
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].initial_stock"),
                                                 values: [400])])
        let evaluator = try study.setUp(document).evaluator
        let point = try evaluator.prepare([400])
        let count = 2000
        var logs: [Double] = []
        for replication in 0..<count {
            logs.append(log(try #require(evaluator.draws(for: point, replication: replication).first)))
        }
        let mean = logs.reduce(0, +) / Double(count)
        let variance = logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(count - 1)
        // Within 4.5 standard errors (σ/√n) of ln 30, and the spread within 4.5 standard errors of
        // σ² (the variance of s² of a normal sample is 2σ⁴/(n − 1)).
        #expect(abs(mean - log(30)) < 4.5 * 0.3 / Double(count).squareRoot())
        #expect(abs(variance - 0.09) < 4.5 * (2 * 0.09 * 0.09 / Double(count - 1)).squareRoot())
    }
}
