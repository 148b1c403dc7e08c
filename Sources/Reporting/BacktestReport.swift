import Backtest
import Foundation
import Market

/// The summary of a backtest, ranked by mean profit, with a recommendation: what `summary.json`
/// holds and what `summary.md` and the terminal table show.
///
/// Every figure is a mean over replications of a catalogue total, with its spread and 95%
/// interval (Student t); profit also has its quantiles over replications. Each strategy is
/// compared with the baseline strategy and with the top strategy replication by replication
/// (paired: under common random numbers both faced the same market), with t and bootstrap
/// intervals of the difference; the probability of being best is the share of replications in
/// which the strategy was best. Strategies whose paired profit difference cannot be told from
/// zero share a rank. Strategies managing only some products are not ranked (their totals cover
/// fewer products): they follow the ranked ones, the largest gain over the baseline on their
/// own products first. Keys are snake_case, as the CSV columns are.
public struct BacktestReport: Codable, Sendable {
    /// The format of `summary.json`; readers refuse any other.
    public static let currentFormat = "sellthrough-summary/2"

    public var format: String
    public var scenario: String
    public var seed: UInt64
    public var replications: Int
    public var products: Int
    public var periods: Int
    public var periodLength: String
    /// The strategy every other is compared with.
    public var baseline: String
    /// Whether every strategy faced the same market in a replication (false only when asked).
    public var commonRandomNumbers: Bool
    /// What to pick and why (``Recommendation``).
    public var recommendation: Recommendation
    /// Best mean profit first; then, unranked, those managing only some products.
    public var strategies: [RankedStrategy]
    /// What the scenario's validation warned about (`FIELD: message (hint)`), shown above the
    /// comparison; absent when nothing was.
    public var warnings: [String]?

    enum CodingKeys: String, CodingKey {
        case format, scenario, seed, replications, products, periods, baseline, recommendation, strategies, warnings
        case periodLength = "period_length"
        case commonRandomNumbers = "common_random_numbers"
    }

    /// A strategy's figures: each catalogue-wide metric over replications, the same by
    /// lifecycle phase, the comparison with the baseline and with the top strategy, and the
    /// spread of its profit.
    public struct RankedStrategy: Codable, Sendable {
        /// 1 for the best; strategies that cannot be told apart from the one above share its rank.
        /// Absent for a strategy managing only some products while others manage all.
        public var rank: Int?
        /// Whether the rank is shared with the strategy above.
        public var tiedWithPrevious: Bool
        public var name: String
        /// The forecaster's name; absent for a policy that reads no forecast, or when unknown.
        public var forecaster: String?
        /// The policy's name; absent when unknown.
        public var policy: String?
        /// How many products the strategy manages when not the whole catalogue (absent then):
        /// its figures are totals over those products alone.
        public var managedProducts: Int?
        /// True when `versusBaseline` is over the products this strategy and the baseline both
        /// manage, because they manage different ones (absent otherwise: the whole catalogue).
        public var versusBaselineOnSharedProducts: Bool?
        public var metrics: [String: Figure]
        public var phases: [String: [String: Figure]]
        /// Per metric, this strategy minus the baseline, paired by replication.
        public var versusBaseline: [String: Difference]
        /// Profit of this strategy minus the top-ranked one's, paired by replication; absent for
        /// the top itself and for unranked strategies.
        public var versusTop: Difference?
        /// Per metric, the share of replications in which this strategy was best, 0…1, among the
        /// ranked strategies (empty for an unranked one).
        public var probabilityBest: [String: Double]
        /// Whether no other strategy has both a higher fill rate and a lower average stock
        /// value (at least as good on both, better on one): the service–inventory frontier.
        public var paretoEfficient: Bool
        /// The most profitable strategy that has at least this one's mean fill rate with no more
        /// mean stock value, better on one (absent on the frontier, and for unranked strategies).
        public var dominatedBy: String?
        /// The distribution of profit over replications.
        public var profitQuantiles: ProfitQuantiles?

        enum CodingKeys: String, CodingKey {
            case rank, name, forecaster, policy, metrics, phases
            case tiedWithPrevious = "tied_with_previous"
            case managedProducts = "managed_products"
            case versusBaselineOnSharedProducts = "versus_baseline_on_shared_products"
            case versusBaseline = "versus_baseline"
            case versusTop = "versus_top"
            case probabilityBest = "probability_best"
            case paretoEfficient = "pareto_efficient"
            case dominatedBy = "dominated_by"
            case profitQuantiles = "profit_quantiles"
        }
    }

