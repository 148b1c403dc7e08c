import Backtest
import Foundation
import Reporting
import Scenario
import Testing
@testable import WhatIf

/// Trap 4: several `--constraint` options all hold; contradictory ones are refused.
@Suite("what-if: several constraints")
struct WhatIfConstraintsTests {
    static func parse(_ texts: [String]) throws -> [WhatIfConstraint] {
        try texts.map { try WhatIfConstraint(parsing: $0) }
    }

    @Test("two constraints on one measure contradict each other only when no value meets both", arguments: [
        (["fill_rate>=0.95", "fill_rate<=0.9"], true), (["fill_rate>0.9", "fill_rate<=0.9"], true),
        (["fill_rate>=0.9", "fill_rate<0.9"], true), (["fill_rate<=0.9", "fill_rate>=0.95"], true),
        (["fill_rate>=0.9", "fill_rate<=0.9"], false), (["fill_rate>=0.9", "fill_rate>=0.95"], false),
        (["fill_rate>=0.9", "fill_rate<=0.95"], false), (["fill_rate>=0.95", "lost_units<=0.9"], false),
        (["fill_rate>=0.9", "fill_rate>=0.9"], false),
    ])
    func contradictions(texts: [String], contradict: Bool) throws {
        let constraints = try Self.parse(texts)
        #expect(constraints[0].contradicts(constraints[1]) == contradict)
        let error = whatIfError { _ = try WhatIfConstraint.checked(constraints) }
        #expect((error != nil) == contradict)
        if let error {
            #expect(error.cause == .request)
            #expect(error.subject == .constraint(nil))
            #expect(error.message.hasPrefix("'\(constraints[0].text)' and '\(constraints[1].text)' contradict"), "\(error)")
        }
    }

    @Test("the recommendation meets every constraint; each point says which it meets (seed 11)")
    func allMustHold() async throws {
        let document = try whatIfDocument()
        let path = try ScenarioFieldPath(parsing: "products[widget].initial_stock")
        let stocks: [Double] = [0, 300, 600, 900, 1200, 1500]
        let texts = ["fill_rate>=0.5", "leftover_units<=150", "cycle_service_level>=0.3"]
        let study = WhatIfStudy(axes: [SweepAxis(path: path, values: stocks)], strategy: "launch-only", product: "widget",
                                constraints: try Self.parse(texts), refine: false, threads: 2)
        let result = try await study.run(on: document)
        #expect(result.constraints.map(\.text) == ["fill_rate >= 0.5", "leftover_units <= 150", "cycle_service_level >= 0.3"])
        #expect(result.measures == ["cycle_service_level"], "the measure no standard column shows")
        for point in result.points {
            let met = [point.fillRate.mean >= 0.5, point.leftoverUnits.mean <= 150,
                       (point.measures["cycle_service_level"]?.mean ?? -1) >= 0.3]
            #expect(point.constraintsMet == met)
            #expect(point.meetsConstraints == met.allSatisfy { $0 })
        }
        // The constraints bind one another: each alone would let another point through.
        let fillOnly = result.points.filter { $0.constraintsMet[0] }
        let both = result.points.filter { $0.meetsConstraints == true }
        #expect(fillOnly.count > both.count, "leftover_units <= 150 must rule out some point that fills 50%")
        let chosen = try #require(result.recommendation.point)
        let recommended = result.points[chosen]
        #expect(recommended.meetsConstraints == true)
        #expect(both.allSatisfy { $0.profit.mean <= recommended.profit.mean })
        #expect(result.recommendation.message.contains("with fill_rate >= 0.5 and leftover_units <= 150 and cycle_service_level >= 0.3"))
        // Every output carries all of them.
        let header = result.csv.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("cycle_service_level_mean") && header.contains("meets_constraints"))
        #expect(header.contains("meets_fill_rate_ge_0.5,meets_leftover_units_le_150,meets_cycle_service_level_ge_0.3"))
        #expect(result.markdown.contains("constraints fill_rate >= 0.5 and leftover_units <= 150"))
        #expect(result.table().contains("cycle_service_level"))
        let decoded = try JSONDecoder().decode(WhatIfResult.self, from: JSONEncoder().encode(result))
        #expect(decoded.constraints == result.constraints && decoded.points == result.points)
    }

    @Test("with no point meeting all of them, the closest is named with every constrained figure (seed 11)")
    func noneMeetsAll() async throws {
        let document = try whatIfDocument()
        let path = try ScenarioFieldPath(parsing: "products[widget].initial_stock")
        let study = WhatIfStudy(axes: [SweepAxis(path: path, values: [100, 600, 1500])], strategy: "launch-only",
                                product: "widget", constraints: try Self.parse(["fill_rate>=0.9", "leftover_units<=10"]),
                                refine: false, threads: 2)
        let result = try await study.run(on: document)
        #expect(result.recommendation.status == .noPointMeetsConstraint)
        #expect(result.recommendation.message.hasPrefix("No evaluated point meets all of fill_rate >= 0.9 and leftover_units <= 10"))
        #expect(result.recommendation.message.contains("with fill_rate ") && result.recommendation.message.contains(", leftover_units "))
    }
}
