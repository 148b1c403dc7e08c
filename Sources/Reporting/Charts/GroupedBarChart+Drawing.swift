extension GroupedBarChart {
    public var document: SVGDocument {
        let header = ChartText.header(title: title, subtitle: subtitle, width: size.width)
        let text = format
        let prefix = ChartIdentifier.prefix(["bars", title] + categories + series.map(\.name))
        let styles = series.indices.map { ChartPalette.style(series[$0].style ?? $0) }
        let fills = styles.enumerated().map { index, style in style.hatch.fill(id: "\(prefix)-h\(index)", colour: style.colour) }
        let definitions = styles.enumerated().compactMap { index, style in style.hatch.definition(id: "\(prefix)-h\(index)", colour: style.colour) }
        let entries = series.indices.map { ChartLegend.Entry(label: series[$0].name, symbol: .swatch(fill: fills[$0], edge: styles[$0].colour)) }
        let legend = ChartLegend(entries: entries).layout(left: 16, right: size.width - 16, top: header.bottom + 4)
        let top = header.bottom + 4 + legend.height + 14
        let labels = categories.map { TextWidth.truncated($0, toWidth: 140, fontSize: ChartText.tickSize) }
        let widest = labels.map { TextWidth.of($0, fontSize: ChartText.tickSize) }.max() ?? 0
        let provisionalGroup = (size.width - 120) / Double(max(categories.count, 1))
        let rotate = widest + 8 > provisionalGroup
        let axisHeight = rotate ? min(widest * 0.7 + 10, 90) + 26 : AxisDrawing.horizontalAxisHeight
        let bottom = size.height - axisHeight
        let range = valueRange
        let yScale = AxisScale.linear(range.lower, range.upper, includesZero: true, nice: true, pixelStart: bottom, pixelEnd: top,
                                      maxTicks: AxisDrawing.valueTicks(bottom - top))
        let left = 16 + AxisDrawing.valueAxisWidth(yScale)
        let plot = PlotArea(left: left, top: top, width: size.width - 24 - left, height: bottom - top)
        let group = plot.width / Double(max(categories.count, 1))
        let barWidth = group * 0.78 / Double(max(series.count, 1))
        let zero = yScale.position(0)

        var content = header.nodes + legend.nodes
        if !definitions.isEmpty { content.append(.svg("defs", [:], definitions)) }
        content += AxisDrawing.valueAxis(yScale, plot: plot, title: valueAxis.fullTitle, titleX: 28)
        var bars: [MarkupNode] = []
        for category in categories.indices {
            let groupLeft = plot.left + Double(category) * group + group * 0.11
            for (index, series) in series.enumerated() {
                guard let value = series.value(category) else { continue }
                let x = groupLeft + Double(index) * barWidth
                let y = yScale.position(value)
                var parts = [ChartShape.rect(x: x + 1, y: min(y, zero), width: barWidth - 2, height: abs(zero - y), fill: fills[index],
                                             stroke: styles[index].colour)]
                let middle = x + barWidth / 2
                if let interval = series.interval(category) {
                    let (a, b) = (yScale.position(interval.lowerBound), yScale.position(interval.upperBound))
                    let cap = min(barWidth * 0.3, 5)
                    parts += [ChartShape.line(x1: middle, y1: a, x2: middle, y2: b, colour: ChartPalette.ink, width: 1.4),
                              ChartShape.line(x1: middle - cap, y1: a, x2: middle + cap, y2: a, colour: ChartPalette.ink, width: 1.4),
                              ChartShape.line(x1: middle - cap, y1: b, x2: middle + cap, y2: b, colour: ChartPalette.ink, width: 1.4)]
                } else if TextWidth.of(text(value), fontSize: ChartText.annotationSize) <= barWidth + 4 {
                    let baseline = value >= 0 ? y - 4 : y + 4 + ChartText.annotationSize
                    parts.append(ChartText.node(text(value), x: middle, y: baseline, size: ChartText.annotationSize, anchor: "middle",
                                                colour: ChartPalette.ink))
                }
                let intervalText = series.interval(category).map { " [\(text($0.lowerBound)), \(text($0.upperBound))]" } ?? ""
                bars.append(ChartShape.withTooltip("\(series.name), \(categories[category]): \(text(value))\(intervalText)", parts))
            }
        }
        content.append(.svg("g", ["class": "bars"], bars))
        var axis = [ChartShape.line(x1: plot.left, y1: zero, x2: plot.right, y2: zero, colour: ChartPalette.ink)]
        for (category, label) in labels.enumerated() {
            let x = plot.left + (Double(category) + 0.5) * group
            axis.append(rotate
                ? ChartText.node(label, x: x + 4, y: plot.bottom + 14, anchor: "end", colour: ChartPalette.mutedInk, rotation: -40)
                : ChartText.node(label, x: x, y: plot.bottom + 18, anchor: "middle", colour: ChartPalette.mutedInk))
        }
        axis.append(ChartText.node(TextWidth.truncated(categoryTitle, toWidth: plot.width, fontSize: ChartText.axisTitleSize),
                                   x: plot.left + plot.width / 2, y: size.height - 10, size: ChartText.axisTitleSize, anchor: "middle"))
        content.append(.svg("g", ["class": "axis-x"], axis))
        return SVGDocument(size: size, title: title, description: textAlternative, content: content)
    }

    /// The range of values and error-bar bounds (0…1 without any).
    var valueRange: (lower: Double, upper: Double) {
        var values: [Double] = []
        for series in series {
            for category in categories.indices {
                values += [series.value(category), series.interval(category)?.lowerBound, series.interval(category)?.upperBound].compactMap { $0 }
            }
        }
        guard let lower = values.min(), let upper = values.max() else { return (0, 1) }
        return (lower, upper)
    }

    var textAlternative: String {
        let text = format
        var sentences = ["Grouped bar chart of \(valueAxis.fullTitle) by \(categoryTitle) (\(categories.count) groups) for \(series.count) series."]
        sentences += categories.indices.prefix(20).map { category in
            "\(categories[category]): " + ChartDescription.list(series.map { series in
                let interval = series.interval(category).map { " [\(text($0.lowerBound)), \(text($0.upperBound))]" } ?? ""
                return "\(series.name) \(series.value(category).map(text) ?? "n/a")\(interval)"
            }, limit: 20) + "."
        }
        return ChartDescription.join(description, sentences)
    }
}
