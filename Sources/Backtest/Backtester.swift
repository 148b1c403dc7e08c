import Forecasting
import GSL
import Inventory
import Market
import TaskPool

/// Everything a backtest needs: the market, the per-product terms, the strategies and how many
/// replications to run.
public struct BacktestPlan: Sendable {
    public var blueprint: MarketBlueprint
    /// One per product of the market, in the same order.
    public var terms: [ProductTerms]
    public var strategies: [Strategy]
    public var seed: UInt64
    public var replications: Int
    public var generator: String
    /// Whether to run the perfect-foresight oracle, which regret is measured against.
    public var runsOracle: Bool
    /// Whether every strategy faces the same market in a replication (common random numbers,
    /// the default). Off, each strategy draws its demand and lead times from streams of its
    /// own: only for measuring how much the common numbers sharpen comparisons.
    public var commonRandomNumbers: Bool
    /// The strategy the others are compared with (index into `strategies`).
    public var baseline: Int

    public init(blueprint: MarketBlueprint, terms: [ProductTerms], strategies: [Strategy], seed: UInt64,
                replications: Int, generator: String = RandomStream.defaultGenerator, runsOracle: Bool = true,
                commonRandomNumbers: Bool = true, baseline: Int = 0) {
        precondition(terms.count == blueprint.model.products.count, "one ProductTerms per product")
        precondition(strategies.isEmpty || strategies.indices.contains(baseline), "the baseline must be one of the strategies")
        self.blueprint = blueprint
        self.terms = terms
        self.strategies = strategies
        self.seed = seed
        self.replications = replications
        self.generator = generator
        self.runsOracle = runsOracle
        self.commonRandomNumbers = commonRandomNumbers
        self.baseline = baseline
    }

    /// Per strategy, whether it manages other products than the baseline: its comparison with
    /// the baseline is then made over the products both manage (``SharedFigures``).
    public var comparedOnSharedProducts: [Bool] {
        guard strategies.indices.contains(baseline) else { return [] }
        return strategies.map { $0.products != strategies[baseline].products }
    }

    /// The seed of the market `strategy` faces: the scenario's under common random numbers,
    /// else one of its own (nil strategy: the oracle, always the scenario's).
    func marketSeed(strategy: Int?) -> UInt64 {
        guard !commonRandomNumbers, let strategy else { return seed }
        return SeedMixer.mix(seed ^ (0x1DE9_0000_0000_0000 &+ UInt64(strategy)))
    }
}

/// One product under one strategy in one replication, as handed to a ``BacktestSink``.
public struct ProductOutcome: Sendable {
    public var replication: Int
    public var product: Int
    public var strategy: Int
    public var card: ScoreCard
    /// The oracle's profit on the same product and replication, if the oracle ran.
    public var oracleProfit: Double?
}

/// Receives results as the backtest produces them, so nothing per replication needs to be kept.
public protocol BacktestSink {
    /// Called once per replication, product and managed strategy.
    mutating func record(_ outcome: ProductOutcome)
    /// Whether ``trace(_:replication:strategy:)`` should receive every period (costly).
    var wantsTrace: Bool { get }
    /// The replications and products whose periods ``trace(_:replication:strategy:)`` should
    /// receive; by default everything when ``wantsTrace``, else nothing.
    var traceSelection: TraceSelection { get }
    mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int)
    /// Called after the last product of each replication, in replication order, with the
    /// catalogue-wide figures the summary folds in.
    mutating func finishReplication(_ outcome: ReplicationOutcome)
}

extension BacktestSink {
    public var wantsTrace: Bool { false }
    public var traceSelection: TraceSelection { wantsTrace ? .everything : .nothing }
    public mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {}
    public mutating func finishReplication(_ outcome: ReplicationOutcome) {}
}

/// Runs a ``BacktestPlan``: for every replication and product, the oracle (for regret) and then
/// each strategy, all facing the same demand uniforms and the same lead-time uniforms.
///
/// The work is cut into units of one replication and a fixed run of products
/// (``productsPerUnit``), computed by up to `threads` workers of an ``OrderedTaskPool``; their
/// results are handed to the sink and folded into the summary strictly in replication and
/// product order, with at most the pool's window of units in memory. Units never share state,
/// so any thread count gives the same results, bit for bit.
public enum Backtester {
    /// Products per unit of work: enough to amortise a task, few enough to spread a single
    /// replication of a large catalogue over every core.
    static let productsPerUnit = 16

    /// Runs `replications` (default: all of the plan's) with up to `threads` concurrent tasks,
    /// feeding `sink` and returning the summary of those replications.
    /// - Parameter progress: called after each replication is folded in, with the number done.
    public static func run<Sink: BacktestSink>(
        _ plan: BacktestPlan, replications: Range<Int>? = nil, threads: Int = 1, into sink: inout Sink,
        progress: (_ done: Int) -> Void = { _ in }
    ) async throws(GSLError) -> BacktestSummary {
        let range = replications ?? 0..<plan.replications
        var summary = BacktestSummary(strategies: plan.strategies.map(\.name), managedProducts: plan.strategies.map { $0.products?.count },
                                      comparedOnSharedProducts: plan.comparedOnSharedProducts,
                                      baseline: plan.baseline, seed: plan.seed, generator: plan.generator)
        var assembler = ReplicationAssembler(plan: plan)
        let units = WorkUnit.all(plan: plan, replications: range)
        let tracing = sink.traceSelection
        try await OrderedTaskPool(workers: threads).run(units.count) { index throws(GSLError) in
            try compute(units[index], plan: plan, tracing: tracing)
        } deliver: { _, result throws(GSLError) in
            guard let outcome = assembler.take(result, into: &sink) else { return }
            sink.finishReplication(outcome)
            try summary.add(outcome)
            progress(outcome.replication - range.lowerBound + 1)
        }
        return summary
    }

