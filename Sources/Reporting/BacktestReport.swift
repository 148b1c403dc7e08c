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
        /// Each catalogue-wide metric over replications.
        public var metrics: [Metric: Figure]
        /// The same per lifecycle phase that had live periods.
        @KeyedByName public var phases: [LifecyclePhase: [Metric: Figure]]
        /// Per metric, this strategy minus the baseline, paired by replication.
        public var versusBaseline: [Metric: Difference]
        /// Profit of this strategy minus the top-ranked one's, paired by replication; absent for
        /// the top itself and for unranked strategies.
        public var versusTop: Difference?
        /// Per metric, the share of replications in which this strategy was best, 0…1, among the
        /// ranked strategies (empty for an unranked one).
        public var probabilityBest: [Metric: Double]
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

    public init(scenario: String, seed: UInt64, replications: Int, model: MarketModel, summary: BacktestSummary,
                commonRandomNumbers: Bool = true, labels: [StrategyLabel] = [], warnings: [String] = []) {
        self.init(scenario: scenario, seed: seed, replications: replications, products: model.products.count,
                  periods: model.calendar.periods, periodLength: model.calendar.length.rawValue, summary: summary,
                  commonRandomNumbers: commonRandomNumbers, labels: labels, warnings: warnings)
    }

    /// - Parameters:
    ///   - products, periods, periodLength: the catalogue's size and calendar ("day", "week", "month", "quarter").
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
        strategies = summary.standings.map { standing in
            let strategy = summary.strategies[standing.strategy]
            let label = labels.indices.contains(standing.strategy) ? labels[standing.strategy] : nil
            return RankedStrategy(
                rank: standing.place.rank, tiedWithPrevious: standing.place.tiedWithPrevious, name: strategy.name,
                forecaster: label?.forecaster, policy: label?.policy, managedProducts: strategy.managedProducts,
                versusBaselineOnSharedProducts: strategy.comparedOnSharedProducts ? true : nil,
                metrics: standing.metrics, phases: standing.phases, versusBaseline: standing.versusBaseline,
                versusTop: standing.versusTop, probabilityBest: standing.probabilityBest,
                paretoEfficient: standing.paretoEfficient, dominatedBy: standing.dominatedBy.map { summary.strategies[$0].name },
                profitQuantiles: ProfitQuantiles(strategy.profitDistribution))
        }
        recommendation = Self.recommend(strategies, replications: replications)
    }

    func mean(_ strategy: RankedStrategy, _ metric: Metric) -> Double {
        strategy.metrics[metric]?.mean ?? 0
    }

    /// "3", "3=" when the rank is shared, "–" when unranked.
    static func rankLabel(_ strategy: RankedStrategy, in strategies: [RankedStrategy]) -> String {
        guard let rank = strategy.rank else { return "–" }
        let shared = strategies.filter { $0.rank == rank }.count > 1
        return shared ? "\(rank)=" : String(rank)
    }

    /// "[low, high]" with `places` decimals, or "-".
    static func interval(_ bounds: ClosedRange<Double>?, places: Int) -> String {
        guard let bounds else { return "-" }
        return "[\(NumberText.format(bounds.lowerBound, places: places)), \(NumberText.format(bounds.upperBound, places: places))]"
    }

    /// The profit difference from the baseline with its t interval, "baseline" for the baseline.
    func profitVersusBaseline(_ strategy: RankedStrategy) -> String {
        guard strategy.name != baseline else { return "baseline" }
        guard let difference = strategy.versusBaseline[.profit] else { return "-" }
        return "\(NumberText.format(difference.mean, places: 0)) \(Self.interval(difference.interval95, places: 0))"
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
