import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// Each stage of a period of the closed loop on its own, from a hand-made state and record:
/// what it writes, and that it leaves the other parts of the record alone.
@Suite("Closed loop stages")
struct ClosedLoopStageTests {
    /// The product is live in periods 2…11 of a 20-day calendar.
    static let live = 2..<12

    /// A loop of one flat product (6 a day, price 10) under `policy` (default: base stock 20),
    /// with backorder share 0.5, a constant 3-day lead time and a launch stock of 30 unless
    /// `terms` says otherwise.
    static func loop(_ policy: (any InventoryPolicy)? = nil, terms: ProductTerms? = nil,
                     forecaster: (any Forecaster)? = nil) throws -> ClosedLoop {
        let policy = try policy ?? BaseStockPolicy(level: 20)
        let product = Fixture.flatProduct(level: 6, launchDay: live.lowerBound, lifeDays: live.count)
        let terms = try terms ?? Fixture.terms(Economics(price: 10, unitCost: 4, holdingCost: 0.5, salvageValue: 1,
                                                         shortagePenalty: 2),
                                               leadTimeDays: 3, orderCost: 25, backorderShare: 0.5, initialStock: 30)
        let plan = BacktestPlan(blueprint: Fixture.blueprint([product], periods: 20), terms: [terms],
                                strategies: [Fixture.strategy("policy", policy)], seed: 0x57A6_E001, replications: 1,
                                runsOracle: false)
        let outlook = forecaster.map { ClosedLoop.Outlook.forecast(ForecastOutlook(forecaster: $0)) } ?? .none
        return try Backtester.makeLoop(plan, product: 0, replication: 0, strategy: 0, policy: policy, outlook: outlook)
    }

    /// Period `period` opened with `demand` at `price`, `onHand` on the shelf.
    static func opened(_ period: Int, demand: Int = 0, onHand: Int = 0, price: Double = 10,
                       promotion: Int? = nil) -> PeriodRecord {
        PeriodRecord(DemandObservation(product: 0, period: period, expected: 6, demand: demand, phase: .maturity,
                                       price: price, promotion: promotion),
                     onHandStart: onHand, forecast: 5)
    }

    /// Sees every observation, forecasting as the naive model does.
    struct WatchingForecaster: Forecaster {
        var name: String { "watching" }
        var seen: [SalesObservation] = []
        var naive = NaiveForecaster()

        mutating func observe(_ observation: SalesObservation) {
            seen.append(observation)
            naive.observe(observation)
        }

        func forecast(horizon: Int) -> Forecast { naive.forecast(horizon: horizon) }
    }

    @Test("a period opens with the market's draw and the carried forecast; every stage's part is still empty")
    func opening() {
        let record = Self.opened(4, demand: 9, onHand: 3, price: 8, promotion: 0)
        #expect(record.period == 4 && record.demand == 9 && record.expectedDemand == 6 && record.phase == .maturity)
        #expect(record.price == 8 && record.promotion && record.onHandStart == 3 && record.forecast == 5)
        #expect(record.forecastLow == nil && record.forecastHigh == nil)
        #expect(record.arrivals == 0 && record.sold == 0 && record.short == 0 && record.ordered == 0 && record.leadTime == nil)
        #expect(record.onHandEnd == 0 && record.backlog == 0 && record.money == Ledger())
    }

