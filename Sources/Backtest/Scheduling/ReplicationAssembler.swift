/// Puts unit results back together in order: hands each product's outcomes (and trace) to the
/// sink, adds its cards to the strategies' catalogue tallies, and closes a replication into a
/// ``ReplicationOutcome`` after its last unit. Units must arrive in sequence.
struct ReplicationAssembler {
    private let strategyCount: Int
    private var catalogue: [CatalogueTally]

    init(plan: BacktestPlan) {
        strategyCount = plan.strategies.count
        catalogue = Array(repeating: CatalogueTally(), count: strategyCount)
    }

    /// Takes the next unit; the replication's outcome when the unit closed it, else nil.
    mutating func take<Sink: BacktestSink>(_ result: UnitResult, into sink: inout Sink) -> ReplicationOutcome? {
        let replication = result.unit.replication
        for product in result.products {
            for run in product.runs {
                for period in run.trace { sink.trace(period, replication: replication, strategy: run.strategy) }
                catalogue[run.strategy].add(run.card, oracleProfit: product.oracleProfit)
                sink.record(ProductOutcome(replication: replication, product: product.product, strategy: run.strategy,
                                           card: run.card, oracleProfit: product.oracleProfit))
            }
        }
        guard result.unit.closesReplication else { return nil }
        let outcome = ReplicationOutcome(replication: replication, strategies: catalogue.map(StrategyFigures.init))
        catalogue = Array(repeating: CatalogueTally(), count: strategyCount)
        return outcome
    }
}
