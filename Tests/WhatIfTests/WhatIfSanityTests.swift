import Backtest
import Foundation
import Reporting
import Scenario
import Testing
@testable import WhatIf

/// What-if sanity under common random numbers: the sweep must reflect cause and effect, not noise.
@Suite("what-if sanity")
struct WhatIfSanityTests {
    static let stocks: [Double] = [0, 300, 600, 900, 1200, 1600]

    /// The one-buy strategy at each launch stock, every replication (seed 11, 24 replications).
    static func outcomes(threads: Int) async throws -> [PointOutcome] {
        let document = try whatIfDocument()
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].initial_stock"),
                                                 values: stocks)],
                                strategy: "launch-only", product: "widget", threads: threads)
        let evaluator = try study.setUp(document).evaluator
        return try await evaluator.evaluate(WhatIfStudy.grid([stocks]))
    }

    @Test("with one buy and no reorders, more launch stock never means more lost units, in any replication")
    func moreStockNeverLosesMore() async throws {
        let outcomes = try await Self.outcomes(threads: 2)
        #expect(outcomes.count == Self.stocks.count)
        let replications = try #require(outcomes.first?.replications.count)
        #expect(replications == 24)
        for replication in 0..<replications {
            let lost = outcomes.map { $0.replications[replication][.lostUnits] ?? -1 }
            let sold = outcomes.map { $0.replications[replication][.unitsSold] ?? -1 }
            let demand = outcomes.map { $0.replications[replication][.demand] ?? -1 }
            // Same market in the replication at every point: demand is the same.
            #expect(Set(demand).count == 1, "replication \(replication): demand \(demand)")
            for (index, pair) in zip(lost, lost.dropFirst()).enumerated() {
                #expect(pair.1 <= pair.0, "replication \(replication): lost \(lost) rises after \(Self.stocks[index])")
            }
            // Sold = min(stock, demand): no stock, nothing sold; and never more than demand.
            #expect(sold[0] == 0)
            for (stock, units) in zip(Self.stocks, sold) { #expect(units <= min(stock, demand[0])) }
        }
        // The uncertain maturity level varies demand between replications.
        let demands = Set((0..<replications).map { outcomes[0].replications[$0][.demand] ?? 0 })
        #expect(demands.count > replications / 2)
    }

    @Test("the figures are the same whatever the thread count")
    func threadCountDoesNotMatter() async throws {
        let one = try await Self.outcomes(threads: 1)
        let three = try await Self.outcomes(threads: 3)
        #expect(one.map(\.replications) == three.map(\.replications))
    }

    @Test("the study recommends the most profitable stock meeting the constraint and refines it between neighbours")
    func recommendation() async throws {
        let document = try whatIfDocument()
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].initial_stock"),
                                                 values: [0, 400, 800, 1200, 1600])],
                                strategy: "launch-only", product: "widget",
                                constraints: [try WhatIfConstraint(parsing: "fill_rate>=0.9")], refinementBudget: 6, threads: 2)
        let result = try await study.run(on: document)
        let chosen = try #require(result.recommendation.point)
        let recommended = result.points[chosen]
        #expect(recommended.meetsConstraints == true)
        #expect(result.points.allSatisfy { $0.meetsConstraints == false || $0.profit.mean <= recommended.profit.mean })
        let refinement = try #require(result.refinement)
        #expect(refinement.status == .refined)
        #expect(refinement.evaluations <= 6)
        #expect(result.points.filter { $0.source == .refinement }.count == refinement.evaluations)
        let bracket = try #require(refinement.bracket)
        #expect(recommended.values[0] >= bracket[0] && recommended.values[0] <= bracket[1])
        #expect(recommended.values[0] == recommended.values[0].rounded(), "initial stock is a whole number")
        // Points are listed in order of value; the recommended one is paired with itself at 0.
        #expect(result.points.map { $0.values[0] } == result.points.map { $0.values[0] }.sorted())
        #expect(recommended.profitVersusRecommended?.mean == 0)
        #expect(result.csv.split(separator: "\n").count == result.points.count + 1)
    }

    @Test("the best point at the edge of the grid is not refined; a constraint nobody meets names the closest point")
    func edgesAndInfeasible() async throws {
        let document = try whatIfDocument()
        let path = try ScenarioFieldPath(parsing: "products[widget].initial_stock")
        let edge = try await WhatIfStudy(axes: [SweepAxis(path: path, values: [100, 200, 300])], product: "widget",
                                         threads: 2).run(on: document)
        #expect(edge.refinement?.status == .atEdgeOfGrid)
        #expect(edge.refinement?.message.contains("widen the range above 300") == true)
        let none = try await WhatIfStudy(axes: [SweepAxis(path: path, values: [100, 200, 300])], product: "widget",
                                         constraints: [try WhatIfConstraint(parsing: "fill_rate>=0.99")], threads: 2).run(on: document)
        #expect(none.recommendation.status == .noPointMeetsConstraint)
        #expect(none.recommendation.closest.map { none.points[$0].values } == [300])
        #expect(none.refinement?.status == .notPossible)
    }

    @Test("setting up refuses fields that cannot be swept, naming the part of the request and the reason")
    func setUpErrors() throws {
        let document = try whatIfDocument()
        func failure(_ axes: [String], strategy: String? = nil, product: String? = nil, refine: Bool? = nil) throws -> WhatIfError? {
            let parsed = try axes.map { try SweepAxis(parsing: $0) }
            return whatIfError { _ = try WhatIfStudy(axes: parsed, strategy: strategy, product: product, refine: refine).setUp(document) }
        }
        let misspelt = try failure(["products[widget].initial_stok=1,2"])
        #expect(misspelt?.subject == .sweep("products[widget].initial_stok"))
        #expect(misspelt?.message.hasPrefix("products[widget] has no field") == true, "\(String(describing: misspelt))")
        #expect(try failure(["products[widget].lifecycle.phases[maturity].to=10,20"])?.message.contains("draws this field") == true)
        #expect(try failure(["seed=1,2"])?.hint == "set the study's seed instead")
        #expect(try failure(["products[widget].initial_stock=10.5,20"])?.message.contains("whole numbers") == true)
        #expect(try failure(["products[0].initial_stock=1,2", "products[widget].initial_stock=3,4"])?.message.contains("same field") == true)
        #expect(try failure(["products[0].price=1,2", "products[0].unit_cost=1,2"], refine: true)?.subject == .refinement)
        #expect(try failure(["products[0].price=1,2", "products[0].unit_cost=1,2", "calendar.periods=30"])?.message.contains("one or two") == true)
        let strategy = try failure(["products[0].price=1,2"], strategy: "ses x weekly")
        #expect(strategy?.hint == "the strategies are: 'launch-only', 'naive × weekly'")
        #expect(try failure(["products[0].price=1,2"], product: "widgt")?.hint == "did you mean 'widget'?")
        // The drawn field's distribution may itself be varied.
        #expect(try failure(["uncertainty[0].lognormal.median=20,30"]) == nil)
    }
}
