import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// The review before a launch: a product launched after the calendar's start gets its first
/// buy from the launch forecast, L + 1 periods ahead, so that it arrives for the launch.
///
/// The market: a daily calendar of 60 periods, one product launched on day `launch` for 30 days
/// (live `launch..<launch + 30`), flat Poisson demand of 20 a day; price 10, unit cost 4,
/// salvage 1, so cu = 6, co = 3 and the critical ratio is 2/3. The analog forecaster borrows
/// from three references of the same category with different levels, wholly in the past.
@Suite("Pre-launch buys")
struct PreLaunchBuyTests {
    static let season = 30
    static let economics = Economics(price: 10, unitCost: 4, holdingCost: 0.01, salvageValue: 1)
    static let profile = ProductProfile(id: "new", category: "mugs", price: 10)

    /// Three past launches: ramps to 10, 20 and 40 a day, over 60 days ending before period 0.
    static let library = AnalogLibrary(references: [10.0, 20, 40].enumerated().map { index, peak in
        AnalogLibrary.Reference(profile: ProductProfile(id: "old-\(index)", category: "mugs", price: 10), firstPeriod: -80,
                                sales: (1...60).map { age in peak * min(1, Double(age) / 10) })
    })

    static func analog() -> AnalogForecaster {
        AnalogForecaster(profile: profile, library: library)
    }

    static func plan(launch: Int, leadTimeDays: Double = 3, initialStock: Int = 0, policy: any InventoryPolicy,
                     forecaster: any Forecaster, replications: Int = 1, seed: UInt64 = 71) throws -> BacktestPlan {
        let product = Fixture.flatProduct("new", level: 20, launchDay: launch, lifeDays: season)
        let terms = try Fixture.terms(economics, leadTimeDays: leadTimeDays, orderCost: 25, initialStock: initialStock)
        return BacktestPlan(blueprint: Fixture.blueprint([product], periods: 60), terms: [terms],
                            strategies: [Strategy(name: "s", forecaster: forecaster, policy: policy)], seed: seed,
                            replications: replications)
    }

    static func records(_ plan: BacktestPlan) async throws -> [PeriodRecord] {
        let (sink, _) = try await runRecording(plan, threads: 1)
        return sink.traces[RecordingSink.Key(replication: 0, strategy: 0, product: 0)] ?? []
    }

    /// The analog's launch forecast, asked directly: its `ratio`-quantile of demand over the
    /// first `periods` periods of the life, from a forecaster that has seen nothing sold.
    static func launchQuantile(_ ratio: Double, periods: Int, seenUpTo period: Int) -> Double {
        var forecaster = analog()
        forecaster.observe(SalesObservation(period: period, sales: 0))
        return forecaster.forecast(horizon: periods).cumulativeQuantile(ratio, steps: periods)
    }

    @Test("the newsvendor's first buy is the launch forecast's critical-ratio quantile of season demand, placed at launch − (L + 1), arriving at launch (seed 71)")
    func newsvendorBuysTheLaunchQuantile() async throws {
        let launch = 10
        let records = try await Self.records(try Self.plan(launch: launch, policy: try NewsvendorPolicy(), forecaster: Self.analog()))
        let first = try #require(records.first)
        #expect(first.period == launch)
        let order = try #require(first.preLaunchOrder)
        // cu = 10 − 4 = 6, co = 4 − 1 = 3: ratio 6/9; the season is the 30 days of the life.
        let quantile = Self.launchQuantile(6.0 / 9.0, periods: Self.season, seenUpTo: launch - 4)
        #expect(quantile > 0)
        #expect(order.quantity == Int(quantile.rounded(.up)))
        #expect(order.placed == launch - 4)            // L = 3 days
        #expect(order.due == launch)
        #expect(first.arrivals == order.quantity)        // no launch build here
        #expect(first.money.ordering == 25)
        // One buy in all: none after the launch.
        #expect(records.allSatisfy { $0.ordered == 0 })
        #expect(records.dropFirst().allSatisfy { $0.preLaunchOrder == nil })
    }

    @Test("the launch build counts as on order: the pre-launch buy is the quantile less initial_stock (seed 71)")
    func launchBuildCounts() async throws {
        let records = try await Self.records(try Self.plan(launch: 10, initialStock: 100, policy: try NewsvendorPolicy(),
                                                           forecaster: Self.analog()))
        let order = try #require(records.first?.preLaunchOrder)
        let quantile = Self.launchQuantile(6.0 / 9.0, periods: Self.season, seenUpTo: 6)
        #expect(order.quantity == Int(quantile.rounded(.up)) - 100)
        #expect(records.first?.arrivals == order.quantity + 100)
    }