    /// A metric over replications.
    public struct Figure: Codable, Sendable {
        public var mean: Double
        public var sd: Double
        public var se: Double
        public var n: Int
        /// The 95% interval of the mean [low, high] (Student t); absent with one replication.
        public var ci95: [Double]?

        init(_ statistic: RunningStatistic) {
            mean = statistic.mean
            sd = statistic.standardDeviation
            se = statistic.standardError
            n = statistic.count
            ci95 = statistic.confidenceInterval95.map { [$0.lowerBound, $0.upperBound] }
        }
    }

    /// A paired difference over replications.
    public struct Difference: Codable, Sendable {
        public var mean: Double
        public var sd: Double
        /// 95% interval of the mean difference, Student t; absent with one replication.
        public var ci95: [Double]?
        /// 95% percentile-bootstrap interval (Poisson bootstrap, 200 resamples); absent for
        /// differences from the top strategy.
        public var ci95Bootstrap: [Double]?

        enum CodingKeys: String, CodingKey {
            case mean, sd, ci95
            case ci95Bootstrap = "ci95_bootstrap"
        }

        init(_ statistic: RunningStatistic, bootstrap: ClosedRange<Double>? = nil) {
            mean = statistic.mean
            sd = statistic.standardDeviation
            ci95 = statistic.confidenceInterval95.map { [$0.lowerBound, $0.upperBound] }
            ci95Bootstrap = bootstrap.map { [$0.lowerBound, $0.upperBound] }
        }

        /// Whether the 95% t interval contains 0: the replications cannot tell the two apart
        /// (false without an interval).
        public var containsZero: Bool {
            guard let ci95, ci95.count == 2 else { return false }
            return ci95[0] <= 0 && ci95[1] >= 0
        }
    }

    public init(scenario: String, seed: UInt64, replications: Int, model: MarketModel, summary: BacktestSummary,
                commonRandomNumbers: Bool = true, labels: [StrategyLabel] = [], warnings: [String] = []) {
        self.init(scenario: scenario, seed: seed, replications: replications, products: model.products.count,
                  periods: model.calendar.periods, periodLength: model.calendar.length.rawValue, summary: summary,
                  commonRandomNumbers: commonRandomNumbers, labels: labels, warnings: warnings)
    }

    /// - Parameters:
    ///   - products, periods, periodLength: the catalogue's size and calendar ("day", "week").
    ///   - labels: each strategy's forecaster and policy, in plan order (empty: not named apart).
    public init(scenario: String, seed: UInt64, replications: Int, products: Int, periods: Int, periodLength: String,
                summary: BacktestSummary, commonRandomNumbers: Bool = true, labels: [StrategyLabel] = [],
                warnings: [String] = []) {
        format = Self.currentFormat
        self.warnings = warnings.isEmpty ? nil : warnings
        self.scenario = scenario
        self.seed = seed
        self.replications = replications
        self.products = products
        self.periods = periods
        self.periodLength = periodLength
        let comparison = summary.comparison
        self.baseline = summary.strategies[comparison.baseline].name
        self.commonRandomNumbers = commonRandomNumbers
        let (order, ranked) = Self.order(summary)
        let dominators = Self.dominators(summary)
        func profit(_ index: Int) -> Double { summary.strategies[index].mean(.profit) }
        var strategies: [RankedStrategy] = []
        for (position, index) in order.enumerated() {
            let strategy = summary.strategies[index]
            let tied = position > 0 && position < ranked && comparison.profitIndistinguishable(order[position - 1], index)
            let rank = position >= ranked ? nil : tied ? strategies[position - 1].rank : position + 1
            let label = labels.indices.contains(index) ? labels[index] : nil
            strategies.append(RankedStrategy(
                rank: rank, tiedWithPrevious: tied, name: strategy.name, forecaster: label?.forecaster, policy: label?.policy,
                managedProducts: strategy.managedProducts,
                versusBaselineOnSharedProducts: strategy.comparedOnSharedProducts ? true : nil,
                metrics: Dictionary(uniqueKeysWithValues: strategy.total.map { ($0.key.rawValue, Figure($0.value)) }),
                phases: Dictionary(uniqueKeysWithValues: strategy.byPhase.map { phase, metrics in
                    (phase.rawValue, Dictionary(uniqueKeysWithValues: metrics.map { ($0.key.rawValue, Figure($0.value)) }))
                }),
                versusBaseline: Dictionary(uniqueKeysWithValues: comparison.differences[index].map { metric, statistic in
                    let bootstrap = comparison.bootstraps[index][metric]?.percentileInterval95
                    return (metric.rawValue, Difference(statistic, bootstrap: index == comparison.baseline ? nil : bootstrap))
                }),
                versusTop: position == 0 || rank == nil ? nil : Difference(comparison.profitGaps[index][order[0]]),
                probabilityBest: rank == nil ? [:] : Dictionary(uniqueKeysWithValues: strategy.total.keys.map {
                    ($0.rawValue, comparison.probabilityBest(index, $0))
                }),
                paretoEfficient: rank != nil && dominators[index].isEmpty,
                dominatedBy: rank == nil ? nil : dominators[index].max { (profit($0), -$0) < (profit($1), -$1) }
                    .map { summary.strategies[$0].name },
                profitQuantiles: ProfitQuantiles(strategy.profitDistribution)))
        }
        self.strategies = strategies
        recommendation = Self.recommend(strategies, replications: replications)
    }

