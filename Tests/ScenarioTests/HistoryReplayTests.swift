import Backtest
import Foundation
import Market
import Scenario
import Testing

/// A scenario whose demand is a sales history: read, resolved and replayed in the closed loop.
@Suite struct HistoryReplayTests {
    /// Three weekly products, hand-made; see `handComputedReplay` for the arithmetic.
    static let sales = """
        unique_id,ds,y,price,stockout
        p1,2024-01-01,5,10,0
        p1,2024-01-08,3,10,0
        p1,2024-01-15,4,10,0
        p1,2024-01-22,6,10,0
        p2,2024-01-08,2,,0
        p2,2024-01-15,0,,0
        p2,2024-01-22,7,,0
        p3,2024-01-01,1,2,0
        p3,2024-01-08,1,2,0
        p3,2024-01-15,1,2,1
        p3,2024-01-22,1,2,0

        """
    static let productFile = """
        unique_id,description,price,unit_cost
        p1,RED MUG,,6
        p2,BLUE MUG,4,1
        p3,TEA TOWEL,,

        """
    static let scenario = """
        name: hand-made
        replications: 1
        history:
          file: sales.csv
          products: products.csv
          warm_up: 1
          defaults: {unit_cost_share: 0.5, holding_cost: 0.1}
        products:
          - {id: p2, initial_stock: 3}
        strategies:
          policies:
            - {name: s-S, s_S: {s: 2, S: 8}}

        """

    /// Writes the files into a fresh folder and loads the scenario from it.
    static func load(scenario: String = scenario, sales: String = sales, products: String = productFile) throws -> ScenarioSpec {
        try ScenarioSpec.load(contentsOf: write(scenario: scenario, sales: sales, products: products))
    }

