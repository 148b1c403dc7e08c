import Foundation
import Testing
@testable import Backtest
@testable import Reporting

/// What to pick and why (``BacktestReport/Recommendation``), from summaries folded from known
/// replications (no random draws but the bootstrap weights, seed 11), and on the tiny fixture.
@Suite("Recommendation")
struct RecommendationTests {
    /// A strategy's figures in one replication.
    struct Figures {
        var profit: Double
        var fill: Double
        var stock: Double
    }

    /// The report of `replications` replications of `strategies` (the first is the baseline);
    /// `figures(replication)` gives every strategy's figures in that replication.
    static func report(_ strategies: [String], replications: Int, _ figures: (Int) -> [Figures]) throws -> BacktestReport {
        var summary = BacktestSummary(strategies: strategies, baseline: 0, seed: 11)
        for replication in 0..<replications {
            try summary.add(ReplicationOutcome(replication: replication, strategies: figures(replication).map {
                StrategyFigures(total: [.profit: $0.profit, .fillRate: $0.fill, .averageStockValue: $0.stock], byPhase: [:])
            }))
        }
        return BacktestReport(scenario: "built", seed: 11, replications: replications, products: 1, periods: 10,
                              periodLength: "day", summary: summary)
    }

    /// The built run: big-batch earns most on the mean (1,000), lean 5 less with a paired
    /// difference of ±40 each replication (its 95% interval contains 0), and lean has a higher
    /// fill rate (96% against 95%) with less stock (300 against 500): big-batch is dominated.
    /// slow earns clearly less (800) with the least stock and the lowest fill rate.
    static func dominatedTop() throws -> BacktestReport {
        try report(["big-batch", "lean", "slow"], replications: 30) { r in
            let market = 100 * sin(Double(r))
            return [Figures(profit: 1000 + market, fill: 0.95, stock: 500),
                    Figures(profit: 995 + market + (r % 2 == 0 ? 40 : -40), fill: 0.96, stock: 300),
                    Figures(profit: 800 + market, fill: 0.90, stock: 200)]
        }
    }

