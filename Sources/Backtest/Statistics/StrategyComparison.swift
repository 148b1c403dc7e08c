/// Every strategy against a baseline strategy, replication by replication: under common random
/// numbers both faced the same market in a replication, so their difference there is free of
/// the market's noise and its spread over replications measures only how the strategies
/// differ. Streams: nothing per replication is kept.
public struct StrategyComparison: Sendable {
    /// The index of the baseline strategy (plan order).
    public let baseline: Int
    /// Replications folded in.
    public private(set) var replications = 0
    /// [strategy][metric]: the paired difference x_strategy − x_baseline over replications
    /// (all zero for the baseline itself), over the products both manage: a strategy that
    /// manages only some products is compared with the baseline on those products.
    public private(set) var differences: [[Metric: RunningStatistic]]
    /// [strategy][metric]: the same differences, resampled (percentile bootstrap).
    public private(set) var bootstraps: [[Metric: PoissonBootstrap]]
    /// [strategy][metric]: replications in which the strategy had the best value of the metric
    /// (highest or lowest by ``Metric/higherIsBetter``) among the contenders; k strategies tied
    /// for best get 1/k each.
    public private(set) var bestCounts: [[Metric: Double]]
    /// [s][t]: profit of s minus profit of t over replications, for ranking with ties.
    public private(set) var profitGaps: [[RunningStatistic]]

    public init(strategies: Int, baseline: Int) {
        precondition(strategies >= 1 && (0..<strategies).contains(baseline), "StrategyComparison: baseline out of range")
        self.baseline = baseline
        differences = Array(repeating: [:], count: strategies)
        bootstraps = Array(repeating: [:], count: strategies)
        bestCounts = Array(repeating: [:], count: strategies)
        profitGaps = Array(repeating: Array(repeating: RunningStatistic(), count: strategies), count: strategies)
    }

    /// Folds in one replication, with its bootstrap weights (``PoissonBootstrap/weights(seed:replication:generator:)``).
    /// - Parameter contenders: per strategy, whether it competes for best (totals over fewer
    ///   products do not); empty: all do.
    public mutating func add(_ outcome: ReplicationOutcome, bootstrapWeights: [Double], contenders: [Bool] = []) {
        let figures = outcome.strategies
        precondition(figures.count == differences.count, "StrategyComparison: one figure set per strategy")
        replications += 1
        for metric in Metric.allCases {
            // A metric some strategies lack (forecast accuracy without a forecaster) is compared
            // among those that have it.
            let values = figures.map { $0.total[metric] }
            guard values.contains(where: { $0 != nil }) else { continue }
            for (index, strategy) in figures.enumerated() {
                guard let difference = Self.differenceFromBaseline(strategy, baseline: figures[baseline], metric) else { continue }
                differences[index][metric, default: RunningStatistic()].add(difference)
                bootstraps[index][metric, default: PoissonBootstrap()].add(difference, replicationWeights: bootstrapWeights)
            }
            let competing = values.indices.filter { contenders.isEmpty || contenders[$0] }
            let present = competing.compactMap { values[$0] }
            guard let best = metric.higherIsBetter ? present.max() : present.min() else { continue }
            let winners = competing.filter { values[$0] == best }
            for index in winners { bestCounts[index][metric, default: 0] += 1 / Double(winners.count) }
        }
        let profits = figures.map { $0.total[.profit] ?? 0 }
        for s in profits.indices {
            for t in profits.indices { profitGaps[s][t].add(profits[s] - profits[t]) }
        }
    }

    /// `strategy` minus the baseline on `metric`, over the products both manage: the whole
    /// catalogue when they manage the same products, else their shared figures (nil when they
    /// share no product).
    static func differenceFromBaseline(_ strategy: StrategyFigures, baseline: StrategyFigures, _ metric: Metric) -> Double? {
        let (own, base) = strategy.sharedWithBaseline.map { ($0.own, $0.baseline) } ?? (strategy.total, baseline.total)
        guard let x = own[metric], let y = base[metric] else { return nil }
        return x - y
    }

    /// The share of replications in which `strategy` was best on `metric`, 0…1.
    public func probabilityBest(_ strategy: Int, _ metric: Metric) -> Double {
        replications > 0 ? (bestCounts[strategy][metric] ?? 0) / Double(replications) : 0
    }

    /// ``probabilityBest(_:_:)`` of `strategy` on each of `metrics`.
    public func probabilityBest(_ strategy: Int, on metrics: some Sequence<Metric>) -> [Metric: Double] {
        Dictionary(uniqueKeysWithValues: metrics.map { ($0, probabilityBest(strategy, $0)) })
    }

    /// Per metric, `strategy` minus the baseline paired by replication (``differences``), with
    /// the bootstrap interval for every strategy but the baseline itself.
    public func versusBaseline(_ strategy: Int) -> [Metric: Difference] {
        differences[strategy].reduce(into: [:]) { result, entry in
            let bootstrap = strategy == baseline ? nil : bootstraps[strategy][entry.key]?.percentileInterval95
            result[entry.key] = Difference(entry.value, bootstrap: bootstrap)
        }
    }

    /// Profit of `s` minus profit of `t`, paired by replication (t interval only).
    public func profitDifference(_ s: Int, from t: Int) -> Difference {
        Difference(profitGaps[s][t])
    }

    /// Whether the 95% interval of the paired profit difference of `s` and `t` contains 0: the
    /// replications cannot tell them apart. False with fewer than two replications.
    public func profitIndistinguishable(_ s: Int, _ t: Int) -> Bool {
        profitGaps[s][t].confidenceInterval95?.contains(0) ?? false
    }
}
