import Foundation
import Testing
@testable import Backtest
import Market

/// Ranking, the service–inventory frontier and P(best) over known replications (no random
/// draws but the bootstrap weights, seed 5), as typed results keyed by ``Metric``.
@Suite("Strategy standings")
struct StrategyStandingTests {
    /// A strategy's figures in one replication.
    struct Figures {
        var profit: Double
        var fill = 0.9
        var stock = 100.0
        var shared: (own: Double, baseline: Double)?
    }

    /// The summary of `replications` replications of `strategies`, the first the baseline;
    /// `managed` gives the products each manages when not all.
    static func summary(_ strategies: [String], managed: [Int?] = [], replications: Int,
                        _ figures: (Int) -> [Figures]) throws -> BacktestSummary {
        var summary = BacktestSummary(strategies: strategies, managedProducts: managed,
                                      comparedOnSharedProducts: managed.map { $0 != nil }, baseline: 0, seed: 5)
        for replication in 0..<replications {
            try summary.add(ReplicationOutcome(replication: replication, strategies: figures(replication).map { f in
                StrategyFigures(total: [.profit: f.profit, .fillRate: f.fill, .averageStockValue: f.stock], byPhase: [:],
                                sharedWithBaseline: f.shared.map { SharedFigures(own: [.profit: $0.own], baseline: [.profit: $0.baseline]) })
            }))
        }
        return summary
    }

    @Test("strategies are ranked by mean profit; one the replications cannot tell from the one above shares its rank")
    func ranksWithTies() throws {
        // b earns 1 more than a on the mean, ± 5 replication by replication: tied; c earns 50 less every time.
        let summary = try Self.summary(["a", "b", "c"], replications: 10) { r in
            let market = 10 * Double(r)
            return [Figures(profit: 100 + market), Figures(profit: 101 + market + (r % 2 == 0 ? 5 : -5)), Figures(profit: 50 + market)]
        }
        let ranking = StrategyRanking(summary)
        #expect(ranking.places.map(\.strategy) == [1, 0, 2])
        #expect(ranking.places.map(\.rank) == [1, 1, 3])
        #expect(ranking.places.map(\.tiedWithPrevious) == [false, true, false])
        #expect(ranking.top == 1)
        let standings = summary.standings
        #expect(standings.map(\.strategy) == [1, 0, 2])
        #expect(standings[0].versusTop == nil)
        let aFromTop = try #require(standings[1].versusTop), cFromTop = try #require(standings[2].versusTop)
        #expect(aFromTop.containsZero && isClose(aFromTop.mean, -1))
        #expect(!cFromTop.containsZero && isClose(cFromTop.mean, -51))
        #expect(standings[1].versusTop?.bootstrapInterval95 == nil, "differences from the top have no bootstrap")
    }

    @Test("partial-catalogue strategies follow unranked by their gain on shared products, without P(best)")
    func partialStrategies() throws {
        // As RankingTests in Reporting: a (baseline) and d manage both products, b and c one each.
        let summary = try Self.summary(["a", "b", "c", "d"], managed: [nil, 1, 1, nil], replications: 2) { r in
            let wiggle = Double(r)
            return [Figures(profit: 100 + wiggle, fill: 0.9), Figures(profit: 90 + wiggle, fill: 0.99, shared: (90 + wiggle, 50 + wiggle)),
                    Figures(profit: 60 + wiggle, fill: 0.5, shared: (60 + wiggle, 50 + wiggle)), Figures(profit: 120 + wiggle, fill: 0.8)]
        }
        #expect(summary.comparableStrategies == [0, 3])
        let standings = summary.standings
        #expect(standings.map(\.strategy) == [3, 0, 1, 2])
        #expect(standings.map(\.place.rank) == [1, 2, nil, nil])
        #expect(standings[2].versusBaseline[.profit]?.mean == 40 && standings[3].versusBaseline[.profit]?.mean == 10)
        #expect(standings[0].probabilityBest == [.profit: 1, .fillRate: 0, .averageStockValue: 0.5])
        #expect(standings[1].probabilityBest == [.profit: 0, .fillRate: 1, .averageStockValue: 0.5])
        #expect(standings[2].probabilityBest.isEmpty && standings[3].probabilityBest.isEmpty)
        #expect(standings[2].versusTop == nil && !standings[2].paretoEfficient && standings[2].dominatedBy == nil)
    }

