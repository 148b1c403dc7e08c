import Market

/// One replication's catalogue-wide figures for every strategy: the unit that statistics over
/// replications are folded from, and what a shard's partial result stores (so that merged
/// shards fold exactly the same values, in the same order, as one run).
public struct ReplicationOutcome: Sendable, Hashable {
    /// The replication's index, 0-based.
    public var replication: Int
    /// One per strategy, in plan order.
    public var strategies: [StrategyFigures]

    public init(replication: Int, strategies: [StrategyFigures]) {
        self.replication = replication
        self.strategies = strategies
    }
}

/// A strategy's figures in one replication: each metric over its whole catalogue, and by
/// lifecycle phase.
public struct StrategyFigures: Sendable, Hashable {
    /// Every metric for the whole life; `regret` only when the oracle ran.
    public var total: [Metric: Double]
    /// Per phase that had live periods, every metric but `regret`.
    public var byPhase: [LifecyclePhase: [Metric: Double]]

    public init(total: [Metric: Double], byPhase: [LifecyclePhase: [Metric: Double]]) {
        self.total = total
        self.byPhase = byPhase
    }

    init(_ catalogue: CatalogueTally) {
        var total: [Metric: Double] = [:]
        for metric in Metric.allCases where metric != .regret || catalogue.oracleProfit != nil {
            total[metric] = metric.value(catalogue.total, oracleProfit: catalogue.oracleProfit)
        }
        var byPhase: [LifecyclePhase: [Metric: Double]] = [:]
        for (phase, tally) in catalogue.phases where tally.periods > 0 {
            byPhase[phase] = Dictionary(uniqueKeysWithValues: Metric.allCases.filter { $0 != .regret }.map { ($0, $0.value(tally)) })
        }
        self.init(total: total, byPhase: byPhase)
    }
}
