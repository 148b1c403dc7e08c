extension Heatmap {
    public var document: SVGDocument {
        let header = ChartText.header(title: title, subtitle: subtitle, width: size.width)
        let text = format
        let finite = rows.indices.flatMap { row in columns.indices.compactMap { value(row, $0) } }
        let low = finite.min() ?? 0
        let high = finite.max() ?? 1
        let rampTicks = NiceTicks(covering: low, high, maxTicks: 6)
        let rampLabels = zip(rampTicks.values, rampTicks.labels).filter { $0.0 >= low - 1e-12 * abs(low) && $0.0 <= high + 1e-12 * abs(high) }
        let rampLabelWidth = rampLabels.map { TextWidth.of($0.1, fontSize: ChartText.tickSize) }.max() ?? 0
        let rowLabels = rows.map { TextWidth.truncated($0, toWidth: 160, fontSize: ChartText.tickSize) }
        let rowLabelWidth = rowLabels.map { TextWidth.of($0, fontSize: ChartText.tickSize) }.max() ?? 0
        let top = header.bottom + 28
        // The row parameter's title sits above the row labels, horizontal: a rotated title
        // would not fit beside a grid of a few rows.
        let rowTitle = TextWidth.truncated(rowAxis.fullTitle, toWidth: 240, fontSize: ChartText.axisTitleSize)
        let left = 16 + max(rowLabelWidth, TextWidth.of(rowTitle, fontSize: ChartText.axisTitleSize)) + 8
        let legendWidth = 14.0
        let right = size.width - 16 - max(rampLabelWidth + 8 + legendWidth, TextWidth.of(valueFullTitle, fontSize: ChartText.tickSize) / 2 + 7) - 24
        let columnLabels = columns.map { TextWidth.truncated($0, toWidth: 120, fontSize: ChartText.tickSize) }
        let cellWidth = (right - left) / Double(max(columns.count, 1))
        let widestColumn = columnLabels.map { TextWidth.of($0, fontSize: ChartText.tickSize) }.max() ?? 0
        let rotate = widestColumn + 6 > cellWidth
        let axisHeight = rotate ? min(widestColumn * 0.7 + 10, 90) + 24 : AxisDrawing.horizontalAxisHeight
        let bottom = size.height - axisHeight
        let plot = PlotArea(left: left, top: top, width: right - left, height: max(bottom - top, 20))
        let cellHeight = plot.height / Double(max(rows.count, 1))

        var content = header.nodes
        var cells: [MarkupNode] = []
        for row in rows.indices {
            for column in columns.indices {
                let x = plot.left + Double(column) * cellWidth
                let y = plot.top + Double(row) * cellHeight
                let tooltip = "\(rowAxis.title) \(rows[row]), \(columnAxis.title) \(columns[column]): "
                guard let value = value(row, column) else {
                    cells.append(ChartShape.withTooltip(tooltip + "no value", [
                        ChartShape.rect(x: x, y: y, width: cellWidth, height: cellHeight, fill: ChartPalette.missing.hex, stroke: .white),
                        ChartText.node("n/a", x: x + cellWidth / 2, y: ChartText.centredBaseline(y + cellHeight / 2, size: ChartText.annotationSize),
                                       size: ChartText.annotationSize, anchor: "middle", colour: ChartPalette.mutedInk),
                    ]))
                    continue
                }
                let colour = colour(value, low: low, high: high)
                var parts = [ChartShape.rect(x: x, y: y, width: cellWidth, height: cellHeight, fill: colour.hex, stroke: .white)]
                let label = text(value)
                if TextWidth.of(label, fontSize: ChartText.tickSize) + 6 <= cellWidth && cellHeight >= 15 {
                    parts.append(ChartText.node(label, x: x + cellWidth / 2, y: ChartText.centredBaseline(y + cellHeight / 2, size: ChartText.tickSize),
                                                anchor: "middle", colour: colour.contrastingText))
                }
                cells.append(ChartShape.withTooltip(tooltip + label, parts))
            }
        }
        content.append(.svg("g", ["class": "cells"], cells))
        var axes: [MarkupNode] = []
        for (row, label) in rowLabels.enumerated() {
            let y = plot.top + (Double(row) + 0.5) * cellHeight
            axes.append(ChartText.node(label, x: plot.left - 8, y: ChartText.centredBaseline(y, size: ChartText.tickSize), anchor: "end",
                                       colour: ChartPalette.mutedInk))
        }
        axes.append(ChartText.node(rowTitle, x: plot.left - 8, y: plot.top - 8, size: ChartText.axisTitleSize, anchor: "end"))
        for (column, label) in columnLabels.enumerated() {
            let x = plot.left + (Double(column) + 0.5) * cellWidth
            axes.append(rotate
                ? ChartText.node(label, x: x + 4, y: plot.bottom + 14, anchor: "end", colour: ChartPalette.mutedInk, rotation: -40)
                : ChartText.node(label, x: x, y: plot.bottom + 18, anchor: "middle", colour: ChartPalette.mutedInk))
        }
        axes.append(ChartText.node(TextWidth.truncated(columnAxis.fullTitle, toWidth: plot.width, fontSize: ChartText.axisTitleSize),
                                   x: plot.left + plot.width / 2, y: size.height - 10, size: ChartText.axisTitleSize, anchor: "middle"))
        content.append(.svg("g", ["class": "axes"], axes))
        content.append(colourScale(low: low, high: high, labels: rampLabels.map { ($0.0, $0.1) },
                                   x: plot.right + 24, top: plot.top, height: min(plot.height, 220), width: legendWidth))
        return SVGDocument(size: size, title: title, description: textAlternative, content: content)
    }

    /// The fill of `value` on the ramp between `low` and `high`.
    func colour(_ value: Double, low: Double, high: Double) -> ChartColour {
        let fraction = high > low ? (value - low) / (high - low) : 0.5
        return SequentialRamp.colour(reversed ? 1 - fraction : fraction)
    }

    /// A vertical bar of the ramp (high at the top) in 48 steps, ticks to its right, and the
    /// value's title above it.
    func colourScale(low: Double, high: Double, labels: [(Double, String)], x: Double, top: Double, height: Double,
                     width: Double) -> MarkupNode {
        let steps = 48
        var nodes: [MarkupNode] = [ChartText.node(valueFullTitle, x: x + width / 2, y: top - 10, size: ChartText.tickSize, anchor: "middle")]
        for step in 0..<steps {
            let fraction = (Double(step) + 0.5) / Double(steps)
            let y = top + height - Double(step + 1) * height / Double(steps)
            nodes.append(ChartShape.rect(x: x, y: y, width: width, height: height / Double(steps) + 0.5,
                                         fill: colour(low + fraction * (high - low), low: low, high: high).hex))
        }
        nodes.append(ChartShape.rect(x: x, y: top, width: width, height: height, fill: "none", stroke: ChartPalette.mutedInk))
        for (value, label) in labels where high > low {
            let y = top + height - (value - low) / (high - low) * height
            nodes.append(ChartShape.line(x1: x + width, y1: y, x2: x + width + 4, y2: y, colour: ChartPalette.mutedInk))
            nodes.append(ChartText.node(label, x: x + width + 7, y: ChartText.centredBaseline(y, size: ChartText.tickSize),
                                        colour: ChartPalette.mutedInk))
        }
        return .svg("g", ["class": "colour-scale"], nodes)
    }

    var textAlternative: String {
        let text = format
        var sentences = ["Heatmap of \(valueFullTitle) by \(rowAxis.fullTitle) (\(rows.count) rows) and \(columnAxis.fullTitle) (\(columns.count) columns)."]
        var cells: [(row: Int, column: Int, value: Double)] = []
        for row in rows.indices {
            for column in columns.indices {
                if let value = value(row, column) { cells.append((row, column, value)) }
            }
        }
        if let low = cells.min(by: { $0.value < $1.value }), let high = cells.max(by: { $0.value < $1.value }) {
            sentences.append("Lowest \(text(low.value)) at \(rowAxis.title) \(rows[low.row]), \(columnAxis.title) \(columns[low.column]); "
                             + "highest \(text(high.value)) at \(rowAxis.title) \(rows[high.row]), \(columnAxis.title) \(columns[high.column]).")
        }
        if rows.count * columns.count <= 100 {
            sentences += rows.indices.map { row in
                "\(rowAxis.title) \(rows[row]): " + columns.indices.map { column in
                    "\(columns[column]) \(value(row, column).map(text) ?? "n/a")"
                }.joined(separator: ", ") + "."
            }
        }
        return ChartDescription.join(description, sentences)
    }
}