    @Test("the top earner dominated on service and stock, tied on profit: the strategy that dominates it is picked, the top flagged")
    func dominatedTopEarner() throws {
        let report = try Self.dominatedTop()
        #expect(report.strategies.map(\.name) == ["big-batch", "lean", "slow"])
        #expect(report.strategies[1].versusTop?.containsZero == true)
        #expect(report.strategies[0].dominatedBy == "lean" && !report.strategies[0].paretoEfficient)
        #expect(report.strategies[1].dominatedBy == nil && report.strategies[2].dominatedBy == nil)
        let recommendation = report.recommendation
        #expect(recommendation.strategy == "lean")
        #expect(recommendation.reason == .tiedOnProfitUndominated)
        #expect(recommendation.tiedOnProfit == ["big-batch", "lean"])
        #expect(recommendation.why[0].hasPrefix("Pick lean: on profit the replications cannot tell it apart from big-batch"),
                "\(recommendation.why)")
        #expect(recommendation.why[1] == "lean serves at least as much demand from the shelf (fill rate 96.0% against 95.0%) "
                    + "with less stock (stock value 300 against 500): big-batch is dominated.")
        // The dominated top earner is flagged, never offered as the way to more service.
        let glance = report.atAGlance
        #expect(glance.contains { $0.hasPrefix("Dominated on service and stock") && $0.contains("big-batch (by lean)") })
        #expect(!glance.contains { $0.hasPrefix("For more service") && $0.contains("big-batch") })
        // The table marks the pick and the dominated strategy; summary.md too.
        let table = report.table()
        let lines = table.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("1") && $0.contains("big-batch") && $0.hasSuffix("dominated") }, "\(table)")
        #expect(lines.contains { $0.contains("lean") && $0.hasSuffix("pick") }, "\(table)")
        #expect(report.markdown.contains("| lean (pick) |"))
        #expect(report.markdown.contains("dominated by lean"))
        // The product charts follow lean's median-profit replication.
        #expect(report.typicalStrategy?.name == "lean")
        #expect(report.typicalReplication == report.strategies[1].profitQuantiles?.point(0.5)?.replication)
    }

    @Test("a top earner told apart from every other is picked even when dominated; the sentence says its stock pays")
    func clearTopDominated() throws {
        let report = try Self.report(["big-batch", "lean"], replications: 20) { r in
            let market = 100 * sin(Double(r))
            return [Figures(profit: 1000 + market, fill: 0.95, stock: 500),
                    Figures(profit: 900 + market + (r % 2 == 0 ? 10 : -10), fill: 0.96, stock: 300)]
        }
        #expect(report.recommendation.strategy == "big-batch" && report.recommendation.reason == .highestProfit)
        #expect(report.recommendation.why[0] == "Pick big-batch: it earns the most, 1,000 ± 33 per replication (95% interval), "
                    + "100 ± 5 more than the runner-up, lean, replication by replication.", "\(report.recommendation.why)")
        #expect(report.recommendation.why[1].hasPrefix("lean has at least its fill rate (96.0% against 95.0%) with no more stock"))
        #expect(report.recommendation.why[1].hasSuffix("big-batch's extra stock pays for itself."))
    }

    @Test("nothing is recommended when every strategy loses money, when all are tied with a choice left, or with one replication")
    func noRecommendation() throws {
        let losing = try Self.report(["a", "b"], replications: 10) { r in
            [Figures(profit: -100 - Double(r), fill: 0.9, stock: 100), Figures(profit: -300, fill: 0.95, stock: 100)]
        }
        #expect(losing.recommendation.strategy == nil && losing.recommendation.reason == .noneEveryStrategyLosesMoney)
        #expect(losing.recommendation.why[0].hasPrefix("No recommendation: every strategy loses money on average; the smallest loss is a's"))
        #expect(losing.table().split(separator: "\n").allSatisfy { !$0.hasSuffix("pick") })

        // Tied on profit, and a trade-off: more service (a) or less stock (b).
        let tied = try Self.report(["a", "b", "c"], replications: 30) { r in
            let wiggle = r % 2 == 0 ? 30.0 : -30
            return [Figures(profit: 500 + wiggle, fill: 0.97, stock: 400), Figures(profit: 498 - wiggle, fill: 0.93, stock: 250),
                    Figures(profit: 497, fill: 0.92, stock: 300)]
        }
        #expect(tied.recommendation.strategy == nil && tied.recommendation.reason == .noneAllTied, "\(tied.recommendation)")
        #expect(tied.recommendation.tiedOnProfit == ["a", "b", "c"])
        #expect(tied.recommendation.why[1].contains("a (fill rate 97.0%, stock value 400) or b (fill rate 93.0%, stock value 250)"))
        // Nothing recommended: the top earner's typical replication is shown.
        #expect(tied.typicalStrategy?.name == "a")

        let once = try Self.report(["a", "b"], replications: 1) { _ in
            [Figures(profit: 10, fill: 1, stock: 1), Figures(profit: 5, fill: 1, stock: 1)]
        }
        #expect(once.recommendation.strategy == nil && once.recommendation.reason == .noneOneReplication)
    }

    @Test("tied with others none of which beats it on service and stock, the top earner is picked and the service option named")
    func tiedTop() throws {
        var report = try ReportFixtures.summary()
        report.strategies[1].versusTop?.interval95 = -620...0
        report.recommendation = BacktestReport.recommend(report.strategies, replications: report.replications)
        #expect(report.recommendation.strategy == "ses × jacket" && report.recommendation.reason == .highestProfitAmongTied)
        #expect(report.recommendation.why[1].hasPrefix("2 strategies cannot be told apart on profit: ses × jacket, naive × s-S"))

        // The baseline with more service and less stock: it is picked instead.
        report.strategies[1].metrics[.fillRate]?.mean = 0.98
        report.recommendation = BacktestReport.recommend(report.strategies, replications: report.replications)
        #expect(report.recommendation.strategy == "naive × s-S" && report.recommendation.reason == .tiedOnProfitUndominated)
        #expect(report.recommendation.why[0] == "Pick naive × s-S: on profit the replications cannot tell it apart from "
                    + "ses × jacket, the highest on the mean (naive × s-S − ses × jacket: −310 ± 310 per replication, 95% interval).")
    }
}
