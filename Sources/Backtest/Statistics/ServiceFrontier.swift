/// The service–inventory frontier of a backtest: among the comparable strategies
/// (``BacktestSummary/comparableStrategies``), those no other beats on both mean fill rate and
/// mean average stock value, and for each of the others, the strategies that do.
public struct ServiceFrontier: Hashable, Sendable {
    /// A strategy's mean service and stock over replications.
    public struct Point: Hashable, Sendable {
        /// Mean fill rate, 0…1.
        public var fillRate: Double
        /// Mean average stock value, in currency.
        public var stockValue: Double

        public init(fillRate: Double, stockValue: Double) {
            self.fillRate = fillRate
            self.stockValue = stockValue
        }

        /// Whether this point dominates `other`: a fill rate at least `other`'s, a stock value at
        /// most `other`'s, and better on one.
        public func dominates(_ other: Point) -> Bool {
            fillRate >= other.fillRate && stockValue <= other.stockValue
                && (fillRate > other.fillRate || stockValue < other.stockValue)
        }
    }

    /// Per strategy in plan order, the comparable strategies that dominate it; empty for a
    /// strategy on the frontier and for one whose totals do not compare.
    public let dominators: [[Int]]
    /// Per strategy, whether its totals compare (it is then on the frontier or dominated).
    public let isCandidate: [Bool]
    /// Per strategy, mean profit: which dominator is named.
    private let profits: [Double]

    public init(_ summary: BacktestSummary) {
        let points = summary.strategies.map { Point(fillRate: $0.mean(.fillRate), stockValue: $0.mean(.averageStockValue)) }
        let candidates = summary.comparableStrategies
        isCandidate = summary.strategies.indices.map(candidates.contains)
        dominators = summary.strategies.indices.map { index in
            guard candidates.contains(index) else { return [] }
            return candidates.filter { other in points[other].dominates(points[index]) }
        }
        profits = summary.strategies.map { $0.mean(.profit) }
    }

    /// Whether `strategy` is on the frontier: comparable, and dominated by none.
    public func isEfficient(_ strategy: Int) -> Bool {
        isCandidate[strategy] && dominators[strategy].isEmpty
    }

    /// The most profitable strategy dominating `strategy` (the first in plan order among equals);
    /// nil on the frontier and for a strategy whose totals do not compare.
    public func dominatedBy(_ strategy: Int) -> Int? {
        dominators[strategy].max { (profits[$0], -$0) < (profits[$1], -$1) }
    }
}
