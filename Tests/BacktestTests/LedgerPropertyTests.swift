import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market
import TestSupport

/// Property tests of the closed loop's books over hundreds of random scenarios (see
/// ``RandomScenario``): every period record obeys the README's timing and conservation, and the
/// score cards, tallies and summary are exactly the sums of the records.
@Suite("Ledger properties over random scenarios")
struct LedgerPropertyTests {
    /// Seed of the SplitMix64 generator that draws the scenario parameters (and each plan's seed).
    static let scenarioSeed: UInt64 = 0x5E11_7412_2026_0001
    static let scenarioCount = 520

    @Test("every period conserves stock, serves within stock and demand, and the tallies add up (520 random scenarios)")
    func ledgerInvariants() async throws {
        var rng = SplitMix64(seed: Self.scenarioSeed)
        var records = 0
        var features: Set<String> = []
        for index in 0..<Self.scenarioCount {
            let scenario = try RandomScenario.make(&rng, index: index)
            features.formUnion(scenario.features)
            let (sink, summary) = try await runRecording(scenario.plan)
            var violations = Violations()
            records += LedgerChecker.check(scenario, sink: sink, summary: summary, into: &violations)
            #expect(violations.isEmpty, "scenario \(index) (seed \(Self.scenarioSeed)): \(scenario.summary)\n\(violations)")
        }
        // The checks must have had something to check, and the generator must have reached
        // every kind of policy, noise, lifecycle and customer behaviour it claims to draw.
        #expect(records > 20_000)
        let expected: Set<String> = [
            "policy:(s,S)", "policy:(s,Q)", "policy:base-stock", "policy:(R,S)", "policy:min-max",
            "policy:forecast-order-up-to", "policy:quantile", "policy:newsvendor", "policy:run-down",
            "noise:poisson", "noise:negative-binomial", "noise:zero-inflated", "lifecycle:phases", "lifecycle:bass",
            "lead:gamma", "lead:constant", "backorder-share:0.0", "backorder-share:0.5", "backorder-share:1.0",
            "late-launch", "end-of-life", "constraints", "promotion", "supply-disruption", "length:week", "no-forecaster",
        ]
        #expect(expected.isSubset(of: features), "not covered: \(expected.subtracting(features).sorted())")
    }
}

/// Collects failed checks without an `#expect` per check, so a few million checks stay fast and
/// a failing scenario reports its first violations together.
struct Violations: CustomStringConvertible {
    private(set) var messages: [String] = []
    private(set) var failures = 0

    var isEmpty: Bool { failures == 0 }

    mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        failures += 1
        if messages.count < 12 { messages.append(message()) }
    }

    var description: String {
        "\(failures) violation(s):\n" + messages.joined(separator: "\n")
    }
}

/// The checks of one scenario's run.
enum LedgerChecker {
    /// Checks every trace and outcome of `sink` against the plan; returns the records checked.
    static func check(_ scenario: RandomScenario, sink: RecordingSink, summary: BacktestSummary,
                      into v: inout Violations) -> Int {
        let plan = scenario.plan
        let model = plan.blueprint.model
        var checked = 0
        for replication in 0..<plan.replications {
            for product in model.products.indices {
                for strategy in plan.strategies.indices {
                    let key = RecordingSink.Key(replication: replication, strategy: strategy, product: product)
                    let trace = sink.traces[key] ?? []
                    guard let outcome = sink.outcome(replication: replication, strategy: strategy, product: product) else {
                        v.check(false, "no outcome for \(key)")
                        continue
                    }
                    v.check(outcome.oracleProfit != nil, "\(key): the oracle ran but its profit is missing")
                    let context = "rep \(replication) product \(product) strategy \(strategy)"
                    checkTrace(trace, plan: plan, product: product, strategy: plan.strategies[strategy],
                               stableSupply: !scenario.hasSupplyShock, context: context, into: &v)
                    checkCard(outcome.card, against: trace, context: context, into: &v)
                    checked += trace.count
                }
            }
        }
        // The summary's mean profit is the mean over replications of the catalogue profit.
        for strategy in plan.strategies.indices {
            let perReplication = (0..<plan.replications).map { replication in
                model.products.indices.reduce(0.0) { total, product in
                    total + (sink.outcome(replication: replication, strategy: strategy, product: product)?.card.total.profit ?? 0)
                }
            }
            let mean = perReplication.reduce(0, +) / Double(plan.replications)
            let statistic = summary.strategies[strategy]
            v.check(statistic.replications == plan.replications,
                    "summary of strategy \(strategy) has \(statistic.replications) replications, not \(plan.replications)")
            v.check(isClose(statistic.mean(.profit), mean),
                    "summary mean profit \(statistic.mean(.profit)) ≠ mean of catalogue profits \(mean)")
        }
        return checked
    }

