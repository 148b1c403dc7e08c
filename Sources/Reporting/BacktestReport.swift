import Backtest
import Foundation
import Market

/// The summary of a backtest, ranked by mean profit: what `summary.json` holds and what
/// `summary.md` and the terminal table show.
///
/// Every figure is a mean over replications of a catalogue total, with its spread and 95%
/// interval (Student t). Each strategy is also compared with the baseline strategy
/// replication by replication (paired: under common random numbers both faced the same market),
/// with t and bootstrap intervals of the difference; the probability of being best is the
/// share of replications in which the strategy was best. Strategies whose paired profit
/// difference cannot be told from zero share a rank. Strategies managing only some products
/// are not ranked (their totals cover fewer products): they follow the ranked ones, the
/// largest gain over the baseline on their own products first.
public struct BacktestReport: Codable, Sendable {
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
    /// Best mean profit first; then, unranked, those managing only some products.
    public var strategies: [RankedStrategy]
    /// What the scenario's validation warned about (`FIELD: message (hint)`), shown above the
    /// comparison; absent when nothing was.
    public var warnings: [String]?

    /// A strategy's figures: each catalogue-wide metric over replications, the same by
    /// lifecycle phase, and the comparison with the baseline.
    public struct RankedStrategy: Codable, Sendable {
        /// 1 for the best; strategies that cannot be told apart from the one above share its rank.
        /// Absent for a strategy managing only some products while others manage all.
        public var rank: Int?
        /// Whether the rank is shared with the strategy above.
        public var tiedWithPrevious: Bool
        public var name: String
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
        /// Per metric, the share of replications in which this strategy was best, 0…1, among the
        /// ranked strategies (empty for an unranked one).
        public var probabilityBest: [String: Double]
        /// Whether no other strategy has both a higher fill rate and a lower average stock
        /// value (at least as good on both, better on one): the service–inventory frontier.
        public var paretoEfficient: Bool
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
        /// 95% percentile-bootstrap interval (Poisson bootstrap, 200 resamples).
        public var ci95Bootstrap: [Double]?
    }

    public init(scenario: String, seed: UInt64, replications: Int, model: MarketModel, summary: BacktestSummary,
                commonRandomNumbers: Bool = true, warnings: [String] = []) {
        self.init(scenario: scenario, seed: seed, replications: replications, products: model.products.count,
                  periods: model.calendar.periods, periodLength: model.calendar.length.rawValue, summary: summary,
                  commonRandomNumbers: commonRandomNumbers, warnings: warnings)
    }

    /// - Parameters:
    ///   - products, periods, periodLength: the catalogue's size and calendar ("day", "week").
    ///   - warnings: the scenario's validation warnings, each `FIELD: message (hint)`.
    public init(scenario: String, seed: UInt64, replications: Int, products: Int, periods: Int, periodLength: String,
                summary: BacktestSummary, commonRandomNumbers: Bool = true, warnings: [String] = []) {
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
        let frontier = Self.paretoFrontier(summary)
        var strategies: [RankedStrategy] = []
        for (position, index) in order.enumerated() {
            let strategy = summary.strategies[index]
            let tied = position > 0 && position < ranked && comparison.profitIndistinguishable(order[position - 1], index)
            let rank = position >= ranked ? nil : tied ? strategies[position - 1].rank : position + 1
            strategies.append(RankedStrategy(
                rank: rank, tiedWithPrevious: tied, name: strategy.name, managedProducts: strategy.managedProducts,
                versusBaselineOnSharedProducts: strategy.comparedOnSharedProducts ? true : nil,
                metrics: Dictionary(uniqueKeysWithValues: strategy.total.map { ($0.key.rawValue, Figure($0.value)) }),
                phases: Dictionary(uniqueKeysWithValues: strategy.byPhase.map { phase, metrics in
                    (phase.rawValue, Dictionary(uniqueKeysWithValues: metrics.map { ($0.key.rawValue, Figure($0.value)) }))
                }),
                versusBaseline: Dictionary(uniqueKeysWithValues: comparison.differences[index].map { metric, statistic in
                    let bootstrap = comparison.bootstraps[index][metric]?.percentileInterval95
                    return (metric.rawValue, Difference(
                        mean: statistic.mean, sd: statistic.standardDeviation,
                        ci95: statistic.confidenceInterval95.map { [$0.lowerBound, $0.upperBound] },
                        ci95Bootstrap: index == comparison.baseline ? nil : bootstrap.map { [$0.lowerBound, $0.upperBound] }))
                }),
                probabilityBest: rank == nil ? [:] : Dictionary(uniqueKeysWithValues: strategy.total.keys.map {
                    ($0.rawValue, comparison.probabilityBest(index, $0))
                }),
                paretoEfficient: frontier.contains(index)))
        }
        self.strategies = strategies
    }

