extension DotIntervalChart {
    public var document: SVGDocument {
        let style = ChartPalette.style(0)
        var entries = [hasIntervals
            ? ChartLegend.Entry(label: "\(estimateName) with \(intervalName)", symbol: .whisker(.circle, style.colour))
            : ChartLegend.Entry(label: estimateName, symbol: .marker(.circle, style.colour, hollow: false))]
        if rows.contains(where: \.emphasised) && rows.contains(where: { !$0.emphasised }) {
            entries.append(ChartLegend.Entry(label: emphasisName, symbol: .marker(.diamond, ChartPalette.vermillion, hollow: false)))
        }
        if let reference { entries.append(ChartLegend.Entry(label: reference.label, symbol: .rule(ChartPalette.ink, dash: "4 3"))) }
        let frame = RowChartFrame(title: title, subtitle: subtitle, size: size, legend: entries, labels: rows.map(\.label),
                                  values: rows.map(valueText), range: range, padding: 0.05, includesZero: axis.includesZero)
        let (plot, scale) = (frame.plot, frame.scale)
        var content = frame.nodes
        if let reference, reference.value.isFinite, reference.value >= scale.lower, reference.value <= scale.upper {
            let x = scale.position(reference.value)
            content.append(ChartShape.line(x1: x, y1: plot.top - 4, x2: x, y2: plot.bottom, colour: ChartPalette.ink, width: 1.4, dash: "4 3"))
        }
        for (index, row) in rows.enumerated() {
            let y = frame.centre(index)
            var parts: [MarkupNode] = []
            let colour = row.emphasised ? ChartPalette.vermillion : style.colour
            if let interval = row.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite {
                let (a, b) = (scale.position(interval.lowerBound), scale.position(interval.upperBound))
                parts += [ChartShape.line(x1: a, y1: y, x2: b, y2: y, colour: colour, width: 2),
                          ChartShape.line(x1: a, y1: y - 5, x2: a, y2: y + 5, colour: colour, width: 2),
                          ChartShape.line(x1: b, y1: y - 5, x2: b, y2: y + 5, colour: colour, width: 2)]
            }
            if row.estimate.isFinite {
                parts.append((row.emphasised ? ChartMarker.diamond : .circle).node(x: scale.position(row.estimate), y: y, radius: 5, colour: colour))
            }
            content.append(frame.row(index, bold: row.emphasised, marks: parts))
        }
        content.append(AxisDrawing.horizontalAxis(scale, plot: plot, title: axis.fullTitle))
        return SVGDocument(size: size, title: title, description: textAlternative, content: content)
    }

    /// "1,234 [1,100, 1,350]" or the estimate alone.
    func valueText(_ row: Row) -> String {
        let estimate = ChartNumber.grouped(row.estimate, decimals: decimals)
        guard let interval = row.interval else { return estimate }
        return "\(estimate) [\(ChartNumber.grouped(interval.lowerBound, decimals: decimals)), \(ChartNumber.grouped(interval.upperBound, decimals: decimals))]"
    }

    /// The range of estimates, bounds and the reference value.
    var range: (lower: Double, upper: Double) {
        var values = rows.flatMap { [$0.estimate, $0.interval?.lowerBound, $0.interval?.upperBound].compactMap { $0 } }
        if let reference { values.append(reference.value) }
        let finite = values.filter(\.isFinite)
        guard let lower = finite.min(), let upper = finite.max() else { return (0, 1) }
        return (lower, upper)
    }

    /// Whether any row has an interval (the legend then names it).
    var hasIntervals: Bool { rows.contains { $0.interval != nil } }

    var textAlternative: String {
        var sentences = ["Dot-and-interval chart of \(axis.fullTitle): \(estimateName)"
                         + (hasIntervals ? " and \(intervalName)" : "") + " for \(rows.count) rows."]
        sentences.append(ChartDescription.list(rows.map { "\($0.label)\($0.emphasised ? " (\(emphasisName))" : ""): \(valueText($0))" }, limit: 40) + ".")
        if let reference { sentences.append("Reference line: \(reference.label) at \(ChartNumber.compact(reference.value)).") }
        return ChartDescription.join(description, sentences)
    }
}