    @Test("a lead time longer than the time before the launch: the buy is placed in period 0, arrives late, and says so")
    func clampedAtPeriodZero() async throws {
        let plan = try Self.plan(launch: 2, leadTimeDays: 5, policy: try NewsvendorPolicy(), forecaster: Self.analog())
        let records = try await Self.records(plan)
        let order = try #require(records.first?.preLaunchOrder)
        #expect(order.placed == 0)
        #expect(order.due == 6)
        #expect(records.first(where: { $0.period == 6 })?.arrivals == order.quantity)
        // Window from the buy: to the end of life, 31 periods, of which 1 before the launch.
        let quantile = Self.launchQuantile(6.0 / 9.0, periods: Self.season, seenUpTo: 0)
        #expect(order.quantity == Int(quantile.rounded(.up)))

        let loop = try Backtester.makeLoop(plan, product: 0, replication: 0, strategy: 0, policy: try NewsvendorPolicy(),
                                           outlook: .forecast(ForecastOutlook(forecaster: Self.analog())))
        #expect(loop.preLaunchPeriod == 0)
        let review = try #require(loop.preLaunchDecision(loop.initialState, leadTime: 5, explains: true))
        #expect(review.consulted)
        #expect(review.decision.reason.contains("longer than the 2 periods before the launch"))
    }

    @Test("a forecaster that cannot forecast before a sale places no pre-launch buy and says why; the buy waits for the launch")
    func naiveHasNoLaunchInformation() async throws {
        let plan = try Self.plan(launch: 10, initialStock: 50, policy: try NewsvendorPolicy(), forecaster: NaiveForecaster())
        let records = try await Self.records(plan)
        #expect(records.allSatisfy { $0.preLaunchOrder == nil })
        #expect(records.first?.arrivals == 50)
        // As before the review existed: the single buy at the end of the launch period.
        #expect(records.first?.ordered ?? 0 > 0)
        #expect(records.dropFirst().allSatisfy { $0.ordered == 0 })

        let loop = try Backtester.makeLoop(plan, product: 0, replication: 0, strategy: 0, policy: try NewsvendorPolicy(),
                                           outlook: .forecast(ForecastOutlook(forecaster: NaiveForecaster())))
        var state = loop.initialState
        state.inventory.period = 6
        let review = try #require(loop.preLaunchDecision(state, leadTime: 3, explains: true))
        #expect(!review.consulted)
        #expect(review.decision.quantity == 0)
        #expect(review.decision.reason.contains("forecaster naive forecasts no demand before the first sale"))
    }

    @Test("forecast-driven order-up-to buys before the launch; a fixed (s, S) does not")
    func whichPoliciesBuyBeforeLaunch() async throws {
        let quantile = try QuantilePolicy(reviewPeriod: 7, quantile: 0.9)
        let records = try await Self.records(try Self.plan(launch: 10, policy: quantile, forecaster: Self.analog()))
        let order = try #require(records.first?.preLaunchOrder)
        // Lead 3 + review 7 from the buy: the first 7 days of the life.
        let level = Self.launchQuantile(0.9, periods: 7, seenUpTo: 6)
        #expect(order.quantity == Int(level.rounded(.up)))
        #expect(order.due == 10)

        let fixed = try SSPolicy(reorderPoint: 20, orderUpTo: 80)
        let product = Fixture.flatProduct("new", level: 20, launchDay: 10, lifeDays: Self.season)
        let plan = BacktestPlan(blueprint: Fixture.blueprint([product], periods: 60),
                                terms: [try Fixture.terms(Self.economics, leadTimeDays: 3)],
                                strategies: [Strategy(name: "s-S", policy: fixed)], seed: 71, replications: 1)
        let (sink, _) = try await runRecording(plan, threads: 1)
        let fixedRecords = sink.traces[RecordingSink.Key(replication: 0, strategy: 0, product: 0)] ?? []
        #expect(fixedRecords.allSatisfy { $0.preLaunchOrder == nil })
        #expect(fixedRecords.first?.arrivals == 0)
    }

