import Reporting
import Scenario

extension WhatIfReport {
    /// The points in order of the one varied value (refined points among the grid's).
    var pointsByValue: [WhatIfPoint] {
        result.points.filter { !$0.values.isEmpty }.sorted { $0.values[0] < $1.values[0] }
    }

    /// The recommended point, if any point met the constraint.
    var recommendedPoint: WhatIfPoint? {
        result.recommendation.point.flatMap { result.points.indices.contains($0) ? result.points[$0] : nil }
    }

    /// The varied field as an x axis.
    var valueAxis: ChartAxis {
        .linear(result.axes.first?.path ?? "value")
    }

    /// A band from an estimate's interval; the mean where there is none (one replication).
    static func band(_ points: [WhatIfPoint], _ estimate: (WhatIfPoint) -> WhatIfEstimate) -> [BandPoint] {
        points.map { point in
            let figure = estimate(point)
            return BandPoint(x: point.values[0], lower: figure.low ?? figure.mean, upper: figure.high ?? figure.mean)
        }
    }

    /// The recommended value as a vertical marker.
    var recommendedEvent: [LineChart.Event] {
        guard let point = recommendedPoint, let value = point.values.first else { return [] }
        return [LineChart.Event(x: value, label: "recommended \(WhatIfResult.text(of: value))", kind: "recommended")]
    }

    /// Refined points drawn hollow on a series.
    static func refinedMarks(_ points: [WhatIfPoint], style: Int, _ y: (WhatIfPoint) -> Double) -> [LineChart.Marks] {
        let refined = points.filter { $0.source == .refinement }
        guard !refined.isEmpty else { return [] }
        return [LineChart.Marks(name: "found by the refinement", points: refined.map { ChartPoint(x: $0.values[0], y: y($0)) },
                                style: style, marker: .diamond, hollow: true)]
    }

    /// Expected profit against the value, with its 95% band and the recommendation marked.
    var profitChart: LineChart {
        let points = pointsByValue
        return LineChart(
            title: "Expected profit against \(valueAxis.title)",
            subtitle: "mean with 95% interval over \(result.replications) replications",
            description: "Expected profit of \(result.strategy) at each swept value. "
                + (recommendedPoint == nil ? "No point meets the constraint." : "The dashed line marks the recommended value."),
            xAxis: valueAxis, yAxis: .linear("expected profit", unit: "currency"),
            series: [LineChart.Series(name: "expected profit", points: points.map { ChartPoint(x: $0.values[0], y: $0.profit.mean) },
                                      style: 0, showsMarkers: true)],
            bands: [LineChart.Band(name: "95% interval", points: Self.band(points, \.profit), style: 0)],
            events: recommendedEvent,
            marks: Self.refinedMarks(points, style: 0) { $0.profit.mean })
    }

    /// Stockout probability (Wilson band) and fill rate against the value.
    var serviceChart: LineChart {
        let points = pointsByValue
        return LineChart(
            title: "Stockouts and fill rate against \(valueAxis.title)",
            subtitle: "shares over \(result.replications) replications",
            description: "P(stockout) is the share of replications with a period of unmet demand, with its Wilson 95% "
                + "interval; fill rate is the mean share of demand served at once.",
            xAxis: valueAxis, yAxis: .linear("share", unit: "0–1", includesZero: true),
            series: [
                LineChart.Series(name: "P(stockout)", points: points.map { ChartPoint(x: $0.values[0], y: $0.stockoutProbability.mean) },
                                 style: 1, showsMarkers: true),
                LineChart.Series(name: "fill rate", points: points.map { ChartPoint(x: $0.values[0], y: $0.fillRate.mean) },
                                 style: 0, showsMarkers: true),
            ],
            bands: [LineChart.Band(name: "P(stockout) 95% interval", points: Self.band(points, \.stockoutProbability), style: 1)],
            events: recommendedEvent,
            marks: Self.refinedMarks(points, style: 1) { $0.stockoutProbability.mean })
    }

    /// The charts of a one-field sweep.
    var lineChartSection: [MarkupNode] {
        let refined = result.points.contains { $0.source == .refinement } ? " Hollow diamonds: values found by the refinement." : ""
        return [.html("h2", ["id": "charts"], [.text("Against the varied value")]),
                HTMLPage.figure(profitChart, caption: "Shaded: the 95% interval of the mean." + refined),
                HTMLPage.figure(serviceChart, caption: "Shaded: the Wilson 95% interval of P(stockout).")]
    }
}
