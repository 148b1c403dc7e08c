/// Vertical event markers of a line chart and their labels, set in rows above the plot so that
/// no two labels overlap and none covers the data.
enum EventLabels {
    static let rowHeight = 13.0
    static let colour = ChartColour(0x444444)
    static let maximumLabelWidth = 150.0

    /// The dash of the `index`-th kind of event.
    static func dash(_ index: Int) -> String {
        ["5 3", "1.5 2.5", "8 3 2 3", "3 3"][index % 4]
    }

    /// Where an event's label goes: its row (0 at the top), and whether it ends at the marker
    /// (when it would run past the plot's right edge) rather than starting there.
    struct Placement {
        var event: Int
        var row: Int
        var text: String
        var endsAtMarker: Bool
    }

    /// Labels placed greedily from left to right, each in the first row where it clears the
    /// previous label by 6 px; events outside `left…right` and labels with no free row among
    /// `maxRows` are left out. `rows` is the number of rows used.
    static func place(_ events: [LineChart.Event], scale: AxisScale, left: Double, right: Double,
                      maxRows: Int) -> (labels: [Placement], rows: Int) {
        var rowEnds: [Double] = Array(repeating: -.infinity, count: max(maxRows, 0))
        var placements: [Placement] = []
        let order = events.indices.filter { events[$0].x.isFinite }.sorted { (events[$0].x, $0) < (events[$1].x, $1) }
        for index in order {
            let x = scale.position(events[index].x)
            guard x >= left - 0.5 && x <= right + 0.5 else { continue }
            let text = TextWidth.truncated(events[index].label, toWidth: maximumLabelWidth, fontSize: ChartText.annotationSize)
            let width = TextWidth.of(text, fontSize: ChartText.annotationSize)
            let endsAtMarker = x + 3 + width > right
            let start = endsAtMarker ? x - 3 - width : x + 3
            guard let row = rowEnds.firstIndex(where: { $0 + 6 <= start }) else { continue }
            rowEnds[row] = start + width
            placements.append(Placement(event: index, row: row, text: text, endsAtMarker: endsAtMarker))
        }
        return (placements, (placements.map(\.row).max() ?? -1) + 1)
    }

    /// The marker lines (from the label's row down to the bottom of the plot; each with its full
    /// label as a tooltip) and the labels.
    static func draw(_ events: [LineChart.Event], placed: [Placement], kinds: [String], scale: AxisScale, stripTop: Double,
                     plot: PlotArea) -> MarkupNode {
        var nodes: [MarkupNode] = []
        for (index, event) in events.enumerated() where event.x.isFinite {
            let x = scale.position(event.x)
            guard x >= plot.left - 0.5 && x <= plot.right + 0.5 else { continue }
            let placement = placed.first { $0.event == index }
            let top = placement.map { stripTop + Double($0.row) * rowHeight + 2 } ?? plot.top
            let kind = kinds.firstIndex(of: event.kind) ?? 0
            var parts = [ChartShape.line(x1: x, y1: top, x2: x, y2: plot.bottom, colour: colour, width: 1.2, dash: dash(kind))]
            if let placement {
                let baseline = stripTop + Double(placement.row + 1) * rowHeight - 3
                parts.append(ChartText.node(placement.text, x: placement.endsAtMarker ? x - 3 : x + 3, y: baseline,
                                            size: ChartText.annotationSize, anchor: placement.endsAtMarker ? "end" : "start",
                                            colour: colour, halo: true))
            }
            nodes.append(ChartShape.withTooltip("\(event.kind): \(event.label)", parts))
        }
        return .svg("g", ["class": "events"], nodes)
    }
}
