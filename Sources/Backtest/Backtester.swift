import Forecasting
import GSL
import Inventory
import Market

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

    public init(blueprint: MarketBlueprint, terms: [ProductTerms], strategies: [Strategy], seed: UInt64,
                replications: Int, generator: String = RandomStream.defaultGenerator, runsOracle: Bool = true) {
        precondition(terms.count == blueprint.model.products.count, "one ProductTerms per product")
        self.blueprint = blueprint
        self.terms = terms
        self.strategies = strategies
        self.seed = seed
        self.replications = replications
        self.generator = generator
        self.runsOracle = runsOracle
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
    mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int)
}

extension BacktestSink {
    public var wantsTrace: Bool { false }
    public mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {}
}

/// Runs a ``BacktestPlan``: for every replication and product, the oracle (for regret) and then
/// each strategy, all facing the same demand uniforms and the same lead-time uniforms.
public enum Backtester {
    /// Runs the plan, feeding `sink`, and returns the per-strategy summary.
    public static func run<Sink: BacktestSink>(_ plan: BacktestPlan, into sink: inout Sink) throws(GSLError) -> BacktestSummary {
        var summary = BacktestSummary(strategies: plan.strategies.map(\.name))
        let productCount = plan.blueprint.model.products.count
        for replication in 0..<plan.replications {
            var catalogue = Array(repeating: CatalogueTally(), count: plan.strategies.count)
            for product in 0..<productCount {
                let oracleProfit = plan.runsOracle ? try oracle(plan, product: product, replication: replication) : nil
                for (index, strategy) in plan.strategies.enumerated() where strategy.manages(product) {
                    let card = try runOne(plan, strategy: index, product: product, replication: replication, sink: &sink)
                    catalogue[index].add(card, oracleProfit: oracleProfit)
                    sink.record(ProductOutcome(replication: replication, product: product, strategy: index,
                                               card: card, oracleProfit: oracleProfit))
                }
            }
            for index in plan.strategies.indices {
                summary.add(catalogue[index], strategy: index)
            }
        }
        return summary
    }

    /// One strategy on one product in one replication.
    static func runOne<Sink: BacktestSink>(_ plan: BacktestPlan, strategy index: Int, product: Int, replication: Int,
                                           sink: inout Sink) throws(GSLError) -> ScoreCard {
        let strategy = plan.strategies[index]
        let loop = try makeLoop(plan, product: product, replication: replication, policy: strategy.policy,
                                outlook: .forecast(ForecastOutlook(forecaster: strategy.makeForecaster(product))))
        var card = ScoreCard(unitCost: plan.terms[product].economics.unitCost)
        if sink.wantsTrace {
            // Move the sink into the recorder and back, so a sink holding large buffers is not
            // copied (copy-on-write would otherwise duplicate them on the first write).
            var recorder = TracingRecorder(card: card, sink: consume sink, replication: replication, strategy: index)
            loop.run(&recorder)
            card = recorder.card
            sink = recorder.sink
        } else {
            loop.run(&card)
        }
        return card
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
        let periodDays = Double(plan.blueprint.model.calendar.length.days)
        let leadTime = max(0, Int((terms.leadTimeDays.distribution.mean / periodDays).rounded()))
        let orders = WagnerWhitin.plan(demand: path.demand, live: preview.liveRange, initialStock: terms.initialStock,
                                       leadTime: leadTime, orderCost: terms.orderCost,
                                       holdingCost: terms.economics.holdingCost)
        let policy = OraclePolicy(coverageEnd: orders, demand: path.demand, backorderShare: terms.backorderShare)
        return try makeLoop(plan, product: product, replication: replication, policy: policy,
                            outlook: .perfect(demand: path.demand))
    }

    static func makeLoop(_ plan: BacktestPlan, product: Int, replication: Int, policy: any InventoryPolicy,
                         outlook: ClosedLoop.Outlook) throws(GSLError) -> ClosedLoop {
        let terms = plan.terms[product]
        let market = try plan.blueprint.productMarket(product, seed: plan.seed, replication: replication,
                                                      generator: plan.generator)
        // Constant lead times need no draws; otherwise one uniform per period from the
        // product's own lead-time stream, the same for every strategy.
        let leadTimeStream: RandomStream?
        if terms.leadTimeDays.distribution.variance > 0 {
            let key = StreamKey(scenarioSeed: plan.seed, replication: replication,
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

/// Scores every period and also hands it to the sink's trace.
struct TracingRecorder<Sink: BacktestSink>: LoopRecorder {
    var card: ScoreCard
    var sink: Sink
    let replication: Int
    let strategy: Int

    mutating func record(_ period: PeriodRecord) {
        card.record(period)
        sink.trace(period, replication: replication, strategy: strategy)
    }
}
