/// The frame the row charts share (``DotIntervalChart``, ``QuantileStripChart``): title and
/// legend on top, one labelled row per item on zebra stripes, a text of values right of the
/// plot, and a horizontal value scale over the data's own range, padded by `padding` of it
/// each side rather than widened to nice ticks (which can leave a third of a narrow plot empty).
struct RowChartFrame {
    let plot: PlotArea
    let scale: AxisScale
    let rowHeight: Double
    /// Labels as drawn (shortened to the label width); the full ones become tooltips.
    let labels: [String]
    let fullLabels: [String]
    let values: [String]
    let width: Double
    /// Header, legend, zebra stripes and vertical grid, in drawing order.
    let nodes: [MarkupNode]

    static let maximumLabelWidth = 200.0

    init(title: String, subtitle: String?, size: ChartSize, legend: [ChartLegend.Entry], labels: [String], values: [String],
         range: (lower: Double, upper: Double), padding: Double, includesZero: Bool) {
        let header = ChartText.header(title: title, subtitle: subtitle, width: size.width)
        let legend = ChartLegend(entries: legend).layout(left: 16, right: size.width - 16, top: header.bottom + 4)
        let top = header.bottom + 4 + legend.height + 10
        let bottom = size.height - AxisDrawing.horizontalAxisHeight
        let shown = labels.map { TextWidth.truncated($0, toWidth: Self.maximumLabelWidth, fontSize: ChartText.tickSize) }
        let labelWidth = shown.map { TextWidth.of($0, fontSize: ChartText.tickSize, bold: true) }.max() ?? 0
        let valueWidth = values.map { TextWidth.of($0, fontSize: ChartText.tickSize) }.max() ?? 0
        let left = 16 + labelWidth + 12
        let right = size.width - 16 - valueWidth - 14
        plot = PlotArea(left: left, top: top, width: max(right - left, 60), height: max(bottom - top, 20))
        let pad = max((range.upper - range.lower) * padding, 1e-9)
        scale = AxisScale.linear(range.lower - pad, range.upper + pad, includesZero: includesZero, nice: false,
                                 pixelStart: plot.left, pixelEnd: plot.right, maxTicks: max(2, Int(plot.width / 70) + 1))
        rowHeight = plot.height / Double(max(labels.count, 1))
        self.labels = shown
        fullLabels = labels
        self.values = values
        width = size.width
        let plot = plot
        let rowHeight = rowHeight
        nodes = header.nodes + legend.nodes + [
            .svg("g", ["class": "zebra"], labels.indices.filter { $0 % 2 == 1 }.map { index in
                ChartShape.rect(x: 16, y: plot.top + Double(index) * rowHeight, width: size.width - 32, height: rowHeight, fill: "#F4F4F4")
            }),
            AxisDrawing.verticalGrid(scale, plot: plot),
        ]
    }

    /// The vertical centre of row `index`.
    func centre(_ index: Int) -> Double { plot.top + (Double(index) + 0.5) * rowHeight }

    /// Row `index`: its label, `marks`, and its values text, grouped (with the full label as a
    /// tooltip when the drawn one was shortened).
    func row(_ index: Int, bold: Bool, marks: [MarkupNode]) -> MarkupNode {
        let y = centre(index)
        let baseline = ChartText.centredBaseline(y, size: ChartText.tickSize)
        let parts = [ChartText.node(labels[index], x: plot.left - 12, y: baseline, anchor: "end", bold: bold)] + marks
            + [ChartText.node(values[index], x: width - 16, y: baseline, anchor: "end", colour: ChartPalette.mutedInk)]
        return labels[index] == fullLabels[index] ? .svg("g", [:], parts) : ChartShape.withTooltip(fullLabels[index], parts)
    }
}
