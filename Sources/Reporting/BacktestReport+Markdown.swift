import Backtest
import Market

extension BacktestReport {
    /// The columns of the ranked table of `summary.md`.
    static let markdownColumns: [(title: String, metric: Metric, places: Int)] = [
        ("profit", .profit, 0), ("fill rate", .fillRate, 3), ("lost units", .lostUnits, 1),
        ("avg stock", .averageOnHand, 1), ("stock value", .averageStockValue, 0), ("leftover", .leftoverUnits, 1),
        ("write-off", .writeOff, 0), ("MAE", .maeDemand, 2), ("regret", .regret, 0),
    ]

    /// The quantiles of the spread table, with their column titles.
    static let spreadColumns: [(title: String, p: Double)] = [
        ("min", 0), ("P5", 0.05), ("P25", 0.25), ("median", 0.5), ("P75", 0.75), ("P95", 0.95), ("max", 1),
    ]

    /// `summary.md`: what to pick and why, the ranked table, the spread of profit over
    /// replications, the comparison with the baseline, the service–inventory frontier, service
    /// and accuracy by phase, and what each figure means.
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
            "A shared rank (`2=`) means the paired profit difference of the two strategies has a 95% interval containing 0. "
                + "P5 is the 5th percentile of profit over replications (one replication in twenty earns less).", "",
        ]
        let header = ["#", "strategy", "profit", "P5"] + Self.markdownColumns.dropFirst().map(\.title) + ["frontier"]
        lines += Self.markdownTable(header: header, rows: strategies.map { strategy in
            let figures = Self.markdownColumns.map { column -> String in
                guard let figure = strategy.metrics[column.metric] else { return "-" }
                let mean = NumberText.format(figure.mean, places: column.places)
                guard let ci = figure.interval95 else { return mean }
                return "\(mean) ± \(NumberText.format((ci.upperBound - ci.lowerBound) / 2, places: column.places))"
            }
            let pick = strategy.name == recommendation.strategy ? " (pick)" : ""
            return [Self.rankLabel(strategy, in: strategies), MarkdownText.escape(displayName(strategy)) + pick, figures[0],
                    strategy.profitQuantiles?.p5.map { NumberText.format($0, places: 0) } ?? "-"]
                + figures.dropFirst() + [frontierText(strategy)]
        })
        if let warning = partialCatalogueWarning { lines += ["", MarkdownText.escape(warning)] }
        lines += spreadSection
        lines += ["", "## Against the baseline (\(MarkdownText.escape(baseline)))", "",
                  "Differences strategy − baseline, paired by replication (for † strategies, on the products both manage): "
                    + "mean [95% t interval] [95% bootstrap interval]; P(best) is the share of replications in which the strategy had the highest profit.", ""]
        let compared: [(String, Metric, Int)] = [("profit", .profit, 0), ("fill rate", .fillRate, 3), ("lost units", .lostUnits, 1)]
        lines += Self.markdownTable(header: ["strategy"] + compared.map { "Δ \($0.0)" } + ["P(best)"], rows: strategies.map { strategy in
            let cells = compared.map { _, metric, places -> String in
                guard strategy.name != baseline else { return "baseline" }
                guard let difference = strategy.versusBaseline[metric] else { return "-" }
                return "\(NumberText.format(difference.mean, places: places)) \(Self.interval(difference.interval95, places: places)) "
                    + Self.interval(difference.bootstrapInterval95, places: places)
            }
            let best = strategy.probabilityBest[.profit].map { NumberText.format($0, places: 2) } ?? "-"
            return [MarkdownText.escape(displayName(strategy))] + cells + [best]
        })
        lines += ["", "## Service against inventory", "",
                  "The frontier: strategies no other beats on both mean fill rate and mean stock value. A dominated strategy "
                    + "names the most profitable one that has at least its fill rate with no more stock.", ""]
        lines += Self.markdownTable(header: ["strategy", "fill rate", "avg stock value", "frontier"],
                                    rows: comparableStrategies.sorted { mean($0, .averageStockValue) < mean($1, .averageStockValue) }.map {
            [MarkdownText.escape($0.name), NumberText.format(mean($0, .fillRate), places: 3),
             NumberText.format(mean($0, .averageStockValue), places: 0), frontierText($0)]
        })
        lines += ["", "## By lifecycle phase", "", "Fill rate and forecast MAE against true demand.", ""]
        let phases = LifecyclePhase.allCases.filter { phase in strategies.contains { $0.phases[phase] != nil } }
        lines += Self.markdownTable(header: ["strategy"] + phases.flatMap { ["\($0.rawValue) fill rate", "\($0.rawValue) MAE"] },
                                    rows: strategies.map { strategy in
            [MarkdownText.escape(strategy.name)] + phases.flatMap { phase -> [String] in
                let figures = strategy.phases[phase]
                return [figures?[.fillRate].map { NumberText.format($0.mean, places: 3) } ?? "-",
                        figures?[.maeDemand].map { NumberText.format($0.mean, places: 2) } ?? "-"]
            }
        })
        lines += ["", "## Figures", ""]
        lines += Metric.allCases.map { "- `\($0.rawValue)`: \($0.meaning)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The quantiles of each strategy's profit, and the replication of its median.
    var spreadSection: [String] {
        guard strategies.contains(where: { $0.profitQuantiles != nil }) else { return [] }
        let exact = strategies.allSatisfy { $0.profitQuantiles?.exact ?? true }
        var lines = ["", "## Profit over replications", "",
                     "Quantiles of each strategy's profit over the \(replications) replications (linear interpolation between "
                        + "order statistics" + (exact ? "; exact" : "; from a bounded compaction of the replications, see "
                            + "docs/comparisons.md") + "), and the replication of its median profit, numbered from 0 as in "
                        + "metrics.csv.", ""]
        lines += Self.markdownTable(header: ["strategy"] + Self.spreadColumns.map(\.title) + ["median replication"],
                                    rows: strategies.map { strategy in
            let quantiles = strategy.profitQuantiles
            return [MarkdownText.escape(displayName(strategy))]
                + Self.spreadColumns.map { column in quantiles?.value(column.p).map { NumberText.format($0, places: 0) } ?? "-" }
                + [quantiles?.point(0.5).map { String($0.replication) } ?? "-"]
        })
        return lines
    }

    /// "yes" on the frontier, "dominated by NAME", or empty for a strategy left off it.
    func frontierText(_ strategy: RankedStrategy) -> String {
        strategy.paretoEfficient ? "yes" : strategy.dominatedBy.map { "dominated by " + MarkdownText.escape($0) } ?? ""
    }

    static func markdownTable(header: [String], rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " --- " }.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
