import Backtest

/// What a sweep learnt at one point: the swept strategy's catalogue-wide figures in every
/// replication, in replication order (replication r at index r).
struct PointOutcome: Sendable {
    /// One value per varied field, in the order the fields are varied.
    var values: [Double]
    /// Per replication, every metric of `sellthrough run` for the whole life (no `regret`: a
    /// sweep runs no oracle).
    var replications: [[Metric: Double]]

    /// The running statistic of `metric` over the replications, folded in replication order
    /// (so the result does not depend on which thread computed what).
    func statistic(_ metric: Metric) -> RunningStatistic {
        var statistic = RunningStatistic()
        for figures in replications { statistic.add(figures[metric] ?? 0) }
        return statistic
    }

    /// Replications with at least one period of unmet demand.
    var stockouts: Int {
        replications.filter { ($0[.stockoutPeriods] ?? 0) > 0 }.count
    }

    /// The mean of `metric`.
    func mean(_ metric: Metric) -> Double {
        statistic(metric).mean
    }

    /// The constraint's measure: the mean of a metric, or the share of replications with a stockout.
    func value(of measure: WhatIfConstraint.Measure) -> Double {
        switch measure {
        case let .metric(metric): return mean(metric)
        case .stockoutProbability: return replications.isEmpty ? 0 : Double(stockouts) / Double(replications.count)
        }
    }

    /// The estimate (mean and 95% interval) of a measure.
    func estimate(of measure: WhatIfConstraint.Measure) -> WhatIfEstimate {
        switch measure {
        case let .metric(metric): return WhatIfEstimate(statistic(metric))
        case .stockoutProbability: return WhatIfEstimate.wilson(successes: stockouts, trials: replications.count)
        }
    }

    /// This point's profit minus `other`'s, replication by replication (both faced the same
    /// market in each: common random numbers), as a running statistic.
    func profitDifference(from other: PointOutcome) -> RunningStatistic {
        var statistic = RunningStatistic()
        for (mine, theirs) in zip(replications, other.replications) {
            statistic.add((mine[.profit] ?? 0) - (theirs[.profit] ?? 0))
        }
        return statistic
    }
}