    /// The strategies' indices in table order, and how many of the first are ranked: by mean
    /// profit those managing the whole catalogue (all, when none does); then the others by
    /// their profit difference from the baseline on the products both manage, largest first.
    static func order(_ summary: BacktestSummary) -> (order: [Int], ranked: Int) {
        let strategies = summary.strategies
        let ranked = comparable(summary)
        let rest = strategies.indices.filter { !ranked.contains($0) }
        func descending(_ value: @escaping (Int) -> Double) -> (Int, Int) -> Bool {
            { a, b in value(a) != value(b) ? value(a) > value(b) : a < b }
        }
        let byProfit = ranked.sorted(by: descending { strategies[$0].mean(.profit) })
        let byGain = rest.sorted(by: descending { summary.comparison.differences[$0][.profit]?.mean ?? -.infinity })
        return (byProfit + byGain, byProfit.count)
    }

    /// The strategies whose totals compare: those managing the whole catalogue, or all when none does.
    static func comparable(_ summary: BacktestSummary) -> [Int] {
        let whole = summary.strategies.indices.filter { summary.strategies[$0].managedProducts == nil }
        return whole.isEmpty ? Array(summary.strategies.indices) : whole
    }

    /// Per strategy, the comparable strategies that dominate it in (mean fill rate ↑, mean
    /// average stock value ↓): at least as good on both, better on one. Empty for a strategy on
    /// the frontier, and for one whose totals do not compare.
    static func dominators(_ summary: BacktestSummary) -> [[Int]] {
        let points = summary.strategies.map { ($0.mean(.fillRate), $0.mean(.averageStockValue)) }
        let candidates = comparable(summary)
        return summary.strategies.indices.map { index in
            guard candidates.contains(index) else { return [] }
            return candidates.filter { other in Self.dominates(points[other], points[index]) }
        }
    }

    /// Whether `a` (fill rate, stock value) dominates `b`: fill at least b's, stock at most b's, better on one.
    static func dominates(_ a: (fill: Double, stock: Double), _ b: (fill: Double, stock: Double)) -> Bool {
        a.fill >= b.fill && a.stock <= b.stock && (a.fill > b.fill || a.stock < b.stock)
    }

    func mean(_ strategy: RankedStrategy, _ metric: Metric) -> Double {
        strategy.metrics[metric.rawValue]?.mean ?? 0
    }

    /// "3", "3=" when the rank is shared, "–" when unranked.
    static func rankLabel(_ strategy: RankedStrategy, in strategies: [RankedStrategy]) -> String {
        guard let rank = strategy.rank else { return "–" }
        let shared = strategies.filter { $0.rank == rank }.count > 1
        return shared ? "\(rank)=" : String(rank)
    }

    /// "[low, high]" with `places` decimals, or "-".
    static func interval(_ bounds: [Double]?, places: Int) -> String {
        guard let bounds, bounds.count == 2 else { return "-" }
        return "[\(NumberText.format(bounds[0], places: places)), \(NumberText.format(bounds[1], places: places))]"
    }

    /// The profit difference from the baseline with its t interval, "baseline" for the baseline.
    func profitVersusBaseline(_ strategy: RankedStrategy) -> String {
        guard strategy.name != baseline else { return "baseline" }
        guard let difference = strategy.versusBaseline[Metric.profit.rawValue] else { return "-" }
        return "\(NumberText.format(difference.mean, places: 0)) \(Self.interval(difference.ci95, places: 0))"
    }
}

/// Escaping for text placed in Markdown tables.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "|\\`*_[]<>#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
