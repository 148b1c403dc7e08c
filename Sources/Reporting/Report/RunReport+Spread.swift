extension RunReport {
    /// The spread of each strategy's profit over replications: a quantile strip per strategy
    /// and what it shows.
    var spreadSection: [MarkupNode] {
        guard summary.strategies.contains(where: { $0.profitQuantiles != nil }) else { return [] }
        let exact = summary.strategies.allSatisfy { $0.profitQuantiles?.exact ?? true }
        var text = "The mean hides how much a season can vary. Each strip shows one strategy's profit over the "
            + "\(Self.counted(summary.replications, "replication")): the line runs from the worst to the best, the box holds "
            + "the middle half, the thick tick is the median and a dot marks every 5% step, so a gap between dots means "
            + "results fall into two groups (a one-buy that sells out or gets stuck with stock). The triangle is the 5th "
            + "percentile, the downside: one replication in twenty earns less."
        text += exact ? " The quantiles are exact." : " With this many replications the quantiles come from a bounded "
            + "compaction of them (see docs/comparisons.md), within a fraction of a percentile."
        return [.html("h2", ["id": "spread"], [.text("Profit over replications")]), .html("p", [:], [.text(text)]),
                HTMLPage.figure(spreadChart, caption: "Profit per replication of each strategy, in rank order"
                                + (summary.recommendation.strategy == nil ? "." : "; the recommended strategy in bold."))]
    }

    var spreadChart: QuantileStripChart {
        var chart = QuantileStripChart(
            title: "Profit over replications", subtitle: "quantiles by strategy, \(Self.counted(summary.replications, "replication"))",
            description: "Strategies in rank order, best first.", axis: .linear("profit", unit: "currency"),
            rows: summary.strategies.map { strategy in
                QuantileStripChart.Row(label: summary.displayName(strategy),
                                       quantiles: strategy.profitQuantiles?.points.map(\.value) ?? [],
                                       emphasised: strategy.name == summary.recommendation.strategy)
            })
        chart.size = ChartSize(width: ProductCharts.size.width, height: chart.size.height)
        return chart
    }
}