    /// Writes the files into a fresh folder; returns the scenario's path.
    static func write(scenario: String = scenario, sales: String = sales, products: String = productFile) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try sales.write(to: folder.appendingPathComponent("sales.csv"), atomically: true, encoding: .utf8)
        try products.write(to: folder.appendingPathComponent("products.csv"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("scenario.yaml").path
        try scenario.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func economicsComeFromTheLayersInOrder() throws {
        let spec = try Self.load()
        #expect(spec.calendar.periods == 4 && spec.calendar.period == .week)
        #expect(spec.products.map(\.id) == ["p1", "p2", "p3"])
        let (p1, p2, p3) = (spec.products[0], spec.products[1], spec.products[2])
        #expect(p1.price == 10 && p1.unitCost == 6)       // median recorded price; file's cost
        #expect(p2.price == 4 && p2.unitCost == 1)        // the file's price and cost
        #expect(p3.price == 2 && p3.unitCost == 1)        // unit_cost_share 0.5 of the price
        #expect(p1.initialStock == 5 && p2.initialStock == 3 && p3.initialStock == 1)
        #expect(p2.launch == spec.calendar.start.adding(days: 7))
    }

    /// s = 2, S = 8, lead time 0 (an order arrives next period), holding 0.1 a unit-period,
    /// lost sales, warm-up 1 period. Scored periods 1–3 of each product:
    /// - p1 (10 / 6; starts with ⌈mean warm-up demand 5 × (0 + 1)⌉ = 5): sells 3 (end 2,
    ///   order 6), 4 (end 4), 4 of 6 (2 lost): revenue 110, cost of goods 66, holding 0.6 → 43.4.
    /// - p2 (4 / 1; launched in period 1 with its override of 3): sells 2 (end 1, order 7),
    ///   0 (end 8), 7 (1 written off at cost 1): 36 − 9 − 0.9 − 1 = 25.1.
    /// - p3 (2 / 1; starts with 1): sells 1 (end 0, order 8), 1 (end 7), 1 (6 written off):
    ///   6 − 3 − 0.7 − 6 = −3.7.
    @Test func handComputedReplay() async throws {
        let spec = try Self.load()
        let plan = try spec.backtestPlan()
        var sink = OutcomeRecorder()
        _ = try await Backtester.run(plan, threads: 1, into: &sink)
        let profits = sink.outcomes.filter { $0.strategy == 0 }.sorted { $0.product < $1.product }.map(\.card.total.profit)
        #expect(profits.count == 3)
        for (profit, expected) in zip(profits, [43.4, 25.1, -3.7]) {
            #expect(abs(profit - expected) < 1e-9, "profit \(profit), by hand \(expected)")
        }
        let p1 = sink.traces.filter { $0.record.product == 0 && $0.strategy == 0 }.map { $0.record }
        #expect(p1.map(\.period) == [1, 2, 3])
        #expect(p1.map(\.sold) == [3, 4, 4] && p1.map(\.lost) == [0, 0, 2] && p1.map(\.ordered) == [6, 0, 0])
    }

    @Test(arguments: ["", "  start: 2024-01-08\n"])
    func resolvedScenarioReadsBackEqual(start: String) throws {
        let spec = try Self.load(scenario: Self.scenario.replacingOccurrences(of: "  warm_up: 1\n", with: start + "  warm_up: 1\n"))
        let again = try ScenarioSpec.decode(yaml: try spec.encodedYAML(), file: "<resolved>")
        #expect(again == spec)
        #expect(again.history?.start == spec.history?.start)
        #expect(again.products.map(\.initialStock) == spec.products.map(\.initialStock))
    }

    @Test func replicationZeroIsThePastAndLaterOnesResampleIt() throws {
        let spec = try Self.load()
        let blueprint = MarketBlueprint(model: try spec.marketModel())
        func demand(_ replication: Int) throws -> [Int] {
            var recorder = GroundTruthRecorder()
            try blueprint.productMarket(0, seed: spec.seed, replication: replication).run(&recorder)
            return recorder.observations.map(\.demand)
        }
        #expect(try demand(0) == [5, 3, 4, 6])
        let resamples = try (1...20).map(demand)
        #expect(resamples.allSatisfy { $0.count == 4 && Set($0).isSubset(of: [5, 3, 4, 6]) })
        #expect(Set(resamples.map { $0.description }).count > 1, "20 resamples are not all the same")
        #expect(try demand(7) == demand(7))
    }

    @Test func badHistoriesAreRefusedWhereTheyAreWrong() throws {
        func problems(scenario: String = Self.scenario, sales: String = Self.sales, products: String = Self.productFile) -> [ScenarioIssue] {
            do {
                _ = try Self.load(scenario: scenario, sales: sales, products: products)
                return []
            } catch let error as ScenarioError {
                return error.issues
            } catch {
                return []
            }
        }
        let negative = problems(sales: Self.sales.replacingOccurrences(of: "p1,2024-01-08,3,", with: "p1,2024-01-08,-3,"))
        #expect(negative.contains { $0.file.hasSuffix("sales.csv") && $0.line == 3 && $0.path == "y" })
        let flag = problems(sales: Self.sales.replacingOccurrences(of: "p3,2024-01-15,1,2,1", with: "p3,2024-01-15,1,2,maybe"))
        #expect(flag.contains { $0.line == 11 && $0.path == "stockout" })
        let missingRow = problems(products: "unique_id,unit_cost\np1,6\np2,1\n")
        #expect(missingRow.contains { $0.path == "history.products" && $0.message.contains("p3") })
        let noCost = problems(scenario: Self.scenario.replacingOccurrences(of: "unit_cost_share: 0.5, ", with: ""))
        #expect(noCost.contains { $0.path == "history.defaults.unit_cost" && $0.message.contains("p3") })
        let longWarmUp = problems(scenario: Self.scenario.replacingOccurrences(of: "warm_up: 1", with: "warm_up: 4"))
        #expect(longWarmUp.contains { $0.path == "history.warm_up" })
        let unknown = problems(scenario: Self.scenario.replacingOccurrences(of: "{id: p2,", with: "{id: p9,"))
        #expect(unknown.contains { $0.path == "products[0].id" && $0.kind == .unknownReference })
        let calendar = problems(scenario: Self.scenario + "calendar: {start: 2024-01-01, periods: 4}\n")
        #expect(calendar.contains { $0.path == "calendar" })
    }
}

/// Every product outcome and traced period of a backtest.
struct OutcomeRecorder: BacktestSink {
    var outcomes: [ProductOutcome] = []
    var traces: [(record: PeriodRecord, strategy: Int)] = []
    var wantsTrace: Bool { true }
    mutating func record(_ outcome: ProductOutcome) { outcomes.append(outcome) }
    mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) { traces.append((period, strategy)) }
}

/// A simulated market's demand written out as a history and replayed gives the simulated run's
/// figures: the history-driven market is the same closed loop on the same demand.
@Suite struct SimulatedHistoryReplayTests {
    static let simulated = """
        name: replay-source
        seed: 11
        replications: 1
        calendar: {start: 2024-01-01, periods: 40, period: week}
        products:
          - id: kettle
            price: 40
            unit_cost: 18
            holding_cost: 0.2
            launch: 2024-02-05
            lifecycle: {phases: [{phase: growth, periods: 8, from: 5, to: 30}, {phase: maturity, level: 30}]}
            noise: poisson
            supply: {lead_time: 7, order_cost: 10}
            initial_stock: 20
          - id: mug
            price: 12
            unit_cost: 5
            holding_cost: 0.05
            elasticity: -2
            end_of_life: 2024-09-02
            lifecycle: {phases: [{phase: maturity, level: 12}]}
            noise: {negative_binomial: {dispersion: 3}}
            supply: {lead_time: 14, case_pack: 6}
            initial_stock: 40
        events:
          - promotion: {products: [mug], start: 2024-03-04, days: 14, discount: 0.25, lift: 1.2}
        strategies:
          forecasters: [naive, ses]
          policies:
            - {name: s-S, s_S: {s: 20, S: 60}}
            - {name: up-to-90, forecast_order_up_to: {review: 1, service_level: 0.9}}

        """

