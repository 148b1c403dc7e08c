import Backtest

extension RunReport {
    /// The ranked table and the two interval charts: mean profit, and its difference from the
    /// baseline.
    var comparisonSection: [MarkupNode] {
        let strategies = summary.strategies
        let n = summary.replications
        let intro = "Ranked by mean profit over \(Self.counted(n, "replication")) of the whole catalogue; money is in the "
            + "scenario's currency. ± gives the half-width of the 95% confidence interval (Student t); hover over a figure "
            + "for its bounds. A shared rank such as “2=” means the "
            + "paired profit difference from the strategy above has an interval containing 0: the replications cannot tell "
            + "them apart. Δ is the difference from the baseline, replication by replication, with its interval. P(best) "
            + "is the share of replications in which the strategy earned most; P5 profit the 5th percentile of profit over "
            + "the replications (the downside: one replication in twenty earns less). Fill rate is the share of demand served "
            + "from the shelf; stock value the mean stock at unit cost; leftover units those left at the end of life or "
            + "horizon, and write-off their book value; regret the profit a perfect-foresight plan would have added. "
            + "A dominated strategy has another with at least its fill rate and no more stock value. Figures are means per "
            + "replication of catalogue totals."
        let hasRegret = strategies.contains { $0.metrics[.regret] != nil }
        var header = ["rank", "strategy", "profit ± 95%", "P5 profit", "Δ profit vs baseline ± 95%", "P(best)", "fill rate",
                      "lost units", "stock value", "leftover", "write-off"]
        if hasRegret { header.append("regret") }
        header.append("frontier")
        let rows = strategies.map { strategy -> [HTMLTable.Cell] in
            let profit = strategy.metrics[.profit]
            let picked = strategy.name == summary.recommendation.strategy
            var cells: [HTMLTable.Cell] = [
                HTMLTable.Cell(BacktestReport.rankLabel(strategy, in: strategies)),
                HTMLTable.Cell(summary.displayName(strategy) + (picked ? " (recommended)" : ""), strong: strategy.name == summary.baseline,
                               title: strategy.name == summary.baseline ? "the baseline"
                                   : strategy.managedProducts.map { "manages \($0) of \(summary.products) products" }),
                HTMLTable.Cell(BacktestReport.plusMinus(profit),
                               title: "95% interval " + Self.interval(profit?.interval95, decimals: 0)),
                HTMLTable.Cell(Self.number(strategy.profitQuantiles?.p5, decimals: 0),
                               title: "5th percentile of profit over the replications: one in twenty earns less"),
                HTMLTable.Cell(differenceText(strategy), title: differenceInterval(strategy)),
                HTMLTable.Cell(strategy.probabilityBest[.profit].map { ChartNumber.fixed($0, decimals: 2) } ?? "–"),
                HTMLTable.Cell(Self.percent(strategy.metrics[.fillRate]?.mean)),
                HTMLTable.Cell(Self.number(strategy.metrics[.lostUnits]?.mean, decimals: 1)),
                HTMLTable.Cell(Self.number(strategy.metrics[.averageStockValue]?.mean, decimals: 0)),
                HTMLTable.Cell(Self.number(strategy.metrics[.leftoverUnits]?.mean, decimals: 1)),
                HTMLTable.Cell(Self.number(strategy.metrics[.writeOff]?.mean, decimals: 0)),
            ]
            if hasRegret { cells.append(HTMLTable.Cell(Self.number(strategy.metrics[.regret]?.mean, decimals: 0))) }
            cells.append(HTMLTable.Cell(strategy.paretoEfficient ? "on the frontier" : strategy.dominatedBy.map { "dominated by \($0)" } ?? ""))
            return cells
        }
        let table = HTMLTable(header: header, rows: rows, textColumns: [1, header.count - 1],
                              caption: "Strategies ranked by mean profit (the baseline in bold)")
        var nodes: [MarkupNode] = [.html("h2", ["id": "comparison"], [.text("Strategies compared")]),
                                   .html("p", [:], [.text(intro)])]
        if let warning = summary.partialCatalogueWarning { nodes.append(HTMLPage.warning(warning)) }
        nodes.append(table.node)
        nodes.append(HTMLPage.figure(profitChart, caption: "Mean profit of each strategy over the replications; the bar is the "
                                     + "95% interval of the mean. The baseline is drawn as a diamond."))
        nodes.append(HTMLPage.figure(differenceChart, caption: "Profit minus the baseline's, paired by replication: an interval "
                                     + "wholly right of 0 means the strategy earns more than the baseline, wholly left less."
                                     + (summary.partialCatalogueWarning == nil ? ""
                                        : " A † strategy is set against the baseline's profit on the products it manages.")))
        return nodes
    }

