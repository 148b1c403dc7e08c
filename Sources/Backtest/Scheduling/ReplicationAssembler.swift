/// Puts unit results back together in order: hands each product's outcomes (and trace) to the
/// sink, adds its cards to the strategies' catalogue tallies, and closes a replication into a
/// ``ReplicationOutcome`` after its last unit. Units must arrive in sequence.
struct ReplicationAssembler {
    private let baseline: Int
    /// Per strategy, whether it manages other products than the baseline: it is then also
    /// tallied, with the baseline, over the products both manage.
    private let comparedOnSharedProducts: [Bool]
    private var catalogue: [CatalogueTally]
    /// Per strategy that differs from the baseline: its tally and the baseline's over the
    /// products both manage.
    private var shared: [(own: CatalogueTally, baseline: CatalogueTally)]

    init(plan: BacktestPlan) {
        baseline = plan.baseline
        comparedOnSharedProducts = plan.comparedOnSharedProducts
        catalogue = Array(repeating: CatalogueTally(), count: plan.strategies.count)
        shared = Array(repeating: (CatalogueTally(), CatalogueTally()), count: plan.strategies.count)
    }

    /// Takes the next unit; the replication's outcome when the unit closed it, else nil.
    mutating func take<Sink: BacktestSink>(_ result: UnitResult, into sink: inout Sink) -> ReplicationOutcome? {
        let replication = result.unit.replication
        for product in result.products {
            let baselineRun = product.runs.first { $0.strategy == baseline }
            for run in product.runs {
                for period in run.trace { sink.trace(period, replication: replication, strategy: run.strategy) }
                catalogue[run.strategy].add(run.card, oracleProfit: product.oracleProfit)
                if comparedOnSharedProducts[run.strategy], let baselineRun {
                    shared[run.strategy].own.add(run.card, oracleProfit: product.oracleProfit)
                    shared[run.strategy].baseline.add(baselineRun.card, oracleProfit: product.oracleProfit)
                }
                sink.record(ProductOutcome(replication: replication, product: product.product, strategy: run.strategy,
                                           card: run.card, oracleProfit: product.oracleProfit))
            }
        }
        guard result.unit.closesReplication else { return nil }
        let figures = catalogue.indices.map { index in
            StrategyFigures(catalogue[index], sharedWithBaseline: comparedOnSharedProducts[index] ? sharedFigures(index) : nil)
        }
        catalogue = Array(repeating: CatalogueTally(), count: catalogue.count)
        shared = Array(repeating: (CatalogueTally(), CatalogueTally()), count: shared.count)
        return ReplicationOutcome(replication: replication, strategies: figures)
    }

    /// The strategy's and the baseline's metrics over the products both manage; empty when
    /// they share none.
    private func sharedFigures(_ strategy: Int) -> SharedFigures {
        let (own, base) = shared[strategy]
        guard own.total.periods > 0 else { return SharedFigures(own: [:], baseline: [:]) }
        return SharedFigures(own: own.metrics, baseline: base.metrics)
    }
}