    /// The strategies' indices in table order, and how many of the first are ranked: by mean
    /// profit those managing the whole catalogue (all, when none does); then the others by
    /// their profit difference from the baseline on the products both manage, largest first.
    static func order(_ summary: BacktestSummary) -> (order: [Int], ranked: Int) {
        let strategies = summary.strategies
        let whole = strategies.indices.filter { strategies[$0].managedProducts == nil }
        let ranked = whole.isEmpty ? Array(strategies.indices) : whole
        let rest = strategies.indices.filter { !ranked.contains($0) }
        func descending(_ value: @escaping (Int) -> Double) -> (Int, Int) -> Bool {
            { a, b in value(a) != value(b) ? value(a) > value(b) : a < b }
        }
        let byProfit = ranked.sorted(by: descending { strategies[$0].mean(.profit) })
        let byGain = rest.sorted(by: descending { summary.comparison.differences[$0][.profit]?.mean ?? -.infinity })
        return (byProfit + byGain, byProfit.count)
    }

    /// Strategies not dominated in (mean fill rate ↑, mean average stock value ↓), among those
    /// managing the whole catalogue (among all when none does): totals over fewer products are
    /// not comparable.
    static func paretoFrontier(_ summary: BacktestSummary) -> Set<Int> {
        let points = summary.strategies.map { ($0.mean(.fillRate), $0.mean(.averageStockValue)) }
        let whole = summary.strategies.indices.filter { summary.strategies[$0].managedProducts == nil }
        let candidates = whole.isEmpty ? Array(points.indices) : whole
        return Set(candidates.filter { index in
            !candidates.contains { other in
                other != index && points[other].0 >= points[index].0 && points[other].1 <= points[index].1
                    && (points[other].0 > points[index].0 || points[other].1 < points[index].1)
            }
        })
    }

    func mean(_ strategy: RankedStrategy, _ metric: Metric) -> Double {
        strategy.metrics[metric.rawValue]?.mean ?? 0
    }

    /// The mark after the name of a strategy that manages only some products.
    public static let partialMark = " †"

    /// `strategy`'s name as tables show it: marked with ``partialMark`` when it manages only
    /// some products.
    public func displayName(_ strategy: RankedStrategy) -> String {
        strategy.managedProducts == nil ? strategy.name : strategy.name + Self.partialMark
    }

    /// The warning owed when some strategies manage only part of the catalogue: their totals
    /// cover fewer products, so ranking them with the others compares unlike things. Nil when
    /// every strategy manages every product.
    public var partialCatalogueWarning: String? {
        let partial = strategies.filter { $0.managedProducts != nil }
        guard !partial.isEmpty else { return nil }
        let one = partial.count == 1
        // Name them when few; otherwise count them by how many products they manage.
        let list = partial.count <= 3
            ? partial.map { "\($0.name) manages \($0.managedProducts ?? 0) of \(products) products" }.joined(separator: "; ")
            : Dictionary(grouping: partial, by: { $0.managedProducts ?? 0 }).sorted { $0.key < $1.key }
                .map { "\($0.value.count) strategies manage \($0.key) of \(products) products" }.joined(separator: "; ")
        return "† Only part of the catalogue: \(list). \(one ? "Its" : "Their") figures are totals over "
            + "those products alone, which do not compare with strategies managing the whole catalogue: "
            + "\(one ? "it follows" : "they follow") the ranked strategies, unranked and without P(best), and the frontier "
            + "leaves \(one ? "it" : "them") out. \(one ? "Its" : "Their") difference from the baseline (Δ) does compare: "
            + "it is paired with the baseline's result on the same products\(one ? "" : ", and orders them")."
    }

    /// "3", "3=" when the rank is shared, "–" when unranked.
    static func rankLabel(_ strategy: RankedStrategy, in strategies: [RankedStrategy]) -> String {
        guard let rank = strategy.rank else { return "–" }
        let shared = strategies.filter { $0.rank == rank }.count > 1
        return shared ? "\(rank)=" : String(rank)
    }

    /// The columns of the ranked table.
    static let columns: [(title: String, metric: Metric, places: Int)] = [
        ("profit", .profit, 0), ("fill rate", .fillRate, 3), ("lost units", .lostUnits, 1),
        ("avg stock", .averageOnHand, 1), ("leftover", .leftoverUnits, 1), ("MAE", .maeDemand, 2),
        ("regret", .regret, 0),
    ]

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

    /// The ranked table for the terminal.
    public var table: String {
        let header = ["#", "strategy"] + Self.columns.map(\.title) + ["profit 95% CI", "Δ profit vs baseline [95% CI]", "P(best)", "frontier"]
        let rows = strategies.map { strategy -> [String] in
            [Self.rankLabel(strategy, in: strategies), displayName(strategy)]
                + Self.columns.map { column in
                    strategy.metrics[column.metric.rawValue].map { NumberText.format($0.mean, places: column.places) } ?? "-"
                }
                + [Self.interval(strategy.metrics[Metric.profit.rawValue]?.ci95, places: 0),
                   profitVersusBaseline(strategy),
                   strategy.probabilityBest[Metric.profit.rawValue].map { NumberText.format($0, places: 2) } ?? "-",
                   strategy.paretoEfficient ? "*" : ""]
        }
        let table = TextTable.render(header: header, rows: rows, leftAligned: 2)
        return partialCatalogueWarning.map { table + "\n" + $0 } ?? table
    }

