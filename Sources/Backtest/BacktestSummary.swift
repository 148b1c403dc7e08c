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
}

/// Every metric of every strategy, over replications: for each, the running mean and spread of
/// the catalogue-wide figure of one replication. Holds no per-replication data.
public struct BacktestSummary: Sendable, Codable {
    public var strategies: [StrategySummary]

    init(strategies: [String]) {
        self.strategies = strategies.map { StrategySummary(name: $0) }
    }

    mutating func add(_ catalogue: CatalogueTally, strategy: Int) {
        strategies[strategy].add(catalogue)
    }
}

/// One strategy's metrics over replications, for the whole catalogue and by lifecycle phase.
public struct StrategySummary: Sendable, Codable {
    public var name: String
    /// Indexed by `Metric.allCases`.
    public var total: [Metric: RunningStatistic] = [:]
    public var byPhase: [LifecyclePhase: [Metric: RunningStatistic]] = [:]

    init(name: String) {
        self.name = name
    }

    /// Replications recorded.
    public var replications: Int { total[.profit]?.count ?? 0 }

    /// The mean over replications of `metric` for the whole catalogue.
    public func mean(_ metric: Metric) -> Double { total[metric]?.mean ?? 0 }

    mutating func add(_ catalogue: CatalogueTally) {
        for metric in Metric.allCases where metric != .regret || catalogue.oracleProfit != nil {
            total[metric, default: RunningStatistic()].add(metric.value(catalogue.total, oracleProfit: catalogue.oracleProfit))
        }
        for (phase, tally) in catalogue.phases where tally.periods > 0 {
            for metric in Metric.allCases where metric != .regret {
                byPhase[phase, default: [:]][metric, default: RunningStatistic()].add(metric.value(tally))
            }
        }
    }
}
