extension LineChart {
    /// The chart drawn: header, legend, event labels, span ribbon, plot, axes.
    public var document: SVGDocument {
        let header = ChartText.header(title: title, subtitle: subtitle, width: size.width)
        // Event labels and the span ribbon need the x scale, which needs the left margin, which
        // needs the y ticks, which need the plot's height, which needs the legend's: lay out
        // with a provisional x scale first, then for real (an event label that no longer fits
        // in the reserved rows is left out).
        let provisional = xScale(left: 70, right: size.width - 24)
        // Span names are judged on a plot narrower than any but the widest y labels leave, so
        // a name counted as shown on the ribbon is shown there.
        let narrow = PlotArea(left: 140, top: 0, width: size.width - 164, height: 100)
        let named = SpanRibbon.labelsShown(spans, scale: xScale(left: narrow.left, right: narrow.right), plot: narrow)
        let legend = ChartLegend(entries: legendEntries(spanLabelsInRibbon: named))
            .layout(left: 16, right: size.width - 16, top: header.bottom + 4)
        var top = header.bottom + 4 + legend.height + 10
        let rows = EventLabels.place(events, scale: provisional, left: 70, right: size.width - 24, maxRows: 3).rows
        let stripTop = top
        top += Double(rows) * EventLabels.rowHeight + (rows > 0 ? 4 : 0)
        let ribbonTop = top
        if !spans.isEmpty { top += SpanRibbon.height + 2 }
        let bottom = size.height - AxisDrawing.horizontalAxisHeight
        let plotTop = min(top, bottom - 40)
        let range = valueRange
        let yScale = AxisScale.linear(range.lower, range.upper, includesZero: yAxis.includesZero, nice: true, pixelStart: bottom,
                                      pixelEnd: plotTop, maxTicks: AxisDrawing.valueTicks(bottom - plotTop))
        let left = 16 + AxisDrawing.valueAxisWidth(yScale)
        let right = size.width - 24
        let plot = PlotArea(left: left, top: plotTop, width: right - left, height: bottom - plotTop)
        let xScale = xScale(left: left, right: right)

        var content = header.nodes + legend.nodes
        content.append(.svg("g", ["class": "spans"], SpanRibbon.backgrounds(spans, scale: xScale, plot: plot)))
        content += AxisDrawing.valueAxis(yScale, plot: plot, title: yAxis.fullTitle, titleX: 28)
        content.append(.svg("g", ["class": "bands"], bands.map { band in
            LinePaths.band(SeriesReduction.envelope(band.points, buckets: Int(plot.width)), x: xScale, y: yScale,
                           colour: ChartPalette.style(band.style).colour)
        }))
        content.append(.svg("g", ["class": "series"], series.enumerated().map { index, series in
            drawn(series, index: index, x: xScale, y: yScale, plot: plot)
        }))
        content.append(.svg("g", ["class": "marks"], marks.flatMap { marks in
            let style = ChartPalette.style(marks.style)
            return marks.points.filter { $0.x.isFinite && $0.y.isFinite }.map { point in
                (marks.marker ?? style.marker).node(x: xScale.position(point.x), y: yScale.position(point.y), radius: 4.5,
                                                    colour: style.colour, hollow: marks.hollow)
            }
        }))
        let placed = EventLabels.place(events, scale: xScale, left: plot.left, right: plot.right, maxRows: rows)
        content.append(EventLabels.draw(events, placed: placed.labels, kinds: eventKinds, scale: xScale, stripTop: stripTop,
                                        plot: plot))
        if !spans.isEmpty {
            content.append(SpanRibbon.ribbon(spans, scale: xScale, plot: plot, top: ribbonTop))
        }
        content.append(AxisDrawing.horizontalAxis(xScale, plot: plot, title: xAxis.fullTitle))
        return SVGDocument(size: size, title: title, description: textAlternative, content: content)
    }

    /// One series' line (thinned to the plot's width) and, when shown, its markers.
    func drawn(_ series: Series, index: Int, x: AxisScale, y: AxisScale, plot: PlotArea) -> MarkupNode {
        let (style, width) = drawingStyle(series, index: index, plotWidth: nominalPlotWidth)
        let points = SeriesReduction.minMax(series.points, buckets: Int(plot.width))
        var nodes = [LinePaths.line(points, interpolation: series.interpolation, x: x, y: y, style: style, width: width)]
        if showsMarkers(series, plotWidth: nominalPlotWidth) {
            nodes += points.filter { $0.x.isFinite && $0.y.isFinite }.map {
                style.marker.node(x: x.position($0.x), y: y.position($0.y), radius: 3.5, colour: style.colour)
            }
        }
        return .svg("g", [:], nodes)
    }

