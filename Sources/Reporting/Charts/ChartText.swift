/// Text elements of charts: titles, tick labels, annotations. Positions are the text's
/// baseline; `anchor` is SVG's `text-anchor` ("start", "middle", "end").
enum ChartText {
    static let titleSize = 16.0
    static let subtitleSize = 12.0
    static let axisTitleSize = 12.0
    static let tickSize = 11.0
    static let legendSize = 12.0
    static let annotationSize = 10.0

    /// A text element; `halo` draws a white outline behind the glyphs, for labels over data.
    static func node(_ text: String, x: Double, y: Double, size: Double = tickSize, anchor: String = "start",
                     colour: ChartColour = ChartPalette.ink, bold: Bool = false, rotation: Double? = nil,
                     halo: Bool = false) -> MarkupNode {
        .svg("text", [
            "x": x, "y": y, "font-size": size, "text-anchor": anchor == "start" ? nil : anchor,
            "fill": colour.hex, "font-weight": bold ? "bold" : nil,
            "transform": rotation.map { "rotate(\($0.markupCoordinate) \(x.markupCoordinate) \(y.markupCoordinate))" },
            "stroke": halo ? "#FFFFFF" : nil, "stroke-width": halo ? 3.0 : nil, "paint-order": halo ? "stroke" : nil,
            "stroke-linejoin": halo ? "round" : nil,
        ], [.text(text)])
    }

    /// The baseline that centres text of `size` vertically on `y`.
    static func centredBaseline(_ y: Double, size: Double) -> Double {
        y + size * 0.35
    }

    /// The title and subtitle at the top left; returns the nodes and the y just below them.
    static func header(title: String, subtitle: String?, width: Double) -> (nodes: [MarkupNode], bottom: Double) {
        let shownTitle = TextWidth.truncated(title, toWidth: width - 32, fontSize: titleSize, bold: true)
        var nodes = [node(shownTitle, x: 16, y: 26, size: titleSize, bold: true)]
        var bottom = 34.0
        if let subtitle, !subtitle.isEmpty {
            let shown = TextWidth.truncated(subtitle, toWidth: width - 32, fontSize: subtitleSize)
            nodes.append(node(shown, x: 16, y: 44, size: subtitleSize, colour: ChartPalette.mutedInk))
            bottom = 52
        }
        return (nodes, bottom)
    }
}

/// Lines and rectangles in chart colours.
enum ChartShape {
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: ChartColour, width: Double = 1,
                     dash: String? = nil, opacity: Double? = nil) -> MarkupNode {
        .svg("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": colour.hex, "stroke-width": width,
                      "stroke-dasharray": dash, "stroke-opacity": opacity])
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double? = nil,
                     stroke: ChartColour? = nil) -> MarkupNode {
        .svg("rect", ["x": x, "y": y, "width": max(width, 0), "height": max(height, 0), "fill": fill,
                      "fill-opacity": opacity, "stroke": stroke?.hex, "stroke-width": stroke == nil ? nil : 1.0])
    }

    /// A group with a tooltip (`<title>`), used where a label had to be shortened.
    static func withTooltip(_ tooltip: String, _ children: [MarkupNode]) -> MarkupNode {
        .svg("g", [:], [.svg("title", [:], [.text(tooltip)])] + children)
    }
}
