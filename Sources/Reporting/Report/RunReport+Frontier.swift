extension RunReport {
    /// The strategies the frontier compares (``Backtest/ServiceFrontier``): the ranked ones.
    var frontierCandidates: [BacktestReport.RankedStrategy] { summary.comparableStrategies }

    /// The Pareto chart of fill rate against average stock value.
    var frontierChart: ScatterChart {
        ScatterChart(
            title: "Service against inventory", subtitle: "mean fill rate against mean stock value, \(Self.counted(summary.replications, "replication"))",
            description: "Each point is a strategy. Strategies on the frontier are not beaten on both service and stock by any other.",
            xAxis: .linear("average stock value", unit: "currency"), yAxis: .linear("fill rate", unit: "share of demand"),
            points: frontierCandidates.map { strategy in
                ScatterChart.Point(label: strategy.name, x: summary.mean(strategy, .averageStockValue),
                                   y: summary.mean(strategy, .fillRate), highlighted: strategy.paretoEfficient)
            }, size: ChartSize(width: ProductCharts.size.width, height: 480))
    }

    /// The frontier's section: what it means, which strategies are on it, the chart.
    var frontierSection: [MarkupNode] {
        let chart = frontierChart
        let frontier = summary.strategies.filter(\.paretoEfficient).map(\.name)
        var text = "The fill rate is the share of demand served from the shelf at once; stock value is the mean end-of-period "
            + "stock at unit cost. Up and to the left is better. On the frontier (no other strategy has at least its fill rate "
            + "with no more stock): " + (frontier.isEmpty ? "none." : frontier.joined(separator: "; ") + ".")
        let dominated = frontierCandidates.compactMap { strategy in strategy.dominatedBy.map { "\(strategy.name) (by \($0))" } }
        if !dominated.isEmpty {
            text += " Dominated — another strategy serves at least as much with no more stock, so never the way to more "
                + "service: " + dominated.joined(separator: "; ") + "."
        }
        let left = summary.strategies.count - frontierCandidates.count
        if left > 0 {
            text += " \(Self.counted(left, "strategy")) managing only some products (†) \(left == 1 ? "is" : "are") left out: "
                + "\(left == 1 ? "its" : "their") totals cover fewer products."
        }
        return [.html("h2", ["id": "frontier"], [.text("Service against inventory")]), .html("p", [:], [.text(text)]),
                HTMLPage.figure(chart, caption: "Pareto chart: filled markers joined by a line are on the frontier; hollow "
                                + "markers are dominated.")]
    }
}
