import Backtest
import Scenario
import Testing
@testable import WhatIf

/// The recommendation's figures and the points within noise of it.
@Suite("what-if recommendation")
struct WhatIfRecommendationTests {
    @Test("the recommendation's figures agree with the constraint too")
    func recommendationFigure() throws {
        let recommender = WhatIfRecommender(constraints: [try WhatIfConstraint(parsing: "fill_rate>=0.95")], paths: [])
        let outcome = PointOutcome(values: [1], replications: [[.fillRate: 0.94996]])
        #expect(recommender.figure(.metric(.fillRate), of: outcome, decimals: 3) == "0.94996")
        let met = PointOutcome(values: [1], replications: [[.fillRate: 0.9504]])
        #expect(recommender.figure(.metric(.fillRate), of: met, decimals: 3) == "0.950")
    }

    @Test("within noise means: not recommended, orderable, meeting the constraints, paired interval containing 0 (seed 11)")
    func withinNoiseFromASweep() async throws {
        let document = try whatIfDocument()
        let stocks: [Double] = [500, 700, 800, 850, 900, 950, 1000, 1100, 1400]
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].initial_stock"), values: stocks)],
                                strategy: "launch-only", product: "widget",
                                constraints: [try WhatIfConstraint(parsing: "fill_rate>=0.6")], refine: false, threads: 2)
        let result = try await study.run(on: document)
        let chosen = try #require(result.recommendation.point)
        for (index, point) in result.points.enumerated() {
            let interval = try #require(point.profitVersusRecommended)
            let containsZero = (interval.low ?? 1) <= 0 && 0 <= (interval.high ?? -1)
            #expect(point.withinNoise == (index != chosen && point.meetsConstraints == true && containsZero), "\(point.values)")
        }
        #expect(result.points.contains { $0.withinNoise }, "some neighbour is within noise of the best")
        #expect(result.points.contains { !$0.withinNoise && $0.meetsConstraints == true && $0.values != result.points[chosen].values },
                "and some point that meets the constraint is not")
    }
}