    /// The scenario's products as `products:` overrides of a history-driven scenario.
    static let overrides = """
        products:
          - {id: kettle, price: 40, unit_cost: 18, holding_cost: 0.2, supply: {lead_time: 7, order_cost: 10}, initial_stock: 20}
          - {id: mug, price: 12, unit_cost: 5, holding_cost: 0.05, elasticity: -2, supply: {lead_time: 14, case_pack: 6}, initial_stock: 40}
        strategies:
          forecasters: [naive, ses]
          policies:
            - {name: s-S, s_S: {s: 20, S: 60}}
            - {name: up-to-90, forecast_order_up_to: {review: 1, service_level: 0.9}}

        """

    @Test func replayingASimulatedHistoryGivesTheSimulatedFigures() async throws {
        let source = try ScenarioSpec.decode(yaml: Self.simulated)
        let model = try source.marketModel()
        var recorder = GroundTruthRecorder()
        try MarketSimulation(model: model, seed: source.seed).run(&recorder)
        var csv = "unique_id,ds,y,price,promo\n"
        for observation in recorder.observations {
            let date = model.calendar.firstDay(of: observation.period)
            csv += "\(model.products[observation.product].id),\(date),\(observation.demand),\(observation.price),"
                + "\(observation.promotion == nil ? 0 : 1)\n"
        }
        #expect(recorder.observations.contains { $0.promotion != nil })
        let replay = try HistoryReplayTests.load(
            scenario: "name: replay\nseed: 11\nreplications: 1\nhistory: {file: sales.csv}\n" + Self.overrides, sales: csv)
        #expect(replay.calendar.periods == 40)
        let simulatedRun = try await runBacktest(source)
        let replayedRun = try await runBacktest(replay)
        let compared: [Metric] = [.profit, .revenue, .fillRate, .lostUnits, .unitsSold, .orders, .holdingCost, .regret,
                                  .leftoverUnits, .maeSales, .biasSales]
        #expect(simulatedRun.strategies.map(\.name) == replayedRun.strategies.map(\.name))
        for (simulated, replayed) in zip(simulatedRun.strategies, replayedRun.strategies) {
            for metric in compared {
                // Equal up to the order of a floating-point sum: a card sums its periods by
                // lifecycle phase, and a history labels phases by its own rule.
                #expect((simulated.total[metric] == nil) == (replayed.total[metric] == nil))
                guard let a = simulated.total[metric]?.mean, let b = replayed.total[metric]?.mean else { continue }
                #expect(abs(a - b) <= 1e-12 * max(1, abs(a)),
                        "\(simulated.name) \(metric): simulated \(String(describing: simulated.total[metric]?.mean)), replayed \(String(describing: replayed.total[metric]?.mean))")
            }
        }
    }
}

