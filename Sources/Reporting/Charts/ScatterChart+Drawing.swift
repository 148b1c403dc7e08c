extension ScatterChart {
    public var document: SVGDocument {
        let header = ChartText.header(title: title, subtitle: subtitle, width: size.width)
        let highlight = ChartPalette.style(0)
        var entries: [ChartLegend.Entry] = []
        if points.contains(where: \.highlighted) {
            entries.append(ChartLegend.Entry(label: highlightName, symbol: joinsHighlighted ? .line(highlight, width: LinePaths.width, withMarker: true)
                                                : .marker(highlight.marker, highlight.colour, hollow: false)))
        }
        if points.contains(where: { !$0.highlighted }) {
            entries.append(ChartLegend.Entry(label: othersName, symbol: .marker(.circle, ChartPalette.mutedInk, hollow: true)))
        }
        let legend = ChartLegend(entries: entries).layout(left: 16, right: size.width - 16, top: header.bottom + 4)
        let top = header.bottom + 4 + legend.height + 10
        let bottom = size.height - AxisDrawing.horizontalAxisHeight
        let shown = points.filter { $0.x.isFinite && $0.y.isFinite }
        let ys = padded(shown.map(\.y), includesZero: yAxis.includesZero)
        let yScale = AxisScale.linear(ys.lower, ys.upper, includesZero: yAxis.includesZero, nice: true, pixelStart: bottom, pixelEnd: top,
                                      maxTicks: AxisDrawing.valueTicks(bottom - top))
        let left = 16 + AxisDrawing.valueAxisWidth(yScale)
        let right = size.width - 24
        let plot = PlotArea(left: left, top: top, width: right - left, height: bottom - top)
        let xs = padded(shown.map(\.x), includesZero: xAxis.includesZero)
        let xScale = AxisScale.linear(xs.lower, xs.upper, includesZero: xAxis.includesZero, nice: true, pixelStart: plot.left,
                                      pixelEnd: plot.right, maxTicks: max(2, Int(plot.width / 90) + 1))

        var content = header.nodes + legend.nodes
        content += AxisDrawing.valueAxis(yScale, plot: plot, title: yAxis.fullTitle, titleX: 28)
        content.append(AxisDrawing.verticalGrid(xScale, plot: plot))
        let frontier = shown.filter(\.highlighted).sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        if joinsHighlighted && frontier.count > 1 {
            let path = frontier.map { ChartPoint(x: $0.x, y: $0.y) }
            content.append(LinePaths.line(path, interpolation: .straight, x: xScale, y: yScale, style: highlight))
        }
        let positions = shown.map { (x: xScale.position($0.x), y: yScale.position($0.y)) }
        // Others first so highlighted markers sit on top.
        let order = shown.indices.sorted { (shown[$0].highlighted ? 1 : 0, $0) < (shown[$1].highlighted ? 1 : 0, $1) }
        let path = joinsHighlighted ? frontier.map { (x: xScale.position($0.x), y: yScale.position($0.y)) } : []
        let labels = PointLabels.place(shown.map(\.label), at: positions, priority: order.reversed(), path: path, plot: plot)
        for index in order {
            let point = shown[index]
            let marker = point.highlighted
                ? highlight.marker.node(x: positions[index].x, y: positions[index].y, radius: 5.5, colour: highlight.colour)
                : ChartMarker.circle.node(x: positions[index].x, y: positions[index].y, radius: 5, colour: ChartPalette.mutedInk, hollow: true)
            content.append(ChartShape.withTooltip("\(point.label): \(xAxis.describe(point.x)), \(yAxis.describe(point.y))", [marker]))
        }
        content.append(.svg("g", ["class": "point-labels"], labels))
        content.append(AxisDrawing.horizontalAxis(xScale, plot: plot, title: xAxis.fullTitle))
        return SVGDocument(size: size, title: title, description: textAlternative, content: content)
    }

    /// The range of `values` widened by 4% of its span each side, so no marker sits on an edge.
    func padded(_ values: [Double], includesZero: Bool) -> (lower: Double, upper: Double) {
        guard let low = values.min(), let high = values.max() else { return (0, 1) }
        let pad = high > low ? (high - low) * 0.04 : max(abs(high) * 0.04, 0.5)
        // Do not pad across zero: a non-negative quantity keeps a non-negative axis.
        return (low >= 0 && low - pad < 0 ? 0 : low - pad, high <= 0 && high + pad > 0 ? 0 : high + pad)
    }

    var textAlternative: String {
        var sentences = ["Scatter chart of \(yAxis.fullTitle) against \(xAxis.fullTitle) for \(points.count) points."]
        let highlighted = points.filter(\.highlighted).sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        if !highlighted.isEmpty {
            sentences.append("\(highlightName.prefix(1).uppercased() + highlightName.dropFirst()), in ascending \(xAxis.title): "
                             + ChartDescription.list(highlighted.map(describe), limit: 30) + ".")
        }
        let others = points.filter { !$0.highlighted }
        if !others.isEmpty {
            sentences.append("\(othersName.prefix(1).uppercased() + othersName.dropFirst()): " + ChartDescription.list(others.map(describe), limit: 30) + ".")
        }
        return ChartDescription.join(description, sentences)
    }

    private func describe(_ point: Point) -> String {
        "\(point.label) (\(xAxis.title) \(xAxis.describe(point.x)), \(yAxis.title) \(yAxis.describe(point.y)))"
    }
}
