/// Grid lines, tick labels and axis titles around a plot area.
enum AxisDrawing {
    /// Horizontal grid lines at the value axis's ticks with their labels to the left of the
    /// plot, a stronger line at zero when zero is inside the range, and the axis title rotated
    /// along the left edge at `titleX`.
    static func valueAxis(_ scale: AxisScale, plot: PlotArea, title: String, titleX: Double) -> [MarkupNode] {
        var grid: [MarkupNode] = []
        var labels: [MarkupNode] = []
        for tick in scale.ticks {
            let y = scale.position(tick.value)
            let isZero = tick.value == 0 && scale.lower < 0
            grid.append(ChartShape.line(x1: plot.left, y1: y, x2: plot.right, y2: y,
                                        colour: isZero ? ChartPalette.mutedInk : ChartPalette.grid, width: 1))
            labels.append(ChartText.node(tick.label, x: plot.left - 8, y: ChartText.centredBaseline(y, size: ChartText.tickSize),
                                         anchor: "end", colour: ChartPalette.mutedInk))
        }
        let middle = plot.top + plot.height / 2
        let shown = TextWidth.truncated(title, toWidth: plot.height, fontSize: ChartText.axisTitleSize)
        let titleNode = ChartText.node(shown, x: titleX, y: middle, size: ChartText.axisTitleSize, anchor: "middle", rotation: -90)
        return [.svg("g", ["class": "grid"], grid), .svg("g", ["class": "axis-y"], labels + [titleNode])]
    }

    /// Vertical grid lines at a horizontal value axis's ticks (scatter and interval charts).
    static func verticalGrid(_ scale: AxisScale, plot: PlotArea) -> MarkupNode {
        .svg("g", ["class": "grid"], scale.ticks.map { tick in
            let x = scale.position(tick.value)
            return ChartShape.line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, colour: ChartPalette.grid)
        })
    }

    /// The x axis: a base line along the bottom of the plot, tick marks and labels below it, and
    /// the title centred under the labels.
    static func horizontalAxis(_ scale: AxisScale, plot: PlotArea, title: String) -> MarkupNode {
        var nodes = [ChartShape.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, colour: ChartPalette.ink)]
        for tick in scale.ticks {
            let x = scale.position(tick.value)
            nodes.append(ChartShape.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 5, colour: ChartPalette.ink))
            nodes.append(ChartText.node(tick.label, x: x, y: plot.bottom + 18, anchor: "middle", colour: ChartPalette.mutedInk))
        }
        let shown = TextWidth.truncated(title, toWidth: plot.width, fontSize: ChartText.axisTitleSize)
        nodes.append(ChartText.node(shown, x: plot.left + plot.width / 2, y: plot.bottom + 38, size: ChartText.axisTitleSize,
                                    anchor: "middle"))
        return .svg("g", ["class": "axis-x"], nodes)
    }

    /// The most ticks a vertical value axis of `height` pixels gets: one per 36 px, at least 3.
    static func valueTicks(_ height: Double) -> Int {
        max(3, Int(height / 36) + 1)
    }

    /// Room below the plot for the x tick labels and title.
    static let horizontalAxisHeight = 48.0

    /// The left margin a value axis needs: its widest label, a gap, and the rotated title.
    static func valueAxisWidth(_ scale: AxisScale) -> Double {
        scale.widestLabel(fontSize: ChartText.tickSize) + 8 + 30
    }
}
