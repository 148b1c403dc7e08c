/// A legend: entries laid out left to right below the chart's title, wrapping onto new rows.
struct ChartLegend {
    /// What an entry shows before its label.
    enum Symbol {
        /// A line in the series' colour, dash and width (px), with its marker when the series
        /// shows markers.
        case line(SeriesStyle, width: Double, withMarker: Bool)
        /// A translucent area (an interval band).
        case area(ChartColour, opacity: Double)
        /// A filled square: a solid colour or a hatch (`fill` is a colour or `url(#id)`).
        case swatch(fill: String, edge: ChartColour?)
        /// A point marker.
        case marker(ChartMarker, ChartColour, hollow: Bool)
        /// A short vertical rule (event markers, reference lines).
        case rule(ChartColour, dash: String?)
        /// A dot with a whisker (an estimate and its interval).
        case whisker(ChartMarker, ChartColour)
    }

    struct Entry {
        var label: String
        var symbol: Symbol
    }

    var entries: [Entry]

    static let rowHeight = 20.0
    static let symbolWidth = 24.0
    static let maximumLabelWidth = 240.0

    /// The legend laid out between `left` and `right` from `top`: its nodes and its height (0
    /// without entries).
    func layout(left: Double, right: Double, top: Double) -> (nodes: [MarkupNode], height: Double) {
        guard !entries.isEmpty else { return ([], 0) }
        var nodes: [MarkupNode] = []
        var x = left
        var row = 0
        for entry in entries {
            let label = TextWidth.truncated(entry.label, toWidth: Self.maximumLabelWidth, fontSize: ChartText.legendSize)
            let width = Self.symbolWidth + 6 + TextWidth.of(label, fontSize: ChartText.legendSize)
            if x > left && x + width > right {
                row += 1
                x = left
            }
            let middle = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
            var parts = Self.symbol(entry.symbol, x: x, y: middle)
            parts.append(ChartText.node(label, x: x + Self.symbolWidth + 6, y: ChartText.centredBaseline(middle, size: ChartText.legendSize),
                                        size: ChartText.legendSize))
            nodes.append(label == entry.label ? .svg("g", [:], parts) : ChartShape.withTooltip(entry.label, parts))
            x += width + 18
        }
        return ([.svg("g", ["class": "legend"], nodes)], Double(row + 1) * Self.rowHeight)
    }

    /// The symbol drawn in the 24 px slot starting at `x`, centred on `y`.
    static func symbol(_ symbol: Symbol, x: Double, y: Double) -> [MarkupNode] {
        let centre = x + symbolWidth / 2
        switch symbol {
        case let .line(style, width, withMarker):
            var nodes = [ChartShape.line(x1: x, y1: y, x2: x + symbolWidth, y2: y, colour: style.colour, width: width + 0.5, dash: style.dash)]
            if withMarker { nodes.append(style.marker.node(x: centre, y: y, radius: 3.5, colour: style.colour)) }
            return nodes
        case let .area(colour, opacity):
            return [ChartShape.rect(x: x, y: y - 6, width: symbolWidth, height: 12, fill: colour.hex, opacity: opacity)]
        case let .swatch(fill, edge):
            return [ChartShape.rect(x: x + 5, y: y - 7, width: 14, height: 14, fill: fill, stroke: edge)]
        case let .marker(marker, colour, hollow):
            return [marker.node(x: centre, y: y, radius: 4.5, colour: colour, hollow: hollow)]
        case let .rule(colour, dash):
            return [ChartShape.line(x1: centre, y1: y - 8, x2: centre, y2: y + 8, colour: colour, width: 1.5, dash: dash)]
        case let .whisker(marker, colour):
            return [ChartShape.line(x1: x + 1, y1: y, x2: x + symbolWidth - 1, y2: y, colour: colour, width: 1.6),
                    ChartShape.line(x1: x + 1, y1: y - 4, x2: x + 1, y2: y + 4, colour: colour, width: 1.6),
                    ChartShape.line(x1: x + symbolWidth - 1, y1: y - 4, x2: x + symbolWidth - 1, y2: y + 4, colour: colour, width: 1.6),
                    marker.node(x: centre, y: y, radius: 4.5, colour: colour)]
        }
    }
}