    @Test("the oracle may buy before the launch too: its first order arrives at the launch")
    func oracleBuysBeforeLaunch() throws {
        let plan = try Self.plan(launch: 10, policy: try NewsvendorPolicy(), forecaster: Self.analog())
        let records = try oracleRecords(plan, product: 0, replication: 0)
        let order = try #require(records.first?.preLaunchOrder)
        #expect(order.due == 10)
        let demand = try unconstrainedDemand(plan, product: 0, replication: 0)
        // It covers at least the launch period's demand, which no later order can reach.
        #expect(order.quantity >= demand[10])
        #expect(records.first?.lost == 0)
    }

    @Test("a product on sale from period 0 gets no pre-launch review")
    func periodZeroLaunchUnchanged() async throws {
        let records = try await Self.records(try Self.plan(launch: 0, policy: try NewsvendorPolicy(), forecaster: Self.analog()))
        #expect(records.allSatisfy { $0.preLaunchOrder == nil })
        #expect(records.first?.ordered ?? 0 > 0)        // the buy at the end of the launch period, as before
        #expect(ClosedLoop.preLaunchPeriod(live: 0..<30, onSale: 0..<30, leadTime: 3) == nil)
        // A product already on sale before its scored periods (warm-up) has launched already.
        #expect(ClosedLoop.preLaunchPeriod(live: 8..<30, onSale: 2..<30, leadTime: 3) == nil)
        #expect(ClosedLoop.preLaunchPeriod(live: 8..<30, onSale: 8..<30, leadTime: 3) == 4)
    }

    @Test("the pre-launch buy is counted as an order in the tally")
    func tallyCountsIt() async throws {
        let plan = try Self.plan(launch: 10, policy: try NewsvendorPolicy(), forecaster: Self.analog())
        let (sink, _) = try await runRecording(plan, threads: 1)
        let card = try #require(sink.outcome(replication: 0, strategy: 0, product: 0)?.card)
        let order = try #require(sink.traces[RecordingSink.Key(replication: 0, strategy: 0, product: 0)]?.first?.preLaunchOrder)
        #expect(card.total.orders == 1)
        #expect(card.total.unitsOrdered == order.quantity)
        #expect(card.total.periods == Self.season)
    }

    @Test("the review asks a copy of the forecaster: the loop's own has still seen nothing")
    func forecasterLeftAsItWas() throws {
        let plan = try Self.plan(launch: 10, policy: try NewsvendorPolicy(), forecaster: Self.analog())
        let outlook = ForecastOutlook(forecaster: Self.analog())
        let loop = try Backtester.makeLoop(plan, product: 0, replication: 0, strategy: 0, policy: try NewsvendorPolicy(),
                                           outlook: .forecast(outlook))
        var state = loop.initialState
        loop.reviewBeforeLaunch(&state, period: 6, supply: .normal, leadTimeUniform: nil)
        #expect(state.preLaunchReview == 6)
        #expect(state.preLaunchOrder?.due == 10)
        #expect((outlook.forecaster as? AnalogForecaster)?.lastPeriod == nil)
    }

    @Test("units that arrive before the launch wait for it and are charged holding for those periods")
    func earlyArrivalPaysHolding() async throws {
        let plan = try Self.plan(launch: 10, policy: try NewsvendorPolicy(), forecaster: Self.analog())
        var record = try #require(try await Self.records(plan).first)
        record.money = Ledger()
        let loop = try Backtester.makeLoop(plan, product: 0, replication: 0, strategy: 0, policy: try NewsvendorPolicy(),
                                           outlook: .forecast(ForecastOutlook(forecaster: Self.analog())))
        loop.book(PipelineOrder(placed: 3, due: 7, quantity: 200), in: &record)
        #expect(record.money.ordering == 25)
        #expect(isClose(record.money.holding, 0.01 * 200 * 3))   // waited periods 7, 8 and 9
        #expect(record.preLaunchOrder?.quantity == 200)
    }

    @Test("same seed, same results with 1 and 3 threads (seed 71, 6 replications)")
    func threadCountDoesNotMatter() async throws {
        let plan = try Self.plan(launch: 10, policy: try NewsvendorPolicy(), forecaster: Self.analog(), replications: 6)
        var one = RecordingSink()
        _ = try await Backtester.run(plan, threads: 1, into: &one)
        var three = RecordingSink()
        _ = try await Backtester.run(plan, threads: 3, into: &three)
        #expect(one.outcomes.map(\.card) == three.outcomes.map(\.card))
        #expect(one.traces == three.traces)
        #expect(one.traces.values.allSatisfy { $0.first?.preLaunchOrder != nil })
    }
}
