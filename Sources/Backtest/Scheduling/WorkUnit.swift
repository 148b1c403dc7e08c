/// A piece of a backtest computed in one go: some products of one replication.
struct WorkUnit: Sendable {
    /// Position in the run's order (replication-major, then products).
    var sequence: Int
    var replication: Int
    var products: Range<Int>
    /// Whether it holds the replication's last product.
    var closesReplication: Bool

    /// The units of `replications`, in order, ``Backtester/productsPerUnit`` products each.
    static func all(plan: BacktestPlan, replications: Range<Int>) -> [WorkUnit] {
        let count = plan.blueprint.model.products.count
        let size = Backtester.productsPerUnit
        var units: [WorkUnit] = []
        for replication in replications {
            for start in stride(from: 0, to: max(count, 1), by: size) {
                let end = min(start + size, count)
                units.append(WorkUnit(sequence: units.count, replication: replication, products: start..<end,
                                      closesReplication: end >= count))
            }
        }
        return units
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
