extension QuantileStripChart {
    public var document: SVGDocument {
        let ink = ChartPalette.blue
        let entries = [
            ChartLegend.Entry(label: "minimum to maximum", symbol: .line(ChartPalette.style(0), width: 0.8, withMarker: false)),
            ChartLegend.Entry(label: "middle half (25th–75th percentile)", symbol: .swatch(fill: ink.tint(0.75).hex, edge: ink)),
            ChartLegend.Entry(label: "every 5% step", symbol: .marker(.circle, ink, hollow: true)),
            ChartLegend.Entry(label: "median", symbol: .rule(ChartPalette.ink, dash: nil)),
            ChartLegend.Entry(label: "5th percentile (downside)", symbol: .marker(.triangle, ChartPalette.vermillion, hollow: false)),
        ]
        let frame = RowChartFrame(title: title, subtitle: subtitle, size: size, legend: entries, labels: rows.map(\.label),
                                  values: rows.map(valueText), range: range, padding: 0.04, includesZero: axis.includesZero)
        let (plot, scale) = (frame.plot, frame.scale)
        var content = frame.nodes
        for (index, row) in rows.enumerated() {
            let y = frame.centre(index)
            var parts: [MarkupNode] = []
            if let low = row.at(0), let high = row.at(20) {
                parts.append(ChartShape.line(x1: scale.position(low), y1: y, x2: scale.position(high), y2: y, colour: ink, width: 1.2))
            }
            if let q1 = row.at(5), let q3 = row.at(15) {
                let (a, b) = (scale.position(q1), scale.position(q3))
                parts.append(ChartShape.rect(x: a, y: y - 8, width: max(b - a, 1), height: 16, fill: ink.tint(0.75).hex, stroke: ink))
            }
            let steps = row.quantiles.count == 21 ? Array(1...19) : Array(row.quantiles.indices)
            for step in steps where row.quantiles[step].isFinite && step != 1 {
                parts.append(ChartMarker.circle.node(x: scale.position(row.quantiles[step]), y: y, radius: 2.6, colour: ink, hollow: true))
            }
            if let median = row.at(10) {
                let x = scale.position(median)
                parts.append(ChartShape.line(x1: x, y1: y - 10, x2: x, y2: y + 10, colour: ChartPalette.ink, width: 2.4))
            }
            if let p5 = row.at(1) {
                parts.append(ChartMarker.triangle.node(x: scale.position(p5), y: y, radius: 5, colour: ChartPalette.vermillion))
            }
            content.append(frame.row(index, bold: row.emphasised, marks: parts))
        }
        content.append(AxisDrawing.horizontalAxis(scale, plot: plot, title: axis.fullTitle))
        return SVGDocument(size: size, title: title, description: textAlternative, content: content)
    }

    /// "P5 1,100 · median 1,250", or "–" without quantiles.
    func valueText(_ row: Row) -> String {
        guard let p5 = row.at(1), let median = row.at(10) else { return "–" }
        return "P5 \(ChartNumber.grouped(p5, decimals: 0)) · median \(ChartNumber.grouped(median, decimals: 0))"
    }

    /// The range of every quantile drawn.
    var range: (lower: Double, upper: Double) {
        let finite = rows.flatMap(\.quantiles).filter(\.isFinite)
        guard let lower = finite.min(), let upper = finite.max() else { return (0, 1) }
        return (lower, upper)
    }

    var textAlternative: String {
        var sentences = ["Quantile strip chart of \(axis.fullTitle) over replications for \(rows.count) rows: minimum, 5th, "
                         + "25th, 50th, 75th and 95th percentiles and maximum."]
        sentences.append(ChartDescription.list(rows.map { row in
            let named = row.label + (row.emphasised ? " (\(emphasisName))" : "")
            guard row.quantiles.count == 21 else { return "\(named): no quantiles" }
            let shown = [0, 1, 5, 10, 15, 19, 20].map { ChartNumber.grouped(row.quantiles[$0], decimals: 0) }
            return "\(named): " + shown.joined(separator: ", ")
        }, limit: 40) + ".")
        return ChartDescription.join(description, sentences)
    }
}
