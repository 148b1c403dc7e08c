import Testing
@testable import Backtest
@testable import Reporting

/// The order of the ranked table: whole-catalogue strategies by mean profit, ranked; then,
/// unranked, those managing some products by their gain over the baseline on those products.
@Suite("Ranking with partial-catalogue strategies")
struct RankingTests {
    /// Two replications of four strategies: a (baseline) and d manage both products, b and c
    /// one each. Profits per replication: a 100, d 120 (whole); b 90 and c 60 over their product,
    /// where the baseline made 50 (b's) and 50 (c's): b gains 40, c 10. Fill rates: a 0.9,
    /// d 0.8, b 0.99 (on its one product), c 0.5.
    static func report() throws -> BacktestReport {
        var summary = BacktestSummary(strategies: ["a", "b", "c", "d"], managedProducts: [nil, 1, 1, nil],
                                      comparedOnSharedProducts: [false, true, true, false], baseline: 0, seed: 3)
        for replication in 0..<2 {
            let wiggle = Double(replication)
            func figures(_ profit: Double, _ fillRate: Double, shared: (Double, Double)? = nil) -> StrategyFigures {
                StrategyFigures(total: [.profit: profit + wiggle, .fillRate: fillRate], byPhase: [:],
                                sharedWithBaseline: shared.map { SharedFigures(own: [.profit: $0.0 + wiggle], baseline: [.profit: $0.1 + wiggle]) })
            }
            try summary.add(ReplicationOutcome(replication: replication, strategies: [
                figures(100, 0.9), figures(90, 0.99, shared: (90, 50)), figures(60, 0.5, shared: (60, 50)), figures(120, 0.8),
            ]))
        }
        return BacktestReport(scenario: "ranking", seed: 3, replications: 2, products: 2, periods: 1, periodLength: "day",
                              summary: summary)
    }

    @Test("whole-catalogue strategies are ranked by profit; partial ones follow unranked, largest gain first")
    func order() throws {
        let report = try Self.report()
        #expect(report.strategies.map(\.name) == ["d", "a", "b", "c"])
        #expect(report.strategies.map(\.rank) == [1, 2, nil, nil])
        #expect(report.strategies.map { BacktestReport.rankLabel($0, in: report.strategies) } == ["1", "2", "–", "–"])
        // b's total (90) is below a's (100), yet it gains 40 on its product: the difference is paired there.
        #expect(report.strategies[2].versusBaseline[.profit]?.mean == 40)
        #expect(report.strategies[3].versusBaseline[.profit]?.mean == 10)
        #expect(report.strategies[2].versusBaselineOnSharedProducts == true && report.strategies[0].versusBaselineOnSharedProducts == nil)
        // P(best) among the ranked: b's fill rate over one product does not take a's wins.
        #expect(report.strategies[0].probabilityBest == [.profit: 1, .fillRate: 0])
        #expect(report.strategies[1].probabilityBest == [.profit: 0, .fillRate: 1])
        #expect(report.strategies[2].probabilityBest.isEmpty && report.strategies[3].probabilityBest.isEmpty)
    }
}
