import Testing
@testable import Backtest

/// The recommendation rules of docs/comparisons.md on hand-built candidates (no draws): each
/// rule decides on the inputs meant for it, and on nothing else.
@Suite("Recommendation rules")
struct StrategyRecommendationTests {
    typealias Candidate = StrategyRecommendation.Candidate

    static func candidate(_ profit: Double, fill: Double, stock: Double, tied: Bool = false) -> Candidate {
        Candidate(profit: profit, service: ServiceFrontier.Point(fillRate: fill, stockValue: stock), tiedWithTop: tied)
    }

    @Test("rule 1: nothing without strategies, when even the top loses money, or with one replication")
    func nothingToPick() {
        #expect(StrategyRecommendation(ranked: [], replications: 30) == .noStrategy)
        let losing = [Self.candidate(-5, fill: 0.9, stock: 100), Self.candidate(-8, fill: 0.95, stock: 50)]
        #expect(StrategyRecommendation(ranked: losing, replications: 30) == .everyStrategyLosesMoney)
        let earning = [Self.candidate(10, fill: 0.9, stock: 100), Self.candidate(8, fill: 0.95, stock: 50)]
        let once = StrategyRecommendation(ranked: earning, replications: 1)
        #expect(once == .oneReplication && once.pick == nil && once.tiedOnProfit.isEmpty)
    }

    @Test("a single earning strategy is picked, even with one replication")
    func onlyStrategy() {
        let decision = StrategyRecommendation(ranked: [Self.candidate(10, fill: 0.9, stock: 100)], replications: 1)
        #expect(decision == .onlyStrategy && decision.pick == 0 && decision.tiedOnProfit == [0])
    }

    @Test("rule 2: a top told apart from every other is picked whatever its service and stock")
    func clearTop() {
        // The runner-up dominates the top on service and stock, but is not tied on profit.
        let ranked = [Self.candidate(100, fill: 0.90, stock: 500), Self.candidate(60, fill: 0.99, stock: 100)]
        let decision = StrategyRecommendation(ranked: ranked, replications: 30)
        #expect(decision == .highestProfit && decision.pick == 0 && decision.tiedOnProfit == [0])
    }

    @Test("rule 3: among the tied, the top when none dominates it, naming a tied strategy serving more")
    func topUndominatedAmongTied() {
        let ranked = [Self.candidate(100, fill: 0.95, stock: 100),
                      Self.candidate(98, fill: 0.97, stock: 300, tied: true),
                      Self.candidate(97, fill: 0.9505, stock: 400, tied: true),  // less than 0.001 above: not named
                      Self.candidate(50, fill: 0.99, stock: 50)]                // dominates the top, but not tied
        let decision = StrategyRecommendation(ranked: ranked, replications: 30)
        #expect(decision == .highestProfitAmongTied(tied: [0, 1, 2], moreServing: 1))
        #expect(decision.pick == 0)
    }

    @Test("rule 3: a dominated top gives way to the most profitable undominated tied strategy")
    func dominatedTop() {
        let ranked = [Self.candidate(100, fill: 0.95, stock: 500),
                      Self.candidate(99, fill: 0.96, stock: 400, tied: true),   // dominated by 2
                      Self.candidate(98, fill: 0.97, stock: 300, tied: true)]
        let decision = StrategyRecommendation(ranked: ranked + [Self.candidate(10, fill: 0.5, stock: 10)], replications: 30)
        // 1 dominates the top but is itself dominated; 2 is picked and named as dominating the top.
        #expect(decision == .tiedOnProfitUndominated(pick: 2, tied: [0, 1, 2], topDominator: 2))
        #expect(decision.pick == 2 && decision.tiedOnProfit == [0, 1, 2])
    }

    @Test("rule 4: every strategy tied and several undominated: nothing, the reader chooses")
    func allTied() {
        let ranked = [Self.candidate(100, fill: 0.95, stock: 500),
                      Self.candidate(99, fill: 0.97, stock: 600, tied: true),
                      Self.candidate(98, fill: 0.94, stock: 700, tied: true)]  // dominated by the top
        let decision = StrategyRecommendation(ranked: ranked, replications: 30)
        #expect(decision == .allTied(tied: [0, 1, 2], undominated: [0, 1]))
        #expect(decision.pick == nil && decision.tiedOnProfit == [0, 1, 2])
    }
}
