/// The strategies of a backtest in table order, ranked by mean profit with ties.
///
/// The comparable strategies (``BacktestSummary/comparableStrategies``) come first, by mean
/// profit, highest first (ties in the mean by plan order), and are ranked 1, 2, …; a strategy
/// whose paired profit difference from the one above has a 95% interval containing 0
/// (``StrategyComparison/profitIndistinguishable(_:_:)``) shares that one's rank. The others,
/// which manage only some products, follow unranked, by their profit difference from the
/// baseline on the products both manage, largest first (none last).
public struct StrategyRanking: Hashable, Sendable {
    /// One strategy's place in the table.
    public struct Place: Hashable, Sendable {
        /// The strategy's index in plan order.
        public var strategy: Int
        /// 1 for the best; the rank of the place above when tied with it; nil when unranked.
        public var rank: Int?
        /// Whether the rank is shared with the place above.
        public var tiedWithPrevious: Bool
    }

    /// Every strategy once, in table order: the ranked ones first.
    public private(set) var places: [Place] = []

    public init(_ summary: BacktestSummary) {
        let strategies = summary.strategies
        let comparison = summary.comparison
        let ranked = summary.comparableStrategies
        let rest = strategies.indices.filter { !ranked.contains($0) }
        func descending(_ value: @escaping (Int) -> Double) -> (Int, Int) -> Bool {
            { a, b in value(a) != value(b) ? value(a) > value(b) : a < b }
        }
        let byProfit = ranked.sorted(by: descending { strategies[$0].mean(.profit) })
        let byGain = rest.sorted(by: descending { comparison.differences[$0][.profit]?.mean ?? -.infinity })
        for (position, strategy) in byProfit.enumerated() {
            let tied = position > 0 && comparison.profitIndistinguishable(byProfit[position - 1], strategy)
            places.append(Place(strategy: strategy, rank: tied ? places[position - 1].rank : position + 1, tiedWithPrevious: tied))
        }
        places += byGain.map { Place(strategy: $0, rank: nil, tiedWithPrevious: false) }
    }

    /// The strategy in the first place, nil without strategies.
    public var top: Int? { places.first?.strategy }
}

extension BacktestSummary {
    /// The strategies whose totals compare, in plan order: those managing the whole catalogue,
    /// or all when none does. Only they are ranked, compete for best and make the frontier.
    public var comparableStrategies: [Int] {
        let whole = strategies.indices.filter { strategies[$0].managedProducts == nil }
        return whole.isEmpty ? Array(strategies.indices) : whole
    }
}