    @Test("receive: orders due by now arrive in due order, waiting customers are served first, the rest is shelved")
    func receive() throws {
        let loop = try Self.loop()
        var state = loop.initialState
        state.inventory.onHand = 1
        state.inventory.backorders = 6
        state.inventory.pipeline = [PipelineOrder(placed: 0, due: 2, quantity: 5), PipelineOrder(placed: 1, due: 3, quantity: 7),
                                    PipelineOrder(placed: 2, due: 9, quantity: 4)]
        var record = Self.opened(3, onHand: 1)
        loop.receive(&state, &record)
        #expect(record.arrivals == 12 && record.backordersFilled == 6)
        #expect(state.inventory.onHand == 7 && state.inventory.backorders == 0)
        #expect(state.inventory.pipeline == [PipelineOrder(placed: 2, due: 9, quantity: 4)])
        #expect(record.servedFromShelf == 0 && record.onHandEnd == 0, "receive writes its part only")

        // More waiting than arriving: everything goes to them, nothing to the shelf.
        state.inventory.backorders = 40
        state.inventory.pipeline = [PipelineOrder(placed: 5, due: 7, quantity: 12)]
        record = Self.opened(7, onHand: 7)
        loop.receive(&state, &record)
        #expect(record.arrivals == 12 && record.backordersFilled == 12)
        #expect(state.inventory.onHand == 7 && state.inventory.backorders == 28)
    }

    @Test("receive: the launch stock arrives in the first live period, and only then")
    func launchStock() throws {
        let loop = try Self.loop()
        var state = loop.initialState
        var record = Self.opened(Self.live.lowerBound)
        loop.receive(&state, &record)
        #expect(record.arrivals == 30 && state.inventory.onHand == 30)
        record = Self.opened(Self.live.lowerBound + 1, onHand: 30)
        loop.receive(&state, &record)
        #expect(record.arrivals == 0 && state.inventory.onHand == 30)
    }

    @Test("sell: sales are capped at the stock; of the shortfall the backorder share (rounded down) waits, the rest is lost")
    func sell() throws {
        let loop = try Self.loop()
        var state = loop.initialState
        state.inventory.onHand = 7
        state.inventory.backorders = 2
        var record = Self.opened(4, demand: 10, onHand: 7)
        loop.sell(&state, &record)
        #expect(record.servedFromShelf == 7 && record.backordered == 1 && record.lost == 2)
        #expect(state.inventory.onHand == 0 && state.inventory.backorders == 3)
        #expect(record.observedDemand == 8 && record.short == 3)
        #expect(record.arrivals == 0 && record.onHandEnd == 0, "sell writes its part only")

        state.inventory.onHand = 7
        record = Self.opened(5, demand: 4, onHand: 7)
        loop.sell(&state, &record)
        #expect(record.servedFromShelf == 4 && record.short == 0 && state.inventory.onHand == 3)
    }

