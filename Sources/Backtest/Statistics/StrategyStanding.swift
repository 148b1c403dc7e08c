import Market

/// One strategy's standing in a backtest: its place in the ranking and every figure over
/// replications that the reports show of it, keyed by ``Metric`` (and lifecycle phase).
public struct StrategyStanding: Hashable, Sendable {
    /// The strategy's index in plan order, and its rank.
    public var place: StrategyRanking.Place
    /// Each catalogue-wide metric the strategy has.
    public var metrics: [Metric: Figure]
    /// The same per lifecycle phase that had live periods (no regret).
    public var phases: [LifecyclePhase: [Metric: Figure]]
    /// Per metric, this strategy minus the baseline, paired by replication (over the products
    /// both manage when they manage different ones).
    public var versusBaseline: [Metric: Difference]
    /// Profit minus the top strategy's, paired by replication; nil for the top itself and for
    /// an unranked strategy.
    public var versusTop: Difference?
    /// Per metric the strategy has, the share of replications in which it was best among the
    /// comparable strategies, 0…1; empty for an unranked strategy.
    public var probabilityBest: [Metric: Double]
    /// Whether the strategy is on the service–inventory frontier (``ServiceFrontier``).
    public var paretoEfficient: Bool
    /// The most profitable strategy dominating it on service and stock (plan index); nil on
    /// the frontier and for an unranked strategy.
    public var dominatedBy: Int?

    /// The strategy's index in plan order.
    public var strategy: Int { place.strategy }
}

extension BacktestSummary {
    /// Every strategy's standing, in table order (``StrategyRanking``).
    public var standings: [StrategyStanding] {
        let ranking = StrategyRanking(self)
        let frontier = ServiceFrontier(self)
        return ranking.places.enumerated().map { position, place in
            let index = place.strategy
            let strategy = strategies[index]
            let ranked = place.rank != nil
            return StrategyStanding(
                place: place,
                metrics: strategy.total.mapValues(Figure.init),
                phases: strategy.byPhase.mapValues { $0.mapValues(Figure.init) },
                versusBaseline: comparison.versusBaseline(index),
                versusTop: position == 0 || !ranked ? nil : ranking.top.map { comparison.profitDifference(index, from: $0) },
                probabilityBest: ranked ? comparison.probabilityBest(index, on: strategy.total.keys) : [:],
                paretoEfficient: frontier.isEfficient(index),
                dominatedBy: frontier.dominatedBy(index))
        }
    }
}
