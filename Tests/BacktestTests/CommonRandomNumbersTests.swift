import Testing
@testable import Backtest
import Calendar
import Forecasting
import GSL
import Inventory
import Market

/// Every strategy faces the same demand uniforms and lead-time uniforms, so differences between
/// strategies are never noise from different draws, and a strategy's results do not depend on
/// which other strategies run beside it.
@Suite("Common random numbers")
struct CommonRandomNumbersTests {
    static let seed: UInt64 = 0xC0_4404
    static let replications = 4

    /// Two products chosen to exercise every random source: a Bass product with churn (sales
    /// feed back into demand) and gamma lead times (one lead-time uniform per period), and a
    /// negative-binomial product with a late launch, an end of life and partial backorders.
    static func blueprintAndTerms() throws -> (MarketBlueprint, [ProductTerms]) {
        let bass = Product(id: "gadget", listPrice: 20, unitCost: 12, life: DayRange(first: Fixture.start, end: nil),
                           lifecycle: .bass(BassDiffusion(marketSize: 600, innovation: 0.02, imitation: 0.3)))
        let staple = Fixture.flatProduct("staple", level: 8, price: 5, noise: .negativeBinomial(dispersion: 3),
                                         launchDay: 5, lifeDays: 70)
        let economics = [Economics(price: 20, unitCost: 12, holdingCost: 0.05, salvageValue: 4, shortagePenalty: 1),
                         Economics(price: 5, unitCost: 3, holdingCost: 0.01, salvageValue: 1)]
        let terms = [
            ProductTerms(economics: economics[0], orderCost: 15,
                         leadTimeDays: try Distribution.gamma(mean: 4, sd: 2).makeSampler(), churn: 0.5, initialStock: 20),
            ProductTerms(economics: economics[1], orderCost: 5,
                         leadTimeDays: try Distribution.gamma(mean: 3, sd: 1.5).makeSampler(), backorderShare: 0.5,
                         initialStock: 10),
        ]
        return (Fixture.blueprint([bass, staple], periods: 90), terms)
    }

    static func strategyX() throws -> Strategy {
        Strategy(name: "X", forecaster: NaiveForecaster(), policy: try SSPolicy(reorderPoint: 15, orderUpTo: 45))
    }

    static func others() throws -> (Strategy, Strategy) {
        (Strategy(name: "Y", forecaster: ModelForecaster.ses(), policy: try QuantilePolicy(quantile: 0.8)),
         Strategy(name: "Z", forecaster: MovingAverageForecaster(window: 5), policy: try BaseStockPolicy(level: 40)))
    }

    static func plan(_ strategies: [Strategy]) throws -> BacktestPlan {
        let (blueprint, terms) = try blueprintAndTerms()
        return BacktestPlan(blueprint: blueprint, terms: terms, strategies: strategies, seed: seed, replications: replications)
    }

    @Test("two identical strategies under different names get identical score cards and traces in every replication")
    func identicalTwins() async throws {
        var twin = try Self.strategyX()
        twin.name = "X again"
        let (sink, summary) = try await runRecording(try Self.plan([try Self.strategyX(), twin]))
        for replication in 0..<Self.replications {
            for product in 0..<2 {
                let first = try #require(sink.outcome(replication: replication, strategy: 0, product: product))
                let second = try #require(sink.outcome(replication: replication, strategy: 1, product: product))
                #expect(first.card == second.card, "replication \(replication), product \(product) (seed \(Self.seed))")
                #expect(sink.traces[.init(replication: replication, strategy: 0, product: product)]
                        == sink.traces[.init(replication: replication, strategy: 1, product: product)])
            }
        }
        // Not vacuous: the cards differ between replications and products.
        let cards = Set(sink.outcomes.map(\.card))
        #expect(cards.count == Self.replications * 2)
        #expect(summary.strategies[0].mean(.profit) == summary.strategies[1].mean(.profit))
    }

    @Test("a strategy's results do not change when other strategies are added before and after it")
    func independentOfCompany() async throws {
        let (alone, _) = try await runRecording(try Self.plan([try Self.strategyX()]))
        let (y, z) = try Self.others()
        let (crowd, _) = try await runRecording(try Self.plan([y, try Self.strategyX(), z]))
        for replication in 0..<Self.replications {
            for product in 0..<2 {
                let context = "replication \(replication), product \(product) (seed \(Self.seed))"
                let single = try #require(alone.outcome(replication: replication, strategy: 0, product: product))
                let among = try #require(crowd.outcome(replication: replication, strategy: 1, product: product))
                #expect(single.card == among.card, "\(context)")
                #expect(single.oracleProfit == among.oracleProfit, "\(context)")
                #expect(alone.traces[.init(replication: replication, strategy: 0, product: product)]
                        == crowd.traces[.init(replication: replication, strategy: 1, product: product)], "\(context)")
            }
        }
    }

    @Test("different strategies see the same demand where sales do not feed back, and the same lead time when they order in the same period")
    func sharedDraws() async throws {
        let (y, z) = try Self.others()
        let (sink, _) = try await runRecording(try Self.plan([try Self.strategyX(), y, z]))
        var sharedOrderPeriods = 0
        for replication in 0..<Self.replications {
            for product in 0..<2 {
                let traces = try (0..<3).map { strategy in
                    try #require(sink.traces[.init(replication: replication, strategy: strategy, product: product)])
                }
                let context = "replication \(replication), product \(product) (seed \(Self.seed))"
                if product == 1 {
                    // A phase lifecycle: demand is the same uniform inverted at the same mean.
                    #expect(traces[0].map(\.demand) == traces[1].map(\.demand), "\(context)")
                    #expect(traces[0].map(\.demand) == traces[2].map(\.demand), "\(context)")
                }
                for (a, b) in [(0, 1), (0, 2), (1, 2)] {
                    for (ra, rb) in zip(traces[a], traces[b]) where ra.ordered > 0 && rb.ordered > 0 {
                        #expect(ra.leadTime == rb.leadTime, "\(context), period \(ra.period)")
                        sharedOrderPeriods += 1
                    }
                }
            }
        }
        // The lead-time check compared something, and the gamma lead times do vary.
        #expect(sharedOrderPeriods > 50)
        let leadTimes = Set(sink.traces.values.joined().compactMap(\.leadTime))
        #expect(leadTimes.count > 2)
    }

    @Test("a strategy managing one product only is scored on it alone, exactly as when it manages all")
    func subsetOfProducts() async throws {
        var onlyStaple = try Self.strategyX()
        onlyStaple.name = "X on the staple"
        onlyStaple.products = [1]
        let (sink, summary) = try await runRecording(try Self.plan([try Self.strategyX(), onlyStaple]))
        #expect(!sink.outcomes.contains { $0.strategy == 1 && $0.product == 0 })
        var demand = 0.0
        for replication in 0..<Self.replications {
            let all = try #require(sink.outcome(replication: replication, strategy: 0, product: 1))
            let one = try #require(sink.outcome(replication: replication, strategy: 1, product: 1))
            #expect(all.card == one.card, "replication \(replication) (seed \(Self.seed))")
            #expect(all.oracleProfit == one.oracleProfit)
            demand += Double(one.card.total.demand)
        }
        // Its catalogue is the staple alone, in the summary as well.
        #expect(isClose(summary.strategies[1].mean(.demand), demand / Double(Self.replications)))
        #expect(summary.strategies[1].mean(.demand) < summary.strategies[0].mean(.demand))
    }
}
