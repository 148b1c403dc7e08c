import Testing
import Backtest
@testable import Reporting

/// The plain-sentence summary at the top of `report.html` and `summary.md`, on the tiny fixture:
/// ses × jacket earns 1,250 ± 150, the baseline naive × s-S 940; paired difference 310 ± 180;
/// ma × weekly (fill 95%, stock 510) is dominated by ses × jacket (97%, 420).
@Suite("At a glance")
struct AtAGlanceTests {
    @Test("the pick and why, its spread, its lead over the baseline, its service and stock, the dominated strategy")
    func clearWinner() throws {
        let sentences = try ReportFixtures.summary().atAGlance
        #expect(sentences == [
            "Pick ses × jacket: it earns the most, 1,250 ± 150 per replication (95% interval), 310 ± 180 more than the "
                + "runner-up, naive × s-S, replication by replication.",
            "ses × jacket's profit per replication ranges from 980 (5th percentile: one replication in twenty earns less) "
                + "to 1,520 (95th), with a median of 1,250.",
            "ses × jacket earns 310 ± 180 more than the baseline, naive × s-S, replication by replication.",
            "ses × jacket's fill rate is 97.0% and its average stock value 420 (baseline: 93.0%, 300).",
            "Dominated on service and stock — another strategy has at least its fill rate with no more stock, better on one — "
                + "so never the way to more service: ma × weekly (by ses × jacket).",
            "No strategy on the service–inventory frontier serves noticeably more demand from the shelf than ses × jacket.",
        ])
    }

    @Test("a difference from the baseline indistinguishable from zero, and partial strategies, are said so")
    func tiesAndPartials() throws {
        var report = try ReportFixtures.summary()
        report.strategies[0].versusBaseline[.profit]?.interval95 = -20...640
        #expect(report.atAGlance.contains("Against the baseline, naive × s-S, ses × jacket's difference (310 ± 330) cannot be told from zero."))

        // Managing one product of several, the winner is left out: the baseline leads.
        report.strategies[0].managedProducts = 1
        report.strategies[0].rank = nil
        report.recommendation = BacktestReport.recommend(report.strategies, replications: report.replications)
        var sentences = report.atAGlance
        #expect(sentences[0].hasPrefix("Pick naive × s-S") && !sentences[0].contains("ses × jacket"), "\(sentences)")
        #expect(sentences.last == "1 strategy manages only part of the catalogue (marked †) and is left out of these sentences.")

        // Compared on the products it manages, its difference is fair and is said.
        report.strategies[0].versusBaselineOnSharedProducts = true
        sentences = report.atAGlance
        #expect(sentences.last == "On the products it manages, ses × jacket differs from the baseline by 310 ± 330, "
                    + "which cannot be told from zero.")
        report.strategies[0].versusBaseline[.profit]?.interval95 = 130...490
        #expect(report.atAGlance.last == "On the products it manages, ses × jacket earns 310 ± 180 more than the baseline "
                    + "does there, replication by replication.")
    }
}