    /// Every product of one unit under the oracle and each strategy; the periods of the products
    /// `tracing` selects are kept, with the forecasters' prediction intervals.
    static func compute(_ unit: WorkUnit, plan: BacktestPlan, tracing: TraceSelection) throws(GSLError) -> UnitResult {
        var products: [UnitResult.Product] = []
        for product in unit.products {
            let oracleProfit = plan.runsOracle ? try oracle(plan, product: product, replication: unit.replication) : nil
            let traced = tracing.contains(replication: unit.replication, product: product)
            var runs: [UnitResult.StrategyRun] = []
            for (index, strategy) in plan.strategies.enumerated() where strategy.manages(product) {
                var recorder = CardRecorder(card: ScoreCard(unitCost: plan.terms[product].economics.unitCost), tracing: traced)
                let outlook = strategy.makeForecaster.map { ClosedLoop.Outlook.forecast(ForecastOutlook(forecaster: $0(product))) }
                let loop = try makeLoop(plan, product: product, replication: unit.replication, strategy: index,
                                        policy: strategy.policy, outlook: outlook ?? .none)
                loop.run(&recorder)
                runs.append(UnitResult.StrategyRun(strategy: index, card: recorder.card, trace: recorder.trace))
            }
            products.append(UnitResult.Product(product: product, oracleProfit: oracleProfit, runs: runs))
        }
        return UnitResult(unit: unit, products: products)
    }

    /// The oracle's profit on one product in one replication.
    static func oracle(_ plan: BacktestPlan, product: Int, replication: Int) throws(GSLError) -> Double {
        var card = ScoreCard(unitCost: plan.terms[product].economics.unitCost)
        try oracleLoop(plan, product: product, replication: replication).run(&card)
        return card.total.profit
    }

    /// The oracle's loop on one product in one replication: perfect foresight of the demand the
    /// market draws when every unit is served, ordered by the Wagner–Whitin plan.
    static func oracleLoop(_ plan: BacktestPlan, product: Int, replication: Int) throws(GSLError) -> ClosedLoop {
        let preview = try plan.blueprint.productMarket(product, seed: plan.seed, replication: replication,
                                                       generator: plan.generator)
        var path = DemandPath(periods: plan.blueprint.model.calendar.periods)
        preview.run(&path)
        let terms = plan.terms[product]
        let periodDays = plan.blueprint.model.calendar.length.meanDays
        let leadTime = Saturating.wholePeriods(terms.leadTimeDays.distribution.mean / periodDays,
                                               atMost: plan.blueprint.model.calendar.periods)
        // Reviewed before its launch like every strategy, so its plan may start there.
        let firstOrder = ClosedLoop.preLaunchPeriod(live: preview.scoredRange, onSale: preview.liveRange,
                                                    leadTime: leadTime)
        let orders = WagnerWhitin.plan(demand: path.demand, live: preview.scoredRange, initialStock: terms.initialStock,
                                       leadTime: leadTime, orderCost: terms.orderCost,
                                       holdingCost: terms.economics.holdingCost, firstOrder: firstOrder)
        let policy = OraclePolicy(coverageEnd: orders, demand: path.demand, backorderShare: terms.backorderShare)
        return try makeLoop(plan, product: product, replication: replication, strategy: nil, policy: policy,
                            outlook: .perfect(demand: path.demand))
    }

    /// The loop of `strategy` (nil: the oracle) on one product in one replication.
    static func makeLoop(_ plan: BacktestPlan, product: Int, replication: Int, strategy: Int?, policy: any InventoryPolicy,
                         outlook: ClosedLoop.Outlook) throws(GSLError) -> ClosedLoop {
        let terms = plan.terms[product]
        let seed = plan.marketSeed(strategy: strategy)
        let market = try plan.blueprint.productMarket(product, seed: seed, replication: replication,
                                                      generator: plan.generator)
        // Constant lead times need no draws; otherwise one uniform per period from the
        // product's own lead-time stream, the same for every strategy.
        let leadTimeStream: RandomStream?
        if terms.leadTimeDays.distribution.variance > 0 {
            let key = StreamKey(scenarioSeed: seed, replication: replication,
                                product: plan.blueprint.model.products[product].id, purpose: .leadTimes)
            leadTimeStream = try RandomStream(generator: plan.generator, key: key)
        } else {
            leadTimeStream = nil
        }
        return ClosedLoop(market: market, terms: terms, policy: policy, outlook: outlook, leadTimeStream: leadTimeStream)
    }
}

/// Demand per period when everything is sold: the oracle's crystal ball.
struct DemandPath: DemandChannel {
    var demand: [Int]

    init(periods: Int) {
        demand = Array(repeating: 0, count: periods)
    }

    mutating func fulfil(_ observation: DemandObservation) -> Int {
        demand[observation.period] = observation.demand
        return observation.demand
    }
}

/// Scores every period and, when tracing, keeps it for the sink.
struct CardRecorder: LoopRecorder {
    var card: ScoreCard
    let tracing: Bool
    var trace: [PeriodRecord] = []

    mutating func record(_ period: PeriodRecord) {
        card.record(period)
        if tracing { trace.append(period) }
    }
}