    /// `summary.md`: the ranked table, the comparison with the baseline, the service–inventory
    /// frontier, service and accuracy by phase, and what each figure means.
    public var markdown: String {
        var lines = [
            "# \(scenario): backtest summary", "",
            "\(products) products × \(periods) \(periodLength)s, \(replications) replication\(replications == 1 ? "" : "s"), seed \(seed). "
                + "Figures are means over replications of catalogue totals; ± is the half-width of the 95% confidence "
                + "interval (Student t). "
                + (commonRandomNumbers ? "Every strategy faced the same market in each replication (common random numbers)."
                    : "Each strategy faced a market of its own (independent streams, asked for)."), "",
        ] + warningLines + [
            "## At a glance", "",
        ] + atAGlance.map { "- " + MarkdownText.escape($0) } + [
            "", "## Ranking by profit", "",
            "A shared rank (`2=`) means the paired profit difference of the two strategies has a 95% interval containing 0.", "",
        ]
        let header = ["#", "strategy"] + Self.columns.map(\.title)
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + header.map { _ in " --- " }.joined(separator: "|") + "|")
        for strategy in strategies {
            let cells = [Self.rankLabel(strategy, in: strategies), MarkdownText.escape(displayName(strategy))] + Self.columns.map { column in
                guard let figure = strategy.metrics[column.metric.rawValue] else { return "-" }
                let mean = NumberText.format(figure.mean, places: column.places)
                guard let ci = figure.ci95, ci.count == 2 else { return mean }
                return "\(mean) ± \(NumberText.format((ci[1] - ci[0]) / 2, places: column.places))"
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if let warning = partialCatalogueWarning { lines += ["", MarkdownText.escape(warning)] }
        lines += ["", "## Against the baseline (\(MarkdownText.escape(baseline)))", "",
                  "Differences strategy − baseline, paired by replication (for † strategies, on the products both manage): "
                    + "mean [95% t interval] [95% bootstrap interval]; P(best) is the share of replications in which the strategy had the highest profit.", ""]
        let compared: [(String, Metric, Int)] = [("profit", .profit, 0), ("fill rate", .fillRate, 3), ("lost units", .lostUnits, 1)]
        lines.append("| strategy | " + compared.map { "Δ \($0.0)" }.joined(separator: " | ") + " | P(best) |")
        lines.append("| --- |" + compared.map { _ in " --- |" }.joined() + " --- |")
        for strategy in strategies {
            let cells = compared.map { _, metric, places -> String in
                guard strategy.name != baseline else { return "baseline" }
                guard let difference = strategy.versusBaseline[metric.rawValue] else { return "-" }
                return "\(NumberText.format(difference.mean, places: places)) \(Self.interval(difference.ci95, places: places)) "
                    + Self.interval(difference.ci95Bootstrap, places: places)
            }
            let best = strategy.probabilityBest[Metric.profit.rawValue].map { NumberText.format($0, places: 2) } ?? "-"
            lines.append("| \(MarkdownText.escape(displayName(strategy))) | " + cells.joined(separator: " | ") + " | \(best) |")
        }
        lines += ["", "## Service against inventory", "",
                  "The frontier: strategies no other beats on both mean fill rate and mean stock value.", "",
                  "| strategy | fill rate | avg stock value | on the frontier |", "| --- | --- | --- | --- |"]
        for strategy in strategies.sorted(by: { mean($0, .averageStockValue) < mean($1, .averageStockValue) }) {
            lines.append("| \(MarkdownText.escape(strategy.name)) | \(NumberText.format(mean(strategy, .fillRate), places: 3)) | "
                         + "\(NumberText.format(mean(strategy, .averageStockValue), places: 0)) | \(strategy.paretoEfficient ? "yes" : "") |")
        }
        lines += ["", "## By lifecycle phase", "", "Fill rate and forecast MAE against true demand.", ""]
        let phases = LifecyclePhase.allCases.filter { phase in strategies.contains { $0.phases[phase.rawValue] != nil } }
        lines.append("| strategy | " + phases.map { "\($0.rawValue) fill rate | \($0.rawValue) MAE" }.joined(separator: " | ") + " |")
        lines.append("| --- |" + phases.map { _ in " --- | --- " }.joined(separator: "|") + "|")
        for strategy in strategies {
            let cells = phases.map { phase -> String in
                let figures = strategy.phases[phase.rawValue]
                let fill = figures?[Metric.fillRate.rawValue].map { NumberText.format($0.mean, places: 3) } ?? "-"
                let mae = figures?[Metric.maeDemand.rawValue].map { NumberText.format($0.mean, places: 2) } ?? "-"
                return "\(fill) | \(mae)"
            }
            lines.append("| \(MarkdownText.escape(strategy.name)) | " + cells.joined(separator: " | ") + " |")
        }
        lines += ["", "## Figures", ""]
        lines += Metric.allCases.map { "- `\($0.rawValue)`: \($0.meaning)" }
        return lines.joined(separator: "\n") + "\n"
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
