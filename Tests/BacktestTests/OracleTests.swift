import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market
import TestSupport

/// The perfect-foresight oracle and regret: the Wagner–Whitin plan on small cases worked by
/// hand and by brute force, the oracle's service and stock in the loop, and regret ≥ 0 where it
/// provably holds.
@Suite("Oracle and regret")
struct OracleTests {
    // MARK: Wagner–Whitin

    /// demand [10, 0, 20, 30] on live periods 0…3, 10 units at launch, lead time 0, order cost
    /// K = 50, holding h = 1 per unit-period. The first possible arrival is period 1 (an order at
    /// the end of period 0), and the launch stock covers period 0. Periods 1…3 need 0, 20, 30;
    /// an arrival at i covering i…j costs K + h·Σ_{t=i..j}(t − i)·d_t:
    ///   arrive 1 for 1…3: 50 + 20·1 + 30·2 = 130
    ///   arrive 2 for 2…3: 50 + 30·1        =  80  ← cheapest
    ///   arrive 2 and 3:   50 + 50          = 100
    ///   arrive 1 for 1…2 and 3: 50 + 20 + 50 = 120
    /// so one order at the end of period 1 covering periods 2…3: plan = [nil, 3, nil, nil].
    /// (stockpyl.wagner_whitin.wagner_whitin(3, 1, 50, [0, 20, 30]) gives cost 80 with one order
    /// of 50 arriving in its second period.)
    /// With K = 20 two orders win (20 + 20 = 40 < 20 + 30): [nil, 2, 3, nil].
    /// With lead time 1 the first arrival is period 2; arriving there for 2…3 (80) beats two
    /// orders (100): one order at the end of period 0, [3, nil, nil, nil].
    @Test("Wagner–Whitin on demand [10, 0, 20, 30] worked by hand")
    func handExamples() {
        let demand = [10, 0, 20, 30]
        #expect(WagnerWhitin.plan(demand: demand, live: 0..<4, initialStock: 10, leadTime: 0, orderCost: 50, holdingCost: 1)
                == [nil, 3, nil, nil])
        #expect(WagnerWhitin.plan(demand: demand, live: 0..<4, initialStock: 10, leadTime: 0, orderCost: 20, holdingCost: 1)
                == [nil, 2, 3, nil])
        #expect(WagnerWhitin.plan(demand: demand, live: 0..<4, initialStock: 10, leadTime: 1, orderCost: 50, holdingCost: 1)
                == [3, nil, nil, nil])
        // Without launch stock period 0's demand is beyond any order's reach and is ignored.
        #expect(WagnerWhitin.plan(demand: demand, live: 0..<4, initialStock: 0, leadTime: 0, orderCost: 50, holdingCost: 1)
                == [nil, 3, nil, nil])
        // The same inside a longer horizon with the product live in periods 2…5 only.
        #expect(WagnerWhitin.plan(demand: [0, 0] + demand + [0], live: 2..<6, initialStock: 10, leadTime: 0,
                                  orderCost: 50, holdingCost: 1) == [nil, nil, nil, 5, nil, nil, nil])
    }

    /// stockpyl's documented example: wagner_whitin(4, 2, 500, [90, 120, 80, 70]) orders 210 in
    /// period 1 and 150 in period 3, total cost 1380 (= 2·500 + 2·(120 + 70)). Here the four
    /// periods are the periods 1…4 after a launch period without demand.
    @Test("Wagner–Whitin reproduces stockpyl's example (orders 210 and 150, cost 1380)")
    func stockpylExample() {
        let demand = [0, 90, 120, 80, 70]
        let plan = WagnerWhitin.plan(demand: demand, live: 0..<5, initialStock: 0, leadTime: 0, orderCost: 500, holdingCost: 2)
        #expect(plan == [2, nil, 4, nil, nil])
        #expect(Self.planCost(plan, demand: demand, live: 0..<5, initialStock: 0, leadTime: 0, orderCost: 500, holdingCost: 2)
                == 1380)
    }

    /// The ordering plus holding cost of a plan, checking that it covers every unit of residual
    /// demand from the first possible arrival on exactly once; nil when it does not.
    static func planCost(_ plan: [Int?], demand: [Int], live: Range<Int>, initialStock: Int, leadTime: Int,
                         orderCost: Double, holdingCost: Double) -> Double? {
        var residual = Array(demand[live])
        var stock = initialStock
        for index in residual.indices {
            let used = min(stock, residual[index])
            residual[index] -= used
            stock -= used
        }
        var covered = [Bool](repeating: false, count: residual.count)
        var cost = 0.0
        for (period, last) in plan.enumerated() {
            guard let last else { continue }
            let arrival = period + leadTime + 1 - live.lowerBound
            let end = last - live.lowerBound
            guard arrival >= 0, arrival <= end, end < residual.count else { return nil }
            cost += orderCost
            for t in arrival...end {
                guard !covered[t] else { return nil }
                covered[t] = true
                cost += holdingCost * Double(t - arrival) * Double(residual[t])
            }
        }
        for t in min(leadTime + 1, residual.count)..<residual.count where residual[t] > 0 && !covered[t] { return nil }
        return cost
    }

    /// The cheapest cost by brute force over every set of arrival periods: each unit of residual
    /// demand is served by the latest arrival at or before its period.
    static func bruteForceCost(demand: [Int], live: Range<Int>, initialStock: Int, leadTime: Int,
                               orderCost: Double, holdingCost: Double) -> Double {
        var residual = Array(demand[live])
        var stock = initialStock
        for index in residual.indices {
            let used = min(stock, residual[index])
            residual[index] -= used
            stock -= used
        }
        let first = leadTime + 1
        guard first < residual.count else { return 0 }
        let count = residual.count - first
        var best = Double.infinity
        for mask in 0..<(1 << count) {
            var cost = 0.0
            var lastArrival: Int?
            var servesDemand = false
            var feasible = true
            for offset in 0..<count {
                let t = first + offset
                if mask & (1 << offset) != 0 {
                    if servesDemand { cost += orderCost }
                    lastArrival = t
                    servesDemand = false
                }
                guard residual[t] > 0 else { continue }
                guard let arrival = lastArrival else { feasible = false; break }
                servesDemand = true
                cost += holdingCost * Double(t - arrival) * Double(residual[t])
            }
            if servesDemand { cost += orderCost }
            if feasible { best = min(best, cost) }
        }
        return best
    }

    /// Seed of the SplitMix64 generator for the brute-force instances.
    static let bruteForceSeed: UInt64 = 0x3A93_1958

    @Test("Wagner–Whitin matches brute force on 400 random small instances")
    func bruteForce() {
        var rng = SplitMix64(seed: Self.bruteForceSeed)
        for instance in 0..<400 {
            let before = rng.int(0...2)
            let liveCount = rng.int(1...11)
            let demand = (0..<(before + liveCount + rng.int(0...2))).map { _ in rng.chance(0.3) ? 0 : rng.int(1...40) }
            let live = before..<(before + liveCount)
            let initialStock = rng.chance(0.5) ? 0 : rng.int(0...60)
            let leadTime = rng.int(0...3)
            let orderCost = rng.chance(0.15) ? 0 : rng.uniform(1...200)
            let holdingCost = rng.chance(0.15) ? 0 : rng.uniform(0.1...5)
            let plan = WagnerWhitin.plan(demand: demand, live: live, initialStock: initialStock, leadTime: leadTime,
                                         orderCost: orderCost, holdingCost: holdingCost)
            let context = "instance \(instance) (seed \(Self.bruteForceSeed)): demand \(demand) live \(live) "
                + "stock \(initialStock) L \(leadTime) K \(orderCost) h \(holdingCost) → \(plan)"
            #expect(plan.count == demand.count, "\(context)")
            let cost = Self.planCost(plan, demand: demand, live: live, initialStock: initialStock, leadTime: leadTime,
                                     orderCost: orderCost, holdingCost: holdingCost)
            let optimum = Self.bruteForceCost(demand: demand, live: live, initialStock: initialStock, leadTime: leadTime,
                                              orderCost: orderCost, holdingCost: holdingCost)
            #expect(cost.map { abs($0 - optimum) <= 1e-9 * max(1, optimum) } == true, "\(context): cost \(String(describing: cost)), optimum \(optimum)")
        }
    }

    // MARK: The oracle in the loop

    /// Flat Poisson(λ) demand over 60 days, lost sales unless told otherwise, constant lead time.
    static func plan(lambda: Double = 5, periods: Int = 60, economics: Economics, leadTime: Int, orderCost: Double,
                     backorderShare: Double = 0, initialStock: Int, strategies: [Strategy], seed: UInt64,
                     replications: Int = 1, products: Int = 1) throws -> BacktestPlan {
        let items = (0..<products).map { Fixture.flatProduct("item\($0)", level: lambda * (1 + 0.5 * Double($0)),
                                                             price: economics.price) }
        let terms = try Fixture.terms(economics, leadTimeDays: Double(leadTime), orderCost: orderCost,
                                      backorderShare: backorderShare, initialStock: initialStock)
        return BacktestPlan(blueprint: Fixture.blueprint(items, periods: periods), terms: Array(repeating: terms, count: products),
                            strategies: strategies, seed: seed, replications: replications)
    }

    /// A spread of strategies: fixed levels, forecast-driven levels and a single buy.
    static func strategies(lambda: Double, leadTime: Int) throws -> [Strategy] {
        let cover = Int(lambda * Double(leadTime + 1))
        return [
            Fixture.strategy("base stock", try BaseStockPolicy(level: cover + 4)),
            Fixture.strategy("(s,S)", try SSPolicy(reorderPoint: cover, orderUpTo: cover + 20)),
            Fixture.strategy("(R,S)", try PeriodicOrderUpToPolicy(reviewPeriod: 3, level: cover + 15)),
            Fixture.strategy("min-max", try MinMaxPolicy(minimum: cover, maximum: 2 * cover + 10)),
            Strategy(name: "ses × quantile", forecaster: ModelForecaster.ses(alpha: 0.2),
                     policy: try QuantilePolicy(quantile: 0.9)),
            Strategy(name: "ma × order-up-to", forecaster: MovingAverageForecaster(window: 7),
                     policy: try ForecastOrderUpToPolicy(target: .fillRate(0.95))),
            Strategy(name: "naive × newsvendor", forecaster: NaiveForecaster(),
                     policy: try NewsvendorPolicy(seasonPeriods: 20, buyPeriod: 0)),
            Strategy(name: "naive × perfect-foresight rule", forecaster: NaiveForecaster(), policy: PerfectForesightPolicy()),
        ]
    }

    /// When regret ≥ 0 holds exactly. With lost sales, a constant lead time, no supply
    /// constraints or disruptions, demand that does not depend on sales (phase lifecycle),
    /// salvage ≤ unit cost, and a unit margin p − c ≥ K:
    /// take any policy's run; drop its leftover units from its last arrivals (they were never
    /// sold, so sales do not change, and holding and write-off only fall); then, for every
    /// period with lost units that an order could reach, add an arrival of exactly those units
    /// (an extra K at most, no extra holding, +(p − c + penalty) per unit ≥ K). The result
    /// serves all reachable demand and earns at least as much; among plans that do, Wagner–Whitin
    /// is the cheapest, and with a sure lead time the oracle executes it exactly — provided the
    /// launch stock covers the first L + 1 periods (L = 0 needs nothing): otherwise the oracle
    /// over-orders (see ``oracleBuysOnlyWhatItCanSell``). So the oracle's profit bounds every
    /// policy's, replication by replication, with no noise.
    @Test("regret ≥ 0 for every strategy, product and replication when margin ≥ order cost (lost sales, constant lead time)",
          arguments: [(0, 0.0, 0), (0, 4.0, 25), (2, 0.0, 60), (2, 4.0, 60), (5, 4.0, 120), (5, 0.0, 120)])
    func regretNonNegative(leadTime: Int, orderCost: Double, initialStock: Int) async throws {
        let economics = Economics(price: 10, unitCost: 5, holdingCost: 0.2, salvageValue: 2, shortagePenalty: 1)
        let seed: UInt64 = 0x0EAC_1E00 + UInt64(leadTime)
        let plan = try Self.plan(economics: economics, leadTime: leadTime, orderCost: orderCost, initialStock: initialStock,
                                 strategies: try Self.strategies(lambda: 5, leadTime: leadTime), seed: seed,
                                 replications: 4, products: 2)
        // The launch stock does cover the first L + 1 periods (the condition above).
        if leadTime > 0 {
            for replication in 0..<4 {
                for product in 0..<2 {
                    let demand = try unconstrainedDemand(plan, product: product, replication: replication)
                    #expect(demand[0...leadTime].reduce(0, +) <= initialStock)
                }
            }
        }
        let (sink, summary) = try await runRecording(plan, traces: false)
        #expect(sink.outcomes.count == 4 * 2 * plan.strategies.count)
        for outcome in sink.outcomes {
            let oracle = try #require(outcome.oracleProfit)
            let regret = Metric.regret.value(outcome.card.total, oracleProfit: oracle)
            #expect(regret >= -1e-9 * max(1, abs(oracle)),
                    "\(plan.strategies[outcome.strategy].name), product \(outcome.product), replication \(outcome.replication) (seed \(seed)): regret \(regret)")
        }
        for strategy in summary.strategies {
            #expect((strategy.total[.regret]?.mean ?? -1) >= -1e-9, "\(strategy.name)")
        }
    }

    /// The oracle's own run, checked against the documented behaviour: perfect foresight, the
    /// Wagner–Whitin plan executed exactly.
    @Test("the oracle serves every unit after the first L + 1 periods, orders only into an empty shelf, and leaves nothing",
          arguments: [0.0, 1.0], [0, 3])
    func oracleService(backorderShare: Double, leadTime: Int) throws {
        let seed: UInt64 = 0x0EAC_1E10
        let economics = Economics(price: 10, unitCost: 5, holdingCost: 0.1)
        let probe = try Self.plan(economics: economics, leadTime: leadTime, orderCost: 30, initialStock: 0,
                                  strategies: [], seed: seed)
        let demand = try unconstrainedDemand(probe, product: 0, replication: 0)
        let opening = demand[0...leadTime].reduce(0, +)
        // Launch stock exactly covering the first L + 1 periods; and none at all, where waiting
        // customers (share 1) or a zero lead time leave nothing the oracle cannot sell (lost
        // sales with L > 0 and no stock is the case of ``oracleBuysOnlyWhatItCanSell``).
        let launchStocks = backorderShare == 1 || leadTime == 0 ? [opening, 0] : [opening]
        for initialStock in launchStocks {
            let plan = try Self.plan(economics: economics, leadTime: leadTime, orderCost: 30, backorderShare: backorderShare,
                                     initialStock: initialStock, strategies: [], seed: seed)
            let records = try oracleRecords(plan, product: 0, replication: 0)
            let context = "share \(backorderShare), L \(leadTime), launch stock \(initialStock), seed \(seed)"
            #expect(records.map(\.demand) == demand, "\(context)")
            var card = ScoreCard(unitCost: economics.unitCost)
            for record in records { card.record(record) }
            #expect(isClose(card.total.profit, try Backtester.oracle(plan, product: 0, replication: 0)), "\(context)")

            let reachable = records.filter { $0.period > leadTime }
            #expect(reachable.allSatisfy { $0.short == 0 }, "\(context): the oracle ran short after period \(leadTime)")
            if initialStock == opening {
                #expect(Metric.fillRate.value(card.total) == 1, "\(context)")
                #expect(Metric.cycleServiceLevel.value(card.total) == 1, "\(context)")
            } else {
                // Without launch stock the first L + 1 periods go unserved (lost or waiting).
                #expect(card.total.lost + card.total.backordered == opening, "\(context)")
            }
            // Wagner–Whitin orders only into an empty shelf (zero-inventory ordering, Wagner &
            // Whitin 1958) and buys no unit it will not sell.
            #expect(reachable.allSatisfy { $0.arrivals == 0 || $0.onHandStart == 0 }, "\(context)")
            #expect(records.last?.writtenOff == 0 && records.last?.backordersCancelled == 0, "\(context)")
        }
    }

    /// Lost sales, lead time L > 0 and launch stock short of the first L + 1 periods: the units
    /// of periods 1…L beyond the launch stock are lost whatever anyone orders (no order placed
    /// at the end of period 0 or later arrives before period L + 1), and Wagner–Whitin ignores
    /// them. So the oracle should buy exactly the demand of periods L + 1 onwards and sell all
    /// of it.
    ///
    /// Fails at present (reported): OraclePolicy.decide (Sources/Backtest/Oracle.swift, lines
    /// 26–28) orders `expectedDemand(over: last − period) − position`, i.e. the demand of periods
    /// t + 1 … last, including periods t + 1 … t + L that this order cannot reach. With
    /// backorders those units are owed and filled on arrival, but with lost sales they become
    /// surplus stock: extra holding, arrivals into a non-empty shelf, and with zero holding
    /// cost (one order) a write-off at the end of life. Here (seed 0x0EAC1E30, L = 1, no launch
    /// stock, K = 30, h = 0) the single order at the end of period 0 is 310 units for 303 units
    /// of reachable demand, and 7 units (period 1's lost demand) are written off.
    @Test("the oracle buys only what it can sell (lost sales, launch stock short of the first L + 1 periods)",
          arguments: [(1, 0.0), (3, 0.1)])
    func oracleBuysOnlyWhatItCanSell(leadTime: Int, holdingCost: Double) throws {
        let seed: UInt64 = 0x0EAC_1E30
        let plan = try Self.plan(economics: Economics(price: 10, unitCost: 5, holdingCost: holdingCost), leadTime: leadTime,
                                 orderCost: 30, initialStock: 0, strategies: [], seed: seed)
        let demand = try unconstrainedDemand(plan, product: 0, replication: 0)
        let records = try oracleRecords(plan, product: 0, replication: 0)
        let reachable = demand[(leadTime + 1)...].reduce(0, +)
        let context = "L \(leadTime), h \(holdingCost), seed \(seed)"
        #expect(records.reduce(0) { $0 + $1.ordered } == reachable, "\(context)")
        #expect(records.reduce(0) { $0 + $1.sold } == reachable, "\(context)")
        #expect(records.last?.writtenOff == 0, "\(context)")
        #expect(records.filter { $0.period > leadTime }.allSatisfy { $0.arrivals == 0 || $0.onHandStart == 0 }, "\(context)")
        if holdingCost == 0 {
            // One order serves it all: the optimum earns (p − c)·reachable − K.
            #expect(isClose(try Backtester.oracle(plan, product: 0, replication: 0), 5 * Double(reachable) - 30), "\(context)")
        }
    }

    /// With no fixed cost and no holding cost every plan that serves all demand costs the same;
    /// the oracle then orders lot for lot (each order is exactly the demand of the period it
    /// arrives in), so its profit is (p − c) × its sales, and the regret of any policy is
    /// exactly (p − c)·(oracle's sales − its sales) + (c − v)·its leftovers (lost sales, no
    /// penalty). Launch stock 40 covers the first L + 1 = 3 periods (Poisson(15)) in every
    /// replication here, which the test checks.
    @Test("zero order and holding cost: the oracle orders lot for lot and regret is lost margin plus write-off loss")
    func zeroCosts() async throws {
        let leadTime = 2, initialStock = 40
        let economics = Economics(price: 10, unitCost: 6, salvageValue: 1)
        let seed: UInt64 = 0x0EAC_1E20
        let plan = try Self.plan(economics: economics, leadTime: leadTime, orderCost: 0, initialStock: initialStock,
                                 strategies: try Self.strategies(lambda: 5, leadTime: leadTime), seed: seed, replications: 3)
        let (sink, _) = try await runRecording(plan, traces: false)
        for replication in 0..<3 {
            let demand = try unconstrainedDemand(plan, product: 0, replication: replication)
            #expect(demand[0...leadTime].reduce(0, +) <= initialStock)
            let records = try oracleRecords(plan, product: 0, replication: replication)
            // Lot for lot once the launch stock is gone: every order is its arrival period's
            // demand, and the stock never outlasts a period.
            let stockGone = try #require(records.firstIndex { $0.onHandEnd == 0 })
            for record in records[stockGone...] where record.ordered > 0 {
                #expect(record.ordered == demand[record.period + leadTime + 1], "replication \(replication), period \(record.period)")
            }
            #expect(records[stockGone...].allSatisfy { $0.onHandEnd == 0 }, "replication \(replication)")
            let oracleSold = demand.reduce(0, +)
            #expect(records.reduce(0) { $0 + $1.sold } == oracleSold)
            for outcome in sink.outcomes where outcome.replication == replication {
                let total = outcome.card.total
                let expected = (economics.price - economics.unitCost) * Double(oracleSold - total.sold)
                    + (economics.unitCost - economics.salvageValue) * Double(total.leftover)
                let regret = Metric.regret.value(total, oracleProfit: outcome.oracleProfit)
                #expect(abs(regret - expected) <= 1e-9 * max(1, abs(expected)),
                        "\(plan.strategies[outcome.strategy].name), replication \(replication) (seed \(seed)): regret \(regret), expected \(expected)")
            }
        }
    }

    /// With a fixed cost but no holding cost the cheapest way to serve everything is one order
    /// covering the whole life. Every arrival period up to the first one the launch stock
    /// cannot fully serve costs the same; the plan takes the latest of them (ties go to the
    /// later arrival), so the order is placed L + 1 periods before the launch stock runs short.
    @Test("zero holding cost: the oracle places a single order for everything beyond the launch stock and sells out")
    func zeroHolding() throws {
        let seed: UInt64 = 0x0EAC_1E30
        let initialStock = 30, leadTime = 1
        let plan = try Self.plan(economics: Economics(price: 10, unitCost: 5), leadTime: leadTime, orderCost: 30,
                                 initialStock: initialStock, strategies: [], seed: seed)
        let demand = try unconstrainedDemand(plan, product: 0, replication: 0)
        #expect(demand[0...leadTime].reduce(0, +) <= initialStock)
        // The first period whose cumulative demand exceeds the launch stock.
        var cumulative = 0
        let runsShort = try #require(demand.indices.first { cumulative += demand[$0]; return cumulative > initialStock })
        let records = try oracleRecords(plan, product: 0, replication: 0)
        let orders = records.filter { $0.ordered > 0 }
        #expect(orders.map(\.period) == [runsShort - leadTime - 1])
        #expect(orders.first?.ordered == demand.reduce(0, +) - initialStock)
        #expect(records.last?.writtenOff == 0)
    }

    // MARK: Outside the condition (reported)

    /// Regret is documented as "≥ 0 up to noise" (Metric.regret) and "≥ 0 up to what the plan
    /// cannot foresee (cut orders)" (OraclePolicy). The oracle always serves all reachable demand,
    /// so with a unit margin below the order cost a policy that declines unprofitable demand
    /// beats it with certainty. Here margin 0.5, K = 100, h = 0.01: never ordering earns 0, the
    /// oracle loses money. This pins the current behaviour; see the report.
    @Test("regret is negative when serving demand does not pay for the order (margin < K)")
    func negativeRegretThinMargin() async throws {
        let seed: UInt64 = 0x0EAC_1E40
        let plan = try Self.plan(periods: 30, economics: Economics(price: 5.5, unitCost: 5, holdingCost: 0.01),
                                 leadTime: 0, orderCost: 100, initialStock: 0,
                                 strategies: [Fixture.strategy("never order", try BaseStockPolicy(level: 0))], seed: seed)
        let (sink, _) = try await runRecording(plan, traces: false)
        let outcome = try #require(sink.outcomes.first)
        #expect(outcome.card.total.profit == 0)
        #expect(Metric.regret.value(outcome.card.total, oracleProfit: outcome.oracleProfit) < 0)
    }

    /// With backorders and a small shortage penalty, letting customers wait is cheaper than
    /// holding stock for them; the oracle never lets anyone wait. (s,S) = (−50, 0) keeps no
    /// stock, lets 50 wait and then fills them: no holding, few orders.
    @Test("regret is negative when waiting customers cost less than stock (backorders, no penalty)")
    func negativeRegretBackorders() async throws {
        let seed: UInt64 = 0x0EAC_1E50
        let plan = try Self.plan(economics: Economics(price: 2, unitCost: 1, holdingCost: 1), leadTime: 0, orderCost: 100,
                                 backorderShare: 1, initialStock: 0,
                                 strategies: [Fixture.strategy("let them wait", try SSPolicy(reorderPoint: -50, orderUpTo: 0))],
                                 seed: seed)
        let (sink, _) = try await runRecording(plan, traces: false)
        let outcome = try #require(sink.outcomes.first)
        #expect(outcome.card.total.holding == 0)
        #expect(Metric.regret.value(outcome.card.total, oracleProfit: outcome.oracleProfit) < 0)
    }
}
