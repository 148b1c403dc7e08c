extension DotIntervalChart {
    public var document: SVGDocument {
        let header = ChartText.header(title: title, subtitle: subtitle, width: size.width)
        let style = ChartPalette.style(0)
        var entries = [hasIntervals
            ? ChartLegend.Entry(label: "\(estimateName) with \(intervalName)", symbol: .whisker(.circle, style.colour))
            : ChartLegend.Entry(label: estimateName, symbol: .marker(.circle, style.colour, hollow: false))]
        if rows.contains(where: \.emphasised) && rows.contains(where: { !$0.emphasised }) {
            entries.append(ChartLegend.Entry(label: emphasisName, symbol: .marker(.diamond, ChartPalette.vermillion, hollow: false)))
        }
        if let reference { entries.append(ChartLegend.Entry(label: reference.label, symbol: .rule(ChartPalette.ink, dash: "4 3"))) }
        let legend = ChartLegend(entries: entries).layout(left: 16, right: size.width - 16, top: header.bottom + 4)
        let top = header.bottom + 4 + legend.height + 10
        let bottom = size.height - AxisDrawing.horizontalAxisHeight
        let labels = rows.map { TextWidth.truncated($0.label, toWidth: Self.maximumLabelWidth, fontSize: ChartText.tickSize) }
        let labelWidth = labels.map { TextWidth.of($0, fontSize: ChartText.tickSize, bold: true) }.max() ?? 0
        let values = rows.map(valueText)
        let valueWidth = values.map { TextWidth.of($0, fontSize: ChartText.tickSize) }.max() ?? 0
        let left = 16 + labelWidth + 12
        let right = size.width - 16 - valueWidth - 14
        let plot = PlotArea(left: left, top: top, width: max(right - left, 60), height: max(bottom - top, 20))
        // The data's own range, padded by 5% of it each side, rather than widened to nice ticks,
        // which can leave a third of a narrow plot empty.
        let pad = max((range.upper - range.lower) * 0.05, 1e-9)
        let scale = AxisScale.linear(range.lower - pad, range.upper + pad, includesZero: axis.includesZero, nice: false,
                                     pixelStart: plot.left, pixelEnd: plot.right, maxTicks: max(2, Int(plot.width / 70) + 1))
        let rowHeight = plot.height / Double(max(rows.count, 1))

        var content = header.nodes + legend.nodes
        content.append(.svg("g", ["class": "zebra"], rows.indices.filter { $0 % 2 == 1 }.map { index in
            ChartShape.rect(x: 16, y: plot.top + Double(index) * rowHeight, width: size.width - 32, height: rowHeight, fill: "#F4F4F4")
        }))
        content.append(AxisDrawing.verticalGrid(scale, plot: plot))
        if let reference, reference.value.isFinite, reference.value >= scale.lower, reference.value <= scale.upper {
            let x = scale.position(reference.value)
            content.append(ChartShape.line(x1: x, y1: plot.top - 4, x2: x, y2: plot.bottom, colour: ChartPalette.ink, width: 1.4, dash: "4 3"))
        }
        for (index, row) in rows.enumerated() {
            let y = plot.top + (Double(index) + 0.5) * rowHeight
            var parts: [MarkupNode] = [ChartText.node(labels[index], x: plot.left - 12, y: ChartText.centredBaseline(y, size: ChartText.tickSize),
                                                      anchor: "end", bold: row.emphasised)]
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
            parts.append(ChartText.node(values[index], x: size.width - 16, y: ChartText.centredBaseline(y, size: ChartText.tickSize),
                                        anchor: "end", colour: ChartPalette.mutedInk))
            content.append(labels[index] == row.label ? .svg("g", [:], parts) : ChartShape.withTooltip(row.label, parts))
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