/// How the history section reads its file: gaps, column names.
@Suite struct HistoryReadingTests {
    static let gapped = HistoryReplayTests.sales.replacingOccurrences(of: "p1,2024-01-15,4,10,0\n", with: "")

    @Test func aGapIsRefusedWithTheFieldThatFillsIt() throws {
        #expect {
            _ = try HistoryReplayTests.load(sales: Self.gapped)
        } throws: { error in
            let issues = (error as? ScenarioError)?.issues ?? []
            return issues.contains { $0.file.hasSuffix("sales.csv") && $0.path == "ds" && $0.message.contains("gap") }
                && issues.contains { $0.path == "history.fill_gaps" }
        }
    }

    @Test func fillGapsZeroReadsAMissingPeriodAsNoSales() throws {
        let scenario = HistoryReplayTests.scenario.replacingOccurrences(of: "  warm_up: 1\n", with: "  warm_up: 1\n  fill_gaps: zero\n")
        let spec = try HistoryReplayTests.load(scenario: scenario, sales: Self.gapped)
        #expect(spec.recorded.records[0].sales == [5, 3, 0, 6])
    }

    @Test func columnsMayBeNamedOtherwise() throws {
        let renamed = HistoryReplayTests.sales.replacingOccurrences(of: "unique_id,ds,y,", with: "sku,week,units,")
        let scenario = HistoryReplayTests.scenario.replacingOccurrences(
            of: "  warm_up: 1\n", with: "  warm_up: 1\n  columns: {id: sku, time: week, target: units}\n")
        let spec = try HistoryReplayTests.load(scenario: scenario, sales: renamed)
        #expect(spec.products.map(\.id) == ["p1", "p2", "p3"])
        #expect(throws: ScenarioError.self) { try HistoryReplayTests.load(sales: renamed) }
    }

    /// `start` replays from the period holding its date: the calendar begins there, earlier
    /// periods are gone, and a product with nothing left is left out with a warning.
    @Test func startDropsThePeriodsBeforeIt() throws {
        // p1's price is recorded only before the start: its default price still comes from it.
        let sales = HistoryReplayTests.sales.replacingOccurrences(of: "3,10,0", with: "3,,0")
            .replacingOccurrences(of: "4,10,0", with: "4,,0").replacingOccurrences(of: "6,10,0", with: "6,,0")
            + "p4,2024-01-01,2,3,0\n"
        let products = HistoryReplayTests.productFile + "p4,SPOON,3,1\n"
        let scenario = HistoryReplayTests.scenario.replacingOccurrences(of: "  warm_up: 1\n", with: "  start: 2024-01-10\n  warm_up: 1\n")
        let loaded = try ScenarioSpec.loadChecked(contentsOf: HistoryReplayTests.write(scenario: scenario, sales: sales, products: products))
        let spec = loaded.spec
        #expect(spec.calendar.start.description == "2024-01-08" && spec.calendar.periods == 3)
        #expect(spec.products.map(\.id) == ["p1", "p2", "p3"])
        #expect(spec.products[0].price == 10)
        #expect(spec.recorded.records.map(\.sales) == [[3, 4, 6], [2, 0, 7], [1, 1, 1]])
        #expect(spec.recorded.records[2].stockout == [false, true, false])
        #expect(loaded.warnings.contains { $0.path == "history.start" && $0.message.contains("p4") })

        let tooLate = HistoryReplayTests.scenario.replacingOccurrences(of: "  warm_up: 1\n", with: "  start: 2024-02-05\n  warm_up: 1\n")
        #expect {
            _ = try HistoryReplayTests.load(scenario: tooLate)
        } throws: { error in
            (error as? ScenarioError)?.issues.contains { $0.path == "history.start" && $0.message.contains("2024-01-22") } ?? false
        }
    }
}

/// Censored periods of a history replayed through the scenario's estimator.
@Suite struct HistoryCensoringTests {
    @Test func asSalesWarnsThatCensoredPeriodsUnderstateDemand() throws {
        let loaded = try ScenarioSpec.loadChecked(contentsOf: HistoryReplayTests.write())
        #expect(loaded.warnings.contains { $0.path == "history.censoring" && $0.message.contains("1 censored period") })
    }