    @Test("the baseline's difference from itself is zero, without a bootstrap interval; the others have one")
    func versusBaseline() throws {
        let summary = try Self.summary(["a", "b"], replications: 6) { r in
            [Figures(profit: 100 + Double(r)), Figures(profit: 130 + Double(r) * 2)]
        }
        let standings = summary.standings
        let baseline = try #require(standings.first { $0.strategy == 0 })
        let other = try #require(standings.first { $0.strategy == 1 })
        #expect(baseline.versusBaseline[.profit]?.mean == 0 && baseline.versusBaseline[.profit]?.bootstrapInterval95 == nil)
        let difference = try #require(other.versusBaseline[.profit])
        #expect(difference.mean == 32.5 && difference.bootstrapInterval95 != nil)
        #expect(Set(other.versusBaseline.keys) == [.profit, .fillRate, .averageStockValue])
        #expect(other.metrics[.profit] == Figure(summary.strategies[1].total[.profit] ?? RunningStatistic()))
    }

    @Test("the frontier: a strategy another beats on fill rate and stock value is dominated, named by the most profitable that does")
    func frontier() throws {
        // (fill rate, stock value): a (0.90, 100), b (0.95, 90), c (0.99, 200), d (0.92, 95), e (0.80, 50).
        // b beats a and d; d beats a and earns more than b, so it is the one named for a.
        let summary = try Self.summary(["a", "b", "c", "d", "e"], replications: 2) { _ in
            [Figures(profit: 10, fill: 0.90, stock: 100), Figures(profit: 20, fill: 0.95, stock: 90),
             Figures(profit: 30, fill: 0.99, stock: 200), Figures(profit: 40, fill: 0.92, stock: 95),
             Figures(profit: 5, fill: 0.80, stock: 50)]
        }
        let frontier = ServiceFrontier(summary)
        #expect(frontier.dominators == [[1, 3], [], [], [1], []])
        #expect((0..<5).map(frontier.isEfficient) == [false, true, true, false, true])
        #expect(frontier.dominatedBy(0) == 3 && frontier.dominatedBy(3) == 1 && frontier.dominatedBy(1) == nil)
        let standings = summary.standings
        #expect(standings.first { $0.strategy == 0 }?.dominatedBy == 3)
        #expect(standings.map(\.paretoEfficient) == standings.map { frontier.isEfficient($0.strategy) })
        let point = ServiceFrontier.Point(fillRate: 0.9, stockValue: 100)
        #expect(!point.dominates(point), "equal on both is no domination")
    }

    @Test("figures and differences code as summary.json names them, keyed by metric name; bad input is refused")
    func coding() throws {
        let figure = Figure(mean: 12.5, standardDeviation: 2, standardError: 0.5, count: 16, interval95: 11.4...13.6)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode([Metric.fillRate: figure]), as: UTF8.self)
        #expect(text == #"{"fill_rate":{"ci95":[11.4,13.6],"mean":12.5,"n":16,"sd":2,"se":0.5}}"#)
        #expect(try JSONDecoder().decode([Metric: Figure].self, from: Data(text.utf8)) == [.fillRate: figure])

        let difference = Difference(mean: -3, standardDeviation: 1, interval95: nil, bootstrapInterval95: -4...(-2))
        let differenceText = String(decoding: try encoder.encode(difference), as: UTF8.self)
        #expect(differenceText == #"{"ci95_bootstrap":[-4,-2],"mean":-3,"sd":1}"#)
        #expect(try JSONDecoder().decode(Difference.self, from: Data(differenceText.utf8)) == difference)

        for bad in [#"{"fill_rat":{"mean":1,"sd":0,"se":0,"n":1}}"#,
                    #"{"fill_rate":{"mean":1,"sd":0,"se":0,"n":1,"ci95":[2,1]}}"#,
                    #"{"fill_rate":{"mean":1,"sd":0,"se":0,"n":1,"ci95":[1]}}"#] {
            #expect(throws: DecodingError.self, "\(bad)") { try JSONDecoder().decode([Metric: Figure].self, from: Data(bad.utf8)) }
        }
    }
}