    /// Period-by-period checks of one product under one strategy.
    static func checkTrace(_ trace: [PeriodRecord], plan: BacktestPlan, product: Int, strategy: Strategy,
                           stableSupply: Bool, context: String, into v: inout Violations) {
        let model = plan.blueprint.model
        let terms = plan.terms[product]
        let economics = terms.economics
        let live = model.livePeriods(of: product)
        let periodDays = model.calendar.length.meanDays
        let constantLead = terms.leadTimeDays.distribution.variance == 0
        let plannedLead = max(0, Int((terms.leadTimeDays.distribution.mean / periodDays).rounded()))

        // Exactly one record per live period, in order.
        v.check(trace.map(\.period) == Array(live), "\(context): periods \(trace.map(\.period)) are not the live range \(live)")
        guard !trace.isEmpty else { return }

        // Orders by the period they are due: placed at t with lead time L, due at t + L + 1.
        var due: [Int: Int] = [:]
        for record in trace where record.ordered > 0 {
            if let lead = record.leadTime { due[record.period + lead + 1, default: 0] += record.ordered }
        }
        var forecaster = strategy.makeForecaster?(product)
        var previous: PeriodRecord?
        for (index, r) in trace.enumerated() {
            let at = "\(context) period \(r.period)"
            let isFirst = index == 0
            let isLast = index == trace.count - 1

            // Conservation, and nothing negative.
            v.check(r.onHandStart + r.arrivals - r.sold - r.writtenOff == r.onHandEnd,
                    "\(at): \(r.onHandStart) + \(r.arrivals) − \(r.sold) − \(r.writtenOff) ≠ \(r.onHandEnd)")
            let counts = [r.demand, r.onHandStart, r.arrivals, r.servedFromShelf, r.backordersFilled, r.backordered,
                          r.lost, r.backlog, r.onHandEnd, r.writtenOff, r.backordersCancelled, r.onOrder, r.ordered]
            v.check(counts.allSatisfy { $0 >= 0 }, "\(at): a negative count in \(r)")
            v.check(r.expectedDemand >= 0 && r.expectedDemand.isFinite, "\(at): expected demand \(r.expectedDemand)")

            // Service: within demand and within the stock there was; demand is served, waits or is lost.
            let available = r.onHandStart + r.arrivals - r.backordersFilled
            v.check(r.servedFromShelf <= r.demand, "\(at): served \(r.servedFromShelf) > demand \(r.demand)")
            v.check(r.servedFromShelf <= available, "\(at): served \(r.servedFromShelf) > available \(available)")
            v.check(r.servedFromShelf + r.backordered + r.lost == r.demand,
                    "\(at): served \(r.servedFromShelf) + backordered \(r.backordered) + lost \(r.lost) ≠ demand \(r.demand)")
            // The shelf serves all it can before anyone waits or is lost.
            v.check(r.short == 0 || r.servedFromShelf == available,
                    "\(at): \(r.short) short while \(available - r.servedFromShelf) were left on the shelf")
            // The split of the unmet rest: ⌊share × short⌋ waits.
            v.check(r.backordered == Int(Double(r.short) * terms.backorderShare),
                    "\(at): backordered \(r.backordered) of \(r.short) short with share \(terms.backorderShare)")
            if terms.backorderShare == 0 {
                v.check(r.backordered == 0 && r.backordersFilled == 0 && r.backlog == 0 && r.backordersCancelled == 0,
                        "\(at): backorders without a backorder share: \(r)")
            }
            // sold is defined as shelf + filled backorders; the tally check below holds the
            // ledger to it.
            v.check(r.sold == r.servedFromShelf + r.backordersFilled, "\(at): sold \(r.sold)")

            // Continuity with the previous period, and arrivals clearing the waiting first.
            let backlogBefore = previous?.backlog ?? 0
            v.check(r.onHandStart == (previous?.onHandEnd ?? 0),
                    "\(at): starts with \(r.onHandStart), the previous period ended with \(previous?.onHandEnd ?? 0)")
            v.check(r.backordersFilled == min(backlogBefore, r.arrivals),
                    "\(at): filled \(r.backordersFilled) of \(backlogBefore) waiting with \(r.arrivals) arriving")
            v.check(r.backlog == backlogBefore - r.backordersFilled + r.backordered - r.backordersCancelled,
                    "\(at): backlog \(r.backlog) from \(backlogBefore) − \(r.backordersFilled) + \(r.backordered) − \(r.backordersCancelled)")
            v.check(r.onHandEnd == 0 || r.backlog == 0, "\(at): \(r.onHandEnd) on hand while \(r.backlog) wait")

            // Timing: what arrives is the launch stock and the orders due now (t + L + 1).
            let expectedArrivals = (isFirst ? terms.initialStock : 0) + (due[r.period] ?? 0)
            v.check(r.arrivals == expectedArrivals, "\(at): \(r.arrivals) arrived, \(expectedArrivals) were due")
            let outstanding = trace[...index].reduce(0) { total, placed in
                placed.ordered > 0 && placed.period + (placed.leadTime ?? 0) + 1 > r.period ? total + placed.ordered : total
            }
            v.check(r.onOrder == (isLast ? 0 : outstanding), "\(at): on order \(r.onOrder), outstanding \(outstanding)")

            // Orders: a lead time exactly when something was ordered, the fixed cost with it,
            // the supplier's constraints when no disruption cuts the order.
            v.check((r.ordered > 0) == (r.leadTime != nil), "\(at): ordered \(r.ordered) with lead time \(String(describing: r.leadTime))")
            v.check(r.money.ordering == (r.ordered > 0 ? terms.orderCost : 0), "\(at): ordering cost \(r.money.ordering)")
            if r.ordered > 0, stableSupply {
                if constantLead {
                    v.check(r.leadTime == plannedLead, "\(at): lead time \(String(describing: r.leadTime)), constant \(plannedLead)")
                }
                let constraints = terms.constraints
                v.check(r.ordered % constraints.casePack == 0, "\(at): \(r.ordered) is not whole cases of \(constraints.casePack)")
                if let capacity = constraints.capacity {
                    v.check(r.ordered <= capacity, "\(at): \(r.ordered) beyond capacity \(capacity)")
                } else {
                    v.check(r.ordered >= constraints.minimumOrder, "\(at): \(r.ordered) below the minimum order")
                }
            }

            // End of life: everything is written off, released or cancelled; before it, nothing.
            if isLast {
                v.check(r.onHandEnd == 0 && r.backlog == 0 && r.onOrder == 0 && r.ordered == 0,
                        "\(at): the last live period ends with stock, waiting customers or orders: \(r)")
            } else {
                v.check(r.writtenOff == 0 && r.backordersCancelled == 0, "\(at): write-off before the end of life: \(r)")
            }

            // Money, unit by unit.
            v.check(isClose(r.money.revenue, r.price * Double(r.sold)), "\(at): revenue \(r.money.revenue) ≠ \(r.price) × \(r.sold)")
            v.check(isClose(r.money.costOfGoods, economics.unitCost * Double(r.sold)), "\(at): cost of goods \(r.money.costOfGoods)")
            v.check(isClose(r.money.holding, economics.holdingCost * Double(r.onHandEnd)), "\(at): holding \(r.money.holding)")
            v.check(isClose(r.money.shortagePenalty, economics.shortagePenalty * Double(r.lost + r.backlog)),
                    "\(at): penalty \(r.money.shortagePenalty)")
            v.check(isClose(r.money.salvage, economics.salvageValue * Double(r.writtenOff)), "\(at): salvage \(r.money.salvage)")
            v.check(isClose(r.money.writeOff, economics.unitCost * Double(r.writtenOff)), "\(at): write-off \(r.money.writeOff)")

            // The forecast scored in this period is the forecaster's, having seen the earlier
            // periods as sales plus new backorders (never the lost demand).
            // A strategy without a forecaster has no forecast at all.
            if var current = forecaster {
                let expectedForecast = isFirst ? 0 : current.nextPeriodMean
                v.check(r.forecast.map { isClose($0, expectedForecast, relative: 1e-12) } ?? false,
                        "\(at): forecast \(r.forecast.map(String.init(describing:)) ?? "none"), the forecaster says \(expectedForecast)")
                current.observe(SalesObservation(period: r.period, sales: Double(r.observedDemand), stockout: r.lost > 0,
                                                 price: r.price, promotion: r.promotion))
                forecaster = current
            } else {
                v.check(r.forecast == nil, "\(at): a strategy without a forecaster has the forecast \(r.forecast ?? 0)")
            }
            previous = r
        }
    }