    /// The plot width that decisions shared by the legend and the drawing (markers, density)
    /// are made on, before the real plot is laid out.
    var nominalPlotWidth: Double { size.width - 100 }

    /// The series' palette style and stroke width; a dense series (see ``LinePaths/denseWidth``)
    /// is solid and thin.
    func drawingStyle(_ series: Series, index: Int, plotWidth: Double) -> (SeriesStyle, Double) {
        var style = ChartPalette.style(series.style ?? index)
        guard Double(series.points.count) > plotWidth / 3 else { return (style, LinePaths.width) }
        style.dash = nil
        return (style, LinePaths.denseWidth)
    }

    func showsMarkers(_ series: Series, plotWidth: Double) -> Bool {
        series.showsMarkers ?? (Double(series.points.count) <= plotWidth / 16)
    }

    /// Series, bands, marks, span labels (those not all named on the ribbon) and event kinds,
    /// in that order.
    func legendEntries(spanLabelsInRibbon: Set<String>) -> [ChartLegend.Entry] {
        var entries = series.enumerated().map { index, series in
            let (style, width) = drawingStyle(series, index: index, plotWidth: nominalPlotWidth)
            return ChartLegend.Entry(label: series.name, symbol: .line(style, width: width,
                                                                       withMarker: showsMarkers(series, plotWidth: nominalPlotWidth)))
        }
        entries += bands.map { ChartLegend.Entry(label: $0.name, symbol: .area(ChartPalette.style($0.style).colour, opacity: LinePaths.bandOpacity)) }
        entries += marks.map { marks in
            let style = ChartPalette.style(marks.style)
            return ChartLegend.Entry(label: marks.name, symbol: .marker(marks.marker ?? style.marker, style.colour, hollow: marks.hollow))
        }
        entries += SpanRibbon.labels(spans).enumerated().compactMap { index, label in
            spanLabelsInRibbon.contains(label) ? nil
                : ChartLegend.Entry(label: label, symbol: .swatch(fill: ChartPalette.spanTint(index).hex, edge: nil))
        }
        entries += eventKinds.enumerated().map { index, kind in
            ChartLegend.Entry(label: kind, symbol: .rule(EventLabels.colour, dash: EventLabels.dash(index)))
        }
        return entries
    }

    /// Event kinds in order of first appearance.
    var eventKinds: [String] {
        var seen: [String] = []
        for event in events where !seen.contains(event.kind) { seen.append(event.kind) }
        return seen
    }

    /// The smallest and largest finite value of series, bands and marks (0…1 without any).
    var valueRange: (lower: Double, upper: Double) {
        var values = series.flatMap { $0.points.map(\.y) } + marks.flatMap { $0.points.map(\.y) }
        values += bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
        let finite = values.filter(\.isFinite)
        guard let lower = finite.min(), let upper = finite.max() else { return (0, 1) }
        return (lower, upper)
    }

    /// The smallest and largest finite x of series, bands and marks; of spans and events when
    /// there is no data (0…1 without any).
    var xRange: (lower: Double, upper: Double) {
        var xs = series.flatMap { $0.points.map(\.x) } + marks.flatMap { $0.points.map(\.x) } + bands.flatMap { $0.points.map(\.x) }
        if !xs.contains(where: \.isFinite) { xs = spans.flatMap { [$0.start, $0.end] } + events.map(\.x) }
        let finite = xs.filter(\.isFinite)
        guard let lower = finite.min(), let upper = finite.max() else { return (0, 1) }
        return (lower, upper)
    }

    func xScale(left: Double, right: Double) -> AxisScale {
        let range = xRange
        switch xAxis.scale {
        case .linear(let includesZero):
            return AxisScale.linear(range.lower, range.upper, includesZero: includesZero, nice: false, pixelStart: left,
                                    pixelEnd: right, maxTicks: max(2, Int((right - left) / 90) + 1))
        case let .periods(steps, label):
            // Period indices are clamped to ±10⁹ (27 centuries of days) so that no x can trap in Int.
            let first = Int(min(max(range.lower.rounded(.down), -1e9), 1e9))
            let last = Int(min(max(range.upper.rounded(.up), -1e9), 1e9))
            return AxisScale.periods(first, last, steps: steps, label: label,
                                     pixelStart: left, pixelEnd: right, fontSize: ChartText.tickSize)
        }
    }
}

extension ChartAxis {
    /// Whether a linear axis must reach zero (false for period axes).
    var includesZero: Bool {
        if case .linear(let includesZero) = scale { return includesZero }
        return false
    }
}
