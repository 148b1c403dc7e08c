import Backtest

extension BacktestReport {
    /// The widest the compact terminal table may be, in characters.
    public static let terminalWidth = 120

    /// A column of the terminal table: its title and the cell of each strategy.
    struct Column: Sendable {
        var title: String
        var cell: @Sendable (BacktestReport, RankedStrategy) -> String
    }

    /// The ranked table for the terminal, then what to pick and why. Compact (the default): the
    /// essential columns in at most ``terminalWidth`` characters — the least essential left out
    /// before strategy names are wrapped; `wide`: every column, however wide.
    public func table(wide: Bool = false) -> String {
        let columns = wide ? Self.wideColumns : Self.compactColumns
        let header = columns.map(\.title)
        let rows = strategies.map { strategy in columns.map { $0.cell(self, strategy) } }
        let width = Self.terminalWidth
        var lines: [String]
        var dropped: [String] = []
        if wide {
            lines = [TextTable.render(header: header, rows: rows, leftAligned: 2)]
        } else {
            // The least essential first: the interval, P(best) and write-off (leftover in money)
            // go before a strategy's name is wrapped; leftover only if wrapped names still do
            // not fit.
            let droppable = ["±95%", "P(best)", "write-off", "leftover"].compactMap { header.firstIndex(of: $0) }
            let fitted = TextTable.fitted(header: header, rows: rows, leftAligned: 2, width: width, wrapping: 1,
                                          droppable: droppable, beforeWrapping: 3)
            lines = [fitted.text]
            dropped = fitted.dropped
        }
        var notes = [wide ? Self.wideLegend : Self.compactLegend]
        if !dropped.isEmpty { notes.append("Left out to fit \(width) columns: " + dropped.joined(separator: ", ") + ".") }
        if let warning = partialCatalogueWarning { notes.append(warning) }
        notes.append(recommendation.why.joined(separator: " "))
        lines += notes.map { note in wide ? note : TextTable.wrap(note, width: width).joined(separator: "\n") }
        return lines.joined(separator: "\n")
    }

    static let compactLegend = "profit: mean per replication, ±95% the half-width of its interval; P5: the 5th percentile of profit "
        + "over replications; Δ: profit − the baseline's, paired by replication; fill: share of demand served from the shelf; "
        + "leftover: units left at the end; write-off: their book value; pick: the recommendation; dominated: another strategy "
        + "has at least its fill rate with no more stock."

    static let wideLegend = "Means per replication of catalogue totals; intervals are 95% (Student t); P5, median and P95 are "
        + "quantiles of profit over replications; Δ is paired by replication; frontier: on the service–inventory frontier, "
        + "or the strategy that dominates it."

    static func cell(_ metric: Metric, decimals: Int) -> @Sendable (BacktestReport, RankedStrategy) -> String {
        { _, strategy in strategy.metrics[metric].map { ChartNumber.grouped($0.mean, decimals: decimals) } ?? "-" }
    }

    static func quantile(_ p: Double) -> @Sendable (BacktestReport, RankedStrategy) -> String {
        { _, strategy in strategy.profitQuantiles?.value(p).map { ChartNumber.grouped($0, decimals: 0) } ?? "-" }
    }

    static let rank = Column(title: "#") { report, strategy in rankLabel(strategy, in: report.strategies) }
    static let name = Column(title: "strategy") { report, strategy in report.displayName(strategy) }
    static let probabilityBest = Column(title: "P(best)") { _, strategy in
        strategy.probabilityBest[.profit].map { ChartNumber.fixed($0, decimals: 2) } ?? "-"
    }
    static let pick = Column(title: "note") { report, strategy in
        strategy.name == report.recommendation.strategy ? "pick" : strategy.dominatedBy == nil ? "" : "dominated"
    }

    static let compactColumns: [Column] = [
        rank, name,
        Column(title: "profit", cell: cell(.profit, decimals: 0)),
        Column(title: "±95%") { _, strategy in
            guard let ci = strategy.metrics[.profit]?.interval95 else { return "-" }
            return ChartNumber.grouped((ci.upperBound - ci.lowerBound) / 2, decimals: 0)
        },
        Column(title: "P5", cell: quantile(0.05)),
        Column(title: "Δ vs baseline") { report, strategy in
            guard strategy.name != report.baseline else { return "baseline" }
            return strategy.versusBaseline[.profit].map { plusMinus(mean: $0.mean, bounds: $0.interval95) } ?? "-"
        },
        probabilityBest,
        Column(title: "fill") { _, strategy in strategy.metrics[.fillRate].map { percent($0.mean) } ?? "-" },
        Column(title: "leftover", cell: cell(.leftoverUnits, decimals: 0)),
        Column(title: "write-off", cell: cell(.writeOff, decimals: 0)),
        pick,
    ]

    static let wideColumns: [Column] = [
        rank, name,
        Column(title: "profit", cell: cell(.profit, decimals: 0)),
        Column(title: "profit 95% CI") { _, strategy in interval(strategy.metrics[.profit]?.interval95, places: 0) },
        Column(title: "P5", cell: quantile(0.05)),
        Column(title: "median", cell: quantile(0.5)),
        Column(title: "P95", cell: quantile(0.95)),
        Column(title: "Δ profit vs baseline [95% CI]") { report, strategy in report.profitVersusBaseline(strategy) },
        probabilityBest,
        Column(title: "fill rate", cell: cell(.fillRate, decimals: 3)),
        Column(title: "lost units", cell: cell(.lostUnits, decimals: 1)),
        Column(title: "avg stock", cell: cell(.averageOnHand, decimals: 1)),
        Column(title: "stock value", cell: cell(.averageStockValue, decimals: 0)),
        Column(title: "leftover", cell: cell(.leftoverUnits, decimals: 1)),
        Column(title: "write-off", cell: cell(.writeOff, decimals: 0)),
        Column(title: "MAE", cell: cell(.maeDemand, decimals: 2)),
        Column(title: "regret", cell: cell(.regret, decimals: 0)),
        Column(title: "frontier") { _, strategy in
            strategy.paretoEfficient ? "yes" : strategy.dominatedBy.map { "dominated by \($0)" } ?? ""
        },
        pick,
    ]
}
