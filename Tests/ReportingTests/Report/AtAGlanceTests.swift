import Testing
@testable import Reporting

/// The plain-sentence summary at the top of `report.html` and `summary.md`, on the tiny fixture:
/// ses × jacket earns 1,250 ± 150, the baseline naive × s-S 940; paired difference 310 ± 180.
@Suite("At a glance")
struct AtAGlanceTests {
    @Test("the best strategy, its lead over the baseline with its interval, its service and stock")
    func clearWinner() throws {
        let sentences = try ReportFixtures.summary().atAGlance
        #expect(sentences.count == 4, "\(sentences)")
        #expect(sentences[0] == "Best by mean profit: ses × jacket, 1,250 ± 150 per replication (95% interval).")
        #expect(sentences[1] == "That is 310 ± 180 more than the baseline, naive × s-S, replication by replication.")
        #expect(sentences[2] == "Its fill rate is 97.0% and its average stock value 420 (baseline: 93.0%, 300).")
        // The best is also the frontier's highest fill rate.
        #expect(sentences[3].hasPrefix("No strategy on the service–inventory frontier"))
    }

    @Test("shared top ranks, a difference indistinguishable from zero, and partial strategies are said so")
    func tiesAndPartials() throws {
        var report = try ReportFixtures.summary()
        report.strategies[1].rank = 1
        report.strategies[1].tiedWithPrevious = true
        report.strategies[0].versusBaseline["profit"]?.ci95 = [-20, 640]
        var sentences = report.atAGlance
        #expect(sentences[0].hasPrefix("2 strategies share the top rank by mean profit: ses × jacket, naive × s-S."))
        #expect(sentences[0].hasSuffix("ses × jacket is ahead on the mean, 1,250 ± 150."))
        #expect(sentences[1] == "Against the baseline, naive × s-S, the difference (310 ± 330) cannot be told from zero.")

        // Managing one product of several, the winner is left out: the baseline leads.
        report.strategies[0].managedProducts = 1
        sentences = report.atAGlance
        #expect(sentences[0].contains("naive × s-S") && !sentences[0].contains("ses × jacket"))
        #expect(sentences.last == "1 strategy manages only part of the catalogue (marked †) and is left out of these sentences.")

        // Compared on the products it manages, its difference is fair and is said.
        report.strategies[0].versusBaselineOnSharedProducts = true
        sentences = report.atAGlance
        #expect(sentences.last == "On the products it manages, ses × jacket differs from the baseline by 310 ± 330, "
                    + "which cannot be told from zero.")
        report.strategies[0].versusBaseline["profit"]?.ci95 = [130, 490]
        #expect(report.atAGlance.last == "On the products it manages, ses × jacket earns 310 ± 180 more than the baseline "
                    + "does there, replication by replication.")
    }
}
