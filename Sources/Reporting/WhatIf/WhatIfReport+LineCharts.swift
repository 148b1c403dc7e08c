import WhatIf

extension WhatIfReport {
    /// The points in order of the one varied value (refined points among the grid's).
    var pointsByValue: [WhatIfPoint] {
        result.points.filter { !$0.values.isEmpty }.sorted { $0.values[0] < $1.values[0] }
    }

    /// The recommended point, if any point met the constraints.
    var recommendedPoint: WhatIfPoint? {
        result.recommendation.point.flatMap { result.points.indices.contains($0) ? result.points[$0] : nil }
    }

    /// The varied field as an x axis, titled in words with its unit.
    var valueAxis: ChartAxis {
        guard let axis = result.axes.first else { return .linear("value") }
        return .linear(axis.label, unit: axis.unit)
    }

    /// A band from an estimate's interval; the mean where there is none (one replication).
    static func band(_ points: [WhatIfPoint], _ estimate: (WhatIfPoint) -> WhatIfEstimate?) -> [BandPoint] {
        points.compactMap { point in
            guard let figure = estimate(point) else { return nil }
            return BandPoint(x: point.values[0], lower: figure.low ?? figure.mean, upper: figure.high ?? figure.mean)
        }
    }

    /// A series of an estimate's means.
    static func means(_ points: [WhatIfPoint], _ estimate: (WhatIfPoint) -> WhatIfEstimate?) -> [ChartPoint] {
        points.compactMap { point in estimate(point).map { ChartPoint(x: point.values[0], y: $0.mean) } }
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

    /// Palette styles of constraint lines: black, dotted, then black with long dashes.
    static let constraintStyles = [6, 14]

    /// A horizontal line across the swept values at the threshold of each constraint on one of
    /// `measures` (a dotted black line, named by the constraint).
    func constraintLines(_ measures: Set<String>) -> [LineChart.Series] {
        let values = pointsByValue.map { $0.values[0] }
        guard let low = values.min(), let high = values.max() else { return [] }
        return result.constraints.filter { measures.contains($0.measure) }.enumerated().map { index, constraint in
            LineChart.Series(name: "constraint \(constraint.text)",
                             points: [ChartPoint(x: low, y: constraint.threshold), ChartPoint(x: high, y: constraint.threshold)],
                             style: Self.constraintStyles[index % Self.constraintStyles.count], showsMarkers: false)
        }
    }

    /// "The dotted line is the constraint fill_rate >= 0.9." for the constraints drawn.
    func constraintSentence(_ measures: Set<String>) -> String {
        let drawn = result.constraints.filter { measures.contains($0.measure) }.map(\.text)
        guard !drawn.isEmpty else { return "" }
        return " The black line\(drawn.count == 1 ? " is the constraint" : "s are the constraints") "
            + drawn.joined(separator: " and ") + "."
    }

    /// Expected profit against the value, with its 95% band and the recommendation marked.
    var profitChart: LineChart {
        let points = pointsByValue
        return LineChart(
            title: "Expected profit against \(valueAxis.title.lowercasedFirstWord)",
            subtitle: "mean with 95% interval over \(result.replications) replications",
            description: "Expected profit of \(result.strategy) at each swept value. "
                + (recommendedPoint == nil ? "No point meets the constraints." : "The dashed line marks the recommended value.")
                + constraintSentence(["profit"]),
            xAxis: valueAxis, yAxis: .linear("expected profit", unit: "currency"),
            series: [LineChart.Series(name: "expected profit", points: Self.means(points, \.profit), style: 0, showsMarkers: true)]
                + constraintLines(["profit"]),
            bands: [LineChart.Band(name: "95% interval", points: Self.band(points, \.profit), style: 0)],
            events: recommendedEvent,
            marks: Self.refinedMarks(points, style: 0) { $0.profit.mean })
    }

    /// Profit minus the recommended point's, paired by replication, with its 95% band: far
    /// narrower than the profit's own band, so it shows which values the replications can
    /// really tell apart from the recommendation (those whose band stays clear of 0).
    var differenceChart: LineChart? {
        let points = pointsByValue.filter { $0.profitVersusRecommended != nil }
        guard recommendedPoint != nil, let low = points.first?.values[0], let high = points.last?.values[0] else { return nil }
        let close = points.filter(\.withinNoise)
        return LineChart(
            title: "Expected profit against the recommended point's",
            subtitle: "paired by replication: mean difference with 95% interval",
            description: "Each value's profit minus the recommended value's, replication by replication (both faced the same "
                + "market). Where the band contains 0 the replications cannot tell the value from the recommendation.",
            xAxis: valueAxis, yAxis: .linear("Δ vs recommended", unit: "currency"),
            series: [LineChart.Series(name: "Δ vs recommended", points: Self.means(points, \.profitVersusRecommended),
                                      style: 0, showsMarkers: true),
                     LineChart.Series(name: "no difference", points: [ChartPoint(x: low, y: 0), ChartPoint(x: high, y: 0)],
                                      style: 6, showsMarkers: false)],
            bands: [LineChart.Band(name: "paired 95% interval", points: Self.band(points, \.profitVersusRecommended), style: 0)],
            events: recommendedEvent,
            marks: close.isEmpty ? [] : [LineChart.Marks(
                name: "within noise of the recommendation",
                points: close.map { ChartPoint(x: $0.values[0], y: $0.profitVersusRecommended?.mean ?? 0) },
                style: 2, marker: .circle, hollow: true)])
    }
}