    /// "1,250 ± 270", or "baseline".
    func differenceText(_ strategy: BacktestReport.RankedStrategy) -> String {
        guard strategy.name != summary.baseline else { return "baseline" }
        guard let difference = strategy.versusBaseline[.profit] else { return "–" }
        return BacktestReport.plusMinus(mean: difference.mean, bounds: difference.interval95)
    }

    /// The t and bootstrap intervals of the difference, for the cell's tooltip.
    func differenceInterval(_ strategy: BacktestReport.RankedStrategy) -> String? {
        guard strategy.name != summary.baseline, let difference = strategy.versusBaseline[.profit] else { return nil }
        let scope = strategy.versusBaselineOnSharedProducts == true ? "on the products it shares with the baseline, " : ""
        return scope + "95% interval " + Self.interval(difference.interval95, decimals: 0) + ", bootstrap "
            + Self.interval(difference.bootstrapInterval95, decimals: 0)
    }

    var profitChart: DotIntervalChart {
        Self.wide(DotIntervalChart(
            title: "Mean profit by strategy", subtitle: "with 95% intervals, \(Self.counted(summary.replications, "replication"))",
            description: "Strategies in rank order, best first.",
            axis: .linear("profit", unit: "currency"),
            rows: summary.strategies.map { strategy in
                let figure = strategy.metrics[.profit]
                return DotIntervalChart.Row(label: summary.displayName(strategy), estimate: figure?.mean ?? .nan,
                                            interval: Self.range(figure?.interval95), emphasised: strategy.name == summary.baseline)
            }))
    }

    var differenceChart: DotIntervalChart {
        Self.wide(DotIntervalChart(
            title: "Profit against the baseline", subtitle: "strategy − \(summary.baseline), paired by replication",
            description: "Differences in mean profit from the baseline, in rank order.",
            axis: .linear("Δ profit", unit: "currency"),
            rows: summary.strategies.map { strategy in
                guard strategy.name != summary.baseline else {
                    return DotIntervalChart.Row(label: summary.displayName(strategy), estimate: 0, emphasised: true)
                }
                let difference = strategy.versusBaseline[.profit]
                return DotIntervalChart.Row(label: summary.displayName(strategy), estimate: difference?.mean ?? .nan,
                                            interval: Self.range(difference?.interval95))
            },
            reference: DotIntervalChart.Reference(value: 0, label: "no difference")))
    }

    /// `chart` as wide as the page's column, its height kept.
    static func wide(_ chart: DotIntervalChart) -> DotIntervalChart {
        var chart = chart
        chart.size = ChartSize(width: ProductCharts.size.width, height: chart.size.height)
        return chart
    }

    /// "[low, high]" grouped with `decimals`, or "–".
    static func interval(_ bounds: ClosedRange<Double>?, decimals: Int) -> String {
        guard let bounds else { return "–" }
        return "[\(ChartNumber.grouped(bounds.lowerBound, decimals: decimals)), "
            + "\(ChartNumber.grouped(bounds.upperBound, decimals: decimals))]"
    }

    static func range(_ bounds: ClosedRange<Double>?) -> ClosedRange<Double>? {
        guard let bounds, bounds.lowerBound.isFinite, bounds.upperBound.isFinite else { return nil }
        return bounds
    }

    static func percent(_ share: Double?) -> String {
        share.map(BacktestReport.percent) ?? "–"
    }

    static func number(_ value: Double?, decimals: Int) -> String {
        guard let value else { return "–" }
        return ChartNumber.grouped(value, decimals: decimals)
    }
}
