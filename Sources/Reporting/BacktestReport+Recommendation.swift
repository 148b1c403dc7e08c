import Backtest

extension BacktestReport {
    /// What to pick and why, or why nothing can be picked — decided among the ranked strategies
    /// (those managing the whole catalogue, or all when none does) by the rules of
    /// docs/comparisons.md:
    ///
    /// 1. nothing when no strategy makes money on average, or with one replication (no interval);
    /// 2. the top strategy by mean profit when the replications tell it apart from every other
    ///    (its paired profit difference from each has a 95% interval excluding 0);
    /// 3. otherwise, among the strategies that cannot be told apart from the top on profit, the
    ///    most profitable one that none of them dominates on service and stock (another has at
    ///    least its mean fill rate with no more mean stock value, better on one);
    /// 4. nothing when every strategy is tied on profit and more than one of them is undominated:
    ///    the choice is then between service and stock, which the reader must make.
    public struct Recommendation: Codable, Sendable, Equatable {
        /// Which rule decided.
        public enum Reason: String, Codable, Sendable {
            /// The top earner, told apart from every other.
            case highestProfit = "highest_profit"
            /// The only ranked strategy.
            case onlyStrategy = "only_strategy"
            /// Tied on profit with others, none of which beats it on service and stock.
            case highestProfitAmongTied = "highest_profit_among_tied"
            /// Tied on profit with the top earner, which is dominated on service and stock.
            case tiedOnProfitUndominated = "tied_on_profit_undominated"
            case noneEveryStrategyLosesMoney = "none_every_strategy_loses_money"
            case noneAllTied = "none_all_tied"
            case noneOneReplication = "none_one_replication"
            case noneNoStrategy = "none_no_strategy"
        }

        /// The strategy to pick; absent when nothing can be recommended.
        public var strategy: String?
        public var reason: Reason
        /// The ranked strategies the replications cannot tell apart from the top one on profit,
        /// the top one first.
        public var tiedOnProfit: [String]
        /// Why, in plain sentences (the first says what to pick, or that nothing can be).
        public var why: [String]

        enum CodingKeys: String, CodingKey {
            case strategy, reason, why
            case tiedOnProfit = "tied_on_profit"
        }
    }

    /// The strategy whose typical replication the report's product charts follow: the
    /// recommended one, or else the top earner.
    public var typicalStrategy: RankedStrategy? {
        let ranked = comparableStrategies
        return ranked.first { $0.name == recommendation.strategy } ?? ranked.first
    }

    /// The replication of median profit of ``typicalStrategy`` (the lower middle one for an even
    /// number of replications), numbered from 0; nil without quantiles.
    public var typicalReplication: Int? {
        typicalStrategy?.profitQuantiles?.point(0.5)?.replication
    }

    /// The recommendation for `strategies` in table order (ranked first): the decision of
    /// ``StrategyRecommendation``'s rules, worded.
    static func recommend(_ strategies: [RankedStrategy], replications: Int) -> Recommendation {
        let ranked = strategies.filter { $0.rank != nil }
        let decision = StrategyRecommendation(ranked: ranked.map(candidate), replications: replications)
        let names = decision.tiedOnProfit.map { ranked[$0].name }
        let why = RecommendationWords(ranked: ranked, everyStrategyRanked: ranked.count == strategies.count).why(decision)
        return Recommendation(strategy: decision.pick.map { ranked[$0].name }, reason: Recommendation.Reason(decision),
                              tiedOnProfit: names, why: why)
    }

    /// How the rules see `strategy`.
    static func candidate(_ strategy: RankedStrategy) -> StrategyRecommendation.Candidate {
        StrategyRecommendation.Candidate(profit: strategy.metrics[.profit]?.mean ?? 0, service: point(strategy),
                                         tiedWithTop: strategy.versusTop?.containsZero ?? false)
    }

    /// Mean fill rate and stock value of `strategy`.
    static func point(_ strategy: RankedStrategy) -> ServiceFrontier.Point {
        ServiceFrontier.Point(fillRate: strategy.metrics[.fillRate]?.mean ?? 0,
                              stockValue: strategy.metrics[.averageStockValue]?.mean ?? 0)
    }

    /// For a pick dominated on service and stock by a strategy that earns less: that the extra
    /// stock pays for itself (nil when the pick is not dominated).
    static func paysForStock(_ pick: RankedStrategy, among ranked: [RankedStrategy]) -> String? {
        guard let name = pick.dominatedBy, let other = ranked.first(where: { $0.name == name }) else { return nil }
        let metric = { (s: RankedStrategy, m: Metric) in s.metrics[m]?.mean ?? 0 }
        let gap = pick.versusTop == nil ? lead(other) : money(metric(pick, .profit) - metric(other, .profit))
        return "\(other.name) has at least its fill rate (\(percent(metric(other, .fillRate))) against "
            + "\(percent(metric(pick, .fillRate)))) with no more stock (stock value \(money(metric(other, .averageStockValue))) "
            + "against \(money(metric(pick, .averageStockValue)))) but earns \(gap) less on average: \(pick.name)'s extra "
            + "stock pays for itself."
    }

    /// How much the top earns more than `other`, replication by replication: "310 ± 180".
    static func lead(_ other: RankedStrategy) -> String {
        guard let gap = other.versusTop else { return "–" }
        return plusMinus(mean: -gap.mean, bounds: gap.interval95.map { -$0.upperBound ... -$0.lowerBound })
    }

    /// `strategy` − top: "−20 ± 45".
    static func difference(_ strategy: RankedStrategy) -> String {
        guard let gap = strategy.versusTop else { return "–" }
        return plusMinus(mean: gap.mean, bounds: gap.interval95)
    }

    static func money(_ value: Double) -> String { ChartNumber.grouped(value, decimals: 0) }
}