    /// The score card against sums computed here from the records (not with `Tally.add`).
    static func checkCard(_ card: ScoreCard, against trace: [PeriodRecord], context: String, into v: inout Violations) {
        func sum(_ records: [PeriodRecord], _ value: (PeriodRecord) -> Int) -> Int { records.reduce(0) { $0 + value($1) } }
        func sum(_ records: [PeriodRecord], _ value: (PeriodRecord) -> Double) -> Double { records.reduce(0) { $0 + value($1) } }

        func compare(_ tally: Tally, _ records: [PeriodRecord], _ label: String) {
            let at = "\(context) \(label)"
            v.check(tally.periods == records.count, "\(at): \(tally.periods) periods, \(records.count) records")
            v.check(tally.demand == sum(records) { $0.demand }, "\(at): demand")
            v.check(isClose(tally.expectedDemand, sum(records) { $0.expectedDemand }), "\(at): expected demand")
            v.check(tally.servedFromShelf == sum(records) { $0.servedFromShelf }, "\(at): served from shelf")
            v.check(tally.sold == sum(records) { $0.servedFromShelf + $0.backordersFilled }, "\(at): sold")
            v.check(tally.backordered == sum(records) { $0.backordered }, "\(at): backordered")
            v.check(tally.lost == sum(records) { $0.lost }, "\(at): lost")
            v.check(tally.backordersCancelled == sum(records) { $0.backordersCancelled }, "\(at): cancelled")
            v.check(tally.stockoutPeriods == records.filter { $0.backordered + $0.lost > 0 }.count, "\(at): stockout periods")
            v.check(tally.onHandUnitPeriods == sum(records) { $0.onHandEnd }, "\(at): unit-periods on hand")
            v.check(tally.leftover == sum(records) { $0.writtenOff }, "\(at): leftover")
            v.check(tally.orders == records.filter { $0.ordered > 0 }.count, "\(at): orders")
            v.check(tally.unitsOrdered == sum(records) { $0.ordered }, "\(at): units ordered")
            v.check(isClose(tally.revenue, sum(records) { $0.money.revenue }), "\(at): revenue")
            v.check(isClose(tally.holding, sum(records) { $0.money.holding }), "\(at): holding")
            v.check(isClose(tally.ordering, sum(records) { $0.money.ordering }), "\(at): ordering")
            v.check(isClose(tally.shortagePenalty, sum(records) { $0.money.shortagePenalty }), "\(at): penalty")
            v.check(isClose(tally.salvage, sum(records) { $0.money.salvage }), "\(at): salvage")
            v.check(isClose(tally.writeOff, sum(records) { $0.money.writeOff }), "\(at): write-off")
            let profit = sum(records) { $0.money.revenue + $0.money.salvage - $0.money.costOfGoods - $0.money.writeOff
                - $0.money.holding - $0.money.ordering - $0.money.shortagePenalty }
            v.check(isClose(tally.profit, profit), "\(at): profit \(tally.profit) ≠ Σ period profits \(profit)")
            for metric in [Metric.fillRate, .cycleServiceLevel] {
                let value = metric.value(tally)
                v.check(value >= 0 && value <= 1, "\(at): \(metric.rawValue) = \(value) outside [0, 1]")
            }
            v.check(Metric.unitsSold.value(tally) == Double(tally.sold) && Metric.lostUnits.value(tally) == Double(tally.lost),
                    "\(at): volume metrics")
        }

        compare(card.total, trace, "total")
        for phase in LifecyclePhase.allCases {
            compare(card.tally(for: phase), trace.filter { $0.phase == phase }, phase.rawValue)
        }
    }
}
