import GSL
import Market

/// A strategy's catalogue in one replication: tallies summed over the products it manages, and
/// the oracle's profit on the same products.
struct CatalogueTally {
    var total = Tally()
    var phases: [LifecyclePhase: Tally] = [:]
    var oracleProfit: Double?

    mutating func add(_ card: ScoreCard, oracleProfit: Double?) {
        total.add(card.total)
        for phase in LifecyclePhase.allCases { phases[phase, default: Tally()].add(card.tally(for: phase)) }
        if let oracleProfit { self.oracleProfit = (self.oracleProfit ?? 0) + oracleProfit }
    }

    /// Every metric of the whole life; `regret` only when the oracle ran, forecast accuracy
    /// only with a forecaster.
    var metrics: [Metric: Double] {
        var metrics: [Metric: Double] = [:]
        for metric in Metric.allCases where metric.applies(to: total, oracleProfit: oracleProfit) {
            metrics[metric] = metric.value(total, oracleProfit: oracleProfit)
        }
        return metrics
    }
}

/// Every metric of every strategy, over replications: for each, the running mean and spread of
/// the catalogue-wide figure of one replication, the distribution of profit
/// (``ReplicationDistribution``: exact up to 4,096 replications, then a bounded deterministic
/// compaction), and the paired comparison with a baseline strategy.
///
/// Replications must be folded in in increasing order: the floating-point sums then come out
/// the same whichever threads, or shards, computed them.
public struct BacktestSummary: Sendable {
    public var strategies: [StrategySummary]
    public var comparison: StrategyComparison
    /// Seeds the bootstrap weights.
    let seed: UInt64
    let generator: String

    /// - Parameters:
    ///   - managedProducts: per strategy, how many products it manages when not all (nil);
    ///     empty when every strategy manages the whole catalogue.
    ///   - comparedOnSharedProducts: per strategy, whether it is compared with the baseline on
    ///     the products both manage (``BacktestPlan/comparedOnSharedProducts``); empty: none.
    ///   - baseline: index of the strategy the others are compared with.
    ///   - seed, generator: the scenario's, for the bootstrap weights' streams.
    public init(strategies: [String], managedProducts: [Int?] = [], comparedOnSharedProducts: [Bool] = [],
                baseline: Int = 0, seed: UInt64, generator: String = RandomStream.defaultGenerator) {
        self.strategies = strategies.enumerated().map { index, name in
            StrategySummary(name: name, managedProducts: index < managedProducts.count ? managedProducts[index] : nil,
                            comparedOnSharedProducts: index < comparedOnSharedProducts.count && comparedOnSharedProducts[index])
        }
        comparison = StrategyComparison(strategies: strategies.count, baseline: baseline)
        self.seed = seed
        self.generator = generator
    }

    /// Per strategy, whether it competes for best: the comparable ones.
    var contenders: [Bool] {
        let comparable = comparableStrategies
        return strategies.indices.map(comparable.contains)
    }

    /// Folds in the next replication.
    public mutating func add(_ outcome: ReplicationOutcome) throws(GSLError) {
        for (index, figures) in outcome.strategies.enumerated() { strategies[index].add(figures, replication: outcome.replication) }
        let weights = try PoissonBootstrap.weights(seed: seed, replication: outcome.replication, generator: generator)
        comparison.add(outcome, bootstrapWeights: weights, contenders: contenders)
    }
}

/// One strategy's metrics over replications, for the whole catalogue and by lifecycle phase.
public struct StrategySummary: Sendable {
    public var name: String
    /// How many products the strategy manages, when not the whole catalogue: its figures are
    /// totals over those alone.
    public var managedProducts: Int?
    /// Whether its comparison with the baseline is over the products both manage, because the
    /// two manage different products (``StrategyComparison/differences``).
    public var comparedOnSharedProducts: Bool
    public var total: [Metric: RunningStatistic] = [:]
    public var byPhase: [LifecyclePhase: [Metric: RunningStatistic]] = [:]
    /// The catalogue profit of every replication (or its compaction beyond 4,096), for the
    /// profit's quantiles and the replication at each.
    public var profitDistribution = ReplicationDistribution()

    init(name: String, managedProducts: Int? = nil, comparedOnSharedProducts: Bool = false) {
        self.name = name
        self.managedProducts = managedProducts
        self.comparedOnSharedProducts = comparedOnSharedProducts
    }

    /// Replications recorded.
    public var replications: Int { total[.profit]?.count ?? 0 }

    /// The mean over replications of `metric` for the whole catalogue.
    public func mean(_ metric: Metric) -> Double { total[metric]?.mean ?? 0 }

    mutating func add(_ figures: StrategyFigures, replication: Int) {
        if let profit = figures.total[.profit] { profitDistribution.add(profit, replication: replication) }
        for metric in Metric.allCases {
            guard let value = figures.total[metric] else { continue }
            total[metric, default: RunningStatistic()].add(value)
        }
        for phase in LifecyclePhase.allCases {
            guard let values = figures.byPhase[phase] else { continue }
            for metric in Metric.allCases {
                guard let value = values[metric] else { continue }
                byPhase[phase, default: [:]][metric, default: RunningStatistic()].add(value)
            }
        }
    }
}