    @Test("observe: the forecaster sees sales plus new backorders — never lost demand — with the stockout flag, price and promotion")
    func observe() throws {
        let loop = try Self.loop(forecaster: WatchingForecaster())
        var record = Self.opened(4, demand: 10, price: 8, promotion: 0)
        (record.servedFromShelf, record.backordered, record.lost) = (7, 1, 2)
        loop.observe(record)
        // Waiting customers are not a stockout the forecaster is told of: their demand is seen.
        record = Self.opened(5, demand: 3)
        (record.servedFromShelf, record.backordered) = (2, 1)
        loop.observe(record)
        let watcher = try #require(loop.forecaster?.forecaster as? WatchingForecaster)
        #expect(watcher.seen == [SalesObservation(period: 4, sales: 8, stockout: true, price: 8, promotion: true),
                                 SalesObservation(period: 5, sales: 3, stockout: false, price: 10, promotion: false)])
    }

    @Test("review: the policy orders at a review; the order gets the lead time, the ordering cost and a due date after it")
    func review() throws {
        let loop = try Self.loop()
        var state = loop.initialState
        state.inventory.onHand = 5
        var record = Self.opened(4, onHand: 5)
        #expect(loop.review(&state, &record, supply: .normal, leadTimeUniform: nil) == nil)
        #expect(state.inventory.period == 4)
        #expect(record.ordered == 15 && record.leadTime == 3 && record.money.ordering == 25)
        // Placed at the end of 4 with L = 3: it arrives at the start of 4 + 3 + 1.
        #expect(state.inventory.pipeline == [PipelineOrder(placed: 4, due: 8, quantity: 15)])
        #expect(record.onOrder == 0 && record.money.revenue == 0, "review writes its part only")

        // A supply disruption halves the order (rounded down) and doubles the lead time.
        state = loop.initialState
        record = Self.opened(5)
        _ = loop.review(&state, &record, supply: SupplyCondition(leadTimeFactor: 2, supplyFraction: 0.5), leadTimeUniform: nil)
        #expect(record.ordered == 10 && record.leadTime == 6 && state.inventory.pipeline.first?.due == 12)
    }

    @Test("review: nothing is ordered in the last live period, nor outside the policy's reviews")
    func noReview() throws {
        var state = try Self.loop().initialState
        var record = Self.opened(Self.live.upperBound - 1)
        _ = try Self.loop().review(&state, &record, supply: .normal, leadTimeUniform: nil)
        #expect(record.ordered == 0 && record.leadTime == nil && record.money.ordering == 0 && state.inventory.pipeline.isEmpty)

        let weekly = try Self.loop(try MinMaxPolicy(minimum: 10, maximum: 20, reviewPeriod: 7))
        record = Self.opened(4)
        _ = weekly.review(&state, &record, supply: .normal, leadTimeUniform: nil)
        #expect(record.ordered == 0)
        record = Self.opened(7)
        _ = weekly.review(&state, &record, supply: .normal, leadTimeUniform: nil)
        #expect(record.ordered == 20)
    }

    @Test("review: a random lead time is the distribution's quantile at the period's uniform, in whole periods")
    func drawnLeadTime() throws {
        let days = try Distribution.gamma(mean: 3, sd: 1.5).makeSampler()
        let terms = ProductTerms(economics: Economics(price: 10, unitCost: 4), leadTimeDays: days)
        let loop = try Self.loop(terms: terms)
        for u in [0.05, 0.5, 0.99] {
            var state = loop.initialState
            var record = Self.opened(4)
            _ = loop.review(&state, &record, supply: .normal, leadTimeUniform: u)
            let expected = Int(days.quantile(u).rounded())
            #expect(record.leadTime == expected && state.inventory.pipeline.first?.due == 4 + expected + 1, "u = \(u)")
        }
    }

    @Test("close: the end-of-period position and the money are booked; profit is the ledger's")
    func close() throws {
        let loop = try Self.loop()
        var state = loop.initialState
        (state.inventory.onHand, state.inventory.backorders) = (6, 3)
        state.inventory.pipeline = [PipelineOrder(placed: 4, due: 8, quantity: 15)]
        var record = Self.opened(5, demand: 9, onHand: 10, price: 8)
        (record.arrivals, record.backordersFilled, record.servedFromShelf, record.lost) = (3, 2, 5, 2)
        record.money.ordering = 25
        loop.close(&state, &record)
        #expect(record.onHandEnd == 6 && record.backlog == 3 && record.onOrder == 15)
        #expect(record.writtenOff == 0 && record.backordersCancelled == 0)
        // Price 8 (the period's, after a markdown), unit cost 4, holding 0.5, penalty 2 per unit lost or waiting.
        var expected = Ledger()
        (expected.revenue, expected.costOfGoods, expected.holding, expected.ordering) = (56, 28, 3, 25)
        expected.shortagePenalty = 10
        #expect(record.money == expected && record.money.profit == -10)
    }

    @Test("close: in the last live period the shelf is salvaged, open orders cancelled and waiting customers told no")
    func endOfLife() throws {
        let loop = try Self.loop()
        var state = loop.initialState
        (state.inventory.onHand, state.inventory.backorders) = (6, 3)
        state.inventory.pipeline = [PipelineOrder(placed: 9, due: 13, quantity: 15)]
        var record = Self.opened(Self.live.upperBound - 1, onHand: 6)
        record.lost = 2
        loop.close(&state, &record)
        #expect(record.writtenOff == 6 && record.backordersCancelled == 3)
        #expect(record.onHandEnd == 0 && record.backlog == 0 && record.onOrder == 0 && state.inventory.pipeline.isEmpty)
        #expect(record.money.salvage == 6 && record.money.writeOff == 24 && record.money.holding == 0)
        #expect(record.money.shortagePenalty == 4)
    }
}