    @Test(arguments: [CensoringChoice.productLimit, .censoredLikelihood, .comparablePeriods])
    func anEstimatorRaisesOnlyTheCensoredPeriod(_ estimator: CensoringChoice) throws {
        let scenario = HistoryReplayTests.scenario.replacingOccurrences(
            of: "  warm_up: 1\n", with: "  warm_up: 1\n  censoring: \(estimator.rawValue)\n")
        let spec = try HistoryReplayTests.load(scenario: scenario)
        let p3 = spec.recorded.records[2]
        #expect(p3.sales == [1, 1, 1, 1] && p3.stockout == [false, false, true, false])
        #expect(p3.demand[0] == 1 && p3.demand[1] == 1 && p3.demand[3] == 1, "uncensored periods keep their sales")
        #expect(p3.demand[2] >= 1 && p3.demand[2].isFinite)
        if estimator == .censoredLikelihood {
            // Poisson with mean about 1: E[D | D ≥ 1] = λ / (1 − e^−λ) ≈ 1.6, above the sale.
            #expect(p3.demand[2] > 1.2)
        }
        #expect(spec.recorded.records[0].demand == [5, 3, 4, 6], "a series without a censored period is its sales")
    }
}

/// The estimators by their scenario names (the test target does not import Censoring).
enum CensoringChoice: String, CaseIterable, Sendable {
    case productLimit = "product-limit"
    case censoredLikelihood = "censored-likelihood"
    case comparablePeriods = "comparable-periods"
}

/// Monthly and quarterly histories replay on a calendar of the same period.
@Suite struct CalendarHistoryReplayTests {
    /// `count` periods of two products from 2023-01-01, stepped by `months`.
    static func sales(months: Int, count: Int) -> String {
        var text = "unique_id,ds,y,price\n"
        for (id, level) in [("bolt", 40), ("nut", 9)] {
            for t in 0..<count {
                let month = t * months
                let date = String(format: "%04d-%02d-01", 2023 + month / 12, month % 12 + 1)
                text += "\(id),\(date),\(level + (t % 3) * 2),2\n"
            }
        }
        return text
    }

    static func scenario(warmUp: Int) -> String {
        """
        name: monthly-replay
        replications: 3
        history:
          file: sales.csv
          warm_up: \(warmUp)
          defaults: {unit_cost: 1, holding_rate: 0.24, supply: {lead_time: 45}}
        strategies:
          forecasters: [ses]
          policies:
            - {name: up-to-95, forecast_order_up_to: {review: 1, service_level: 0.95}}

        """
    }

    @Test func aMonthlyHistoryReplaysOnMonths() async throws {
        let spec = try HistoryReplayTests.load(scenario: Self.scenario(warmUp: 12), sales: Self.sales(months: 1, count: 24))
        #expect(spec.calendar.period == .month && spec.calendar.periods == 24)
        #expect(spec.calendar.calendar.firstDay(of: 13).description == "2024-02-01")
        #expect(spec.seasonLength == 12)
        // Warm-up mean 42 (bolt: 40, 42, 44 repeating) × (45 / 30.4375 + 1) months of cover.
        #expect(spec.products[0].initialStock == Int((42 * (45 / (365.25 / 12)) + 42).rounded(.up)))
        // A twelfth of the yearly rate on the unit cost, per month.
        #expect(abs(spec.products[0].holdingCost - 0.24 / 12) < 1e-12)
        let run = try await runBacktest(spec, replications: 3)
        #expect(run.strategies.count == 1 && run.strategies[0].replications == 3)
        #expect((run.strategies[0].total[.demand]?.mean ?? 0) > 0)
    }

    @Test func aQuarterlyHistoryReplaysOnQuarters() throws {
        let spec = try HistoryReplayTests.load(scenario: Self.scenario(warmUp: 4), sales: Self.sales(months: 3, count: 12))
        #expect(spec.calendar.period == .quarter && spec.calendar.periods == 12)
        #expect(spec.calendar.calendar.firstDay(of: 5).description == "2024-04-01")
        #expect(spec.seasonLength == 4)
    }
}
