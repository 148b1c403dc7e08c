/// A piece of a backtest computed in one go: some products of one replication.
struct WorkUnit: Sendable {
    /// Position in the run's order (replication-major, then products).
    var sequence: Int
    var replication: Int
    var products: Range<Int>
    /// Whether it holds the replication's last product.
    var closesReplication: Bool

    /// The units of `replications`, in order, ``Backtester/productsPerUnit`` products each.
    static func all(plan: BacktestPlan, replications: Range<Int>) -> WorkUnits {
        WorkUnits(products: plan.blueprint.model.products.count, replications: replications)
    }
}

/// The units of a run, in order, made when asked for rather than held: a run of a million
/// replications costs no memory up front.
struct WorkUnits: RandomAccessCollection {
    /// Products per replication.
    let products: Int
    let replications: Range<Int>
    /// Units per replication (one for an empty catalogue, so that every replication is folded).
    let perReplication: Int

    init(products: Int, replications: Range<Int>) {
        self.products = products
        self.replications = replications
        let size = Backtester.productsPerUnit
        perReplication = Swift.max(1, (products + size - 1) / size)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { replications.count * perReplication }

    subscript(sequence: Int) -> WorkUnit {
        let start = (sequence % perReplication) * Backtester.productsPerUnit
        let end = Swift.min(start + Backtester.productsPerUnit, products)
        return WorkUnit(sequence: sequence, replication: replications.lowerBound + sequence / perReplication,
                        products: start..<Swift.max(start, end), closesReplication: end >= products)
    }
}

/// What a unit computed: per product, the oracle's profit and every managing strategy's
/// score card (and its periods, when the sink traces).
struct UnitResult: Sendable {
    struct StrategyRun: Sendable {
        var strategy: Int
        var card: ScoreCard
        /// Every period, oldest first; empty unless tracing.
        var trace: [PeriodRecord]
    }

    struct Product: Sendable {
        var product: Int
        var oracleProfit: Double?
        /// In plan order of the strategies that manage the product.
        var runs: [StrategyRun]
    }

    var unit: WorkUnit
    var products: [Product]
}
