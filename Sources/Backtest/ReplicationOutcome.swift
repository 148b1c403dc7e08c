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
    /// Per phase that had live periods, every metric but `regret` (and forecast accuracy only
    /// with a forecaster).
    public var byPhase: [LifecyclePhase: [Metric: Double]]
    /// This strategy and the baseline on the products both manage, when the two manage
    /// different products (nil when they manage the same ones: `total` is then comparable).
    public var sharedWithBaseline: SharedFigures?

    public init(total: [Metric: Double], byPhase: [LifecyclePhase: [Metric: Double]],
                sharedWithBaseline: SharedFigures? = nil) {
        self.total = total
        self.byPhase = byPhase
        self.sharedWithBaseline = sharedWithBaseline
    }

    init(_ catalogue: CatalogueTally, sharedWithBaseline: SharedFigures? = nil) {
        var byPhase: [LifecyclePhase: [Metric: Double]] = [:]
        for (phase, tally) in catalogue.phases where tally.periods > 0 {
            byPhase[phase] = Dictionary(uniqueKeysWithValues: Metric.allCases.filter { $0.applies(to: tally, oracleProfit: nil) }
                .map { ($0, $0.value(tally)) })
        }
        self.init(total: catalogue.metrics, byPhase: byPhase, sharedWithBaseline: sharedWithBaseline)
    }
}

/// A strategy and the baseline over the products both manage, whole life: what the paired
/// comparison sets side by side when their catalogues differ, so that a strategy managing two
/// products is compared with the baseline's result on those two, not on the whole catalogue.
/// Both are empty when they share no product (there is then nothing to compare).
public struct SharedFigures: Sendable, Hashable {
    /// Every metric of the strategy on the shared products.
    public var own: [Metric: Double]
    /// Every metric of the baseline on the same products.
    public var baseline: [Metric: Double]

    public init(own: [Metric: Double], baseline: [Metric: Double]) {
        self.own = own
        self.baseline = baseline
    }
}
