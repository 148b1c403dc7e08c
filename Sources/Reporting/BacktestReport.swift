import Backtest
import Foundation
import Market

/// The summary of a backtest, ranked by mean profit: what `summary.json` holds and what
/// `summary.md` and the terminal table show.
public struct BacktestReport: Codable, Sendable {
    public var scenario: String
    public var seed: UInt64
    public var replications: Int
    public var products: Int
    public var periods: Int
    public var periodLength: String
    /// Best mean profit first.
    public var strategies: [RankedStrategy]

    /// A strategy's figures: mean, standard deviation and standard error over replications of
    /// each catalogue-wide metric, and the same by lifecycle phase.
    public struct RankedStrategy: Codable, Sendable {
        public var rank: Int
        public var name: String
        public var metrics: [String: Figure]
        public var phases: [String: [String: Figure]]
    }

    /// A metric over replications.
    public struct Figure: Codable, Sendable {
        public var mean: Double
        public var sd: Double
        public var se: Double
        public var n: Int

        init(_ statistic: RunningStatistic) {
            mean = statistic.mean
            sd = statistic.standardDeviation
            se = statistic.standardError
            n = statistic.count
        }
    }

    public init(scenario: String, seed: UInt64, replications: Int, model: MarketModel, summary: BacktestSummary) {
        self.scenario = scenario
        self.seed = seed
        self.replications = replications
        self.products = model.products.count
        self.periods = model.calendar.periods
        self.periodLength = model.calendar.length.rawValue
        let ordered = summary.strategies.sorted { $0.mean(.profit) > $1.mean(.profit) }
        self.strategies = ordered.enumerated().map { offset, strategy in
            RankedStrategy(
                rank: offset + 1, name: strategy.name,
                metrics: Dictionary(uniqueKeysWithValues: strategy.total.map { ($0.key.rawValue, Figure($0.value)) }),
                phases: Dictionary(uniqueKeysWithValues: strategy.byPhase.map { phase, metrics in
                    (phase.rawValue, Dictionary(uniqueKeysWithValues: metrics.map { ($0.key.rawValue, Figure($0.value)) }))
                }))
        }
    }

    func mean(_ strategy: RankedStrategy, _ metric: Metric) -> Double {
        strategy.metrics[metric.rawValue]?.mean ?? 0
    }

    /// The columns of the ranked table.
    static let columns: [(title: String, metric: Metric, places: Int)] = [
        ("profit", .profit, 0), ("fill rate", .fillRate, 3), ("lost units", .lostUnits, 1),
        ("avg stock", .averageOnHand, 1), ("leftover", .leftoverUnits, 1), ("MAE", .maeDemand, 2),
        ("regret", .regret, 0),
    ]

    /// The ranked table for the terminal.
    public var table: String {
        let header = ["#", "strategy"] + Self.columns.map(\.title) + ["± profit (se)"]
        let rows = strategies.map { strategy -> [String] in
            [String(strategy.rank), strategy.name]
                + Self.columns.map { column in
                    strategy.metrics[column.metric.rawValue].map { NumberText.format($0.mean, places: column.places) } ?? "-"
                }
                + [NumberText.format(strategy.metrics[Metric.profit.rawValue]?.se ?? 0, places: 0)]
        }
        return TextTable.render(header: header, rows: rows, leftAligned: 2)
    }

    /// `summary.md`: the ranked table, service and accuracy by phase, and what each figure means.
    public var markdown: String {
        var lines = [
            "# \(scenario): backtest summary", "",
            "\(products) products × \(periods) \(periodLength)s, \(replications) replication\(replications == 1 ? "" : "s"), seed \(seed). "
                + "Figures are means over replications of catalogue totals; ± is the standard error of the mean.", "",
            "## Ranking by profit", "",
        ]
        let header = ["#", "strategy"] + Self.columns.map(\.title)
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + header.map { _ in " --- " }.joined(separator: "|") + "|")
        for strategy in strategies {
            let cells = [String(strategy.rank), MarkdownText.escape(strategy.name)] + Self.columns.map { column in
                guard let figure = strategy.metrics[column.metric.rawValue] else { return "-" }
                let mean = NumberText.format(figure.mean, places: column.places)
                return figure.n > 1 ? "\(mean) ± \(NumberText.format(figure.se, places: column.places))" : mean
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
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
