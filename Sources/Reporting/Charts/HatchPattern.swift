/// Fills for bars that differ without colour: solid, or the series colour crossed by white
/// lines or dots at a fixed angle and spacing.
public enum HatchPattern: Sendable, CaseIterable, Equatable {
    case solid, diagonal, dots, horizontal, crosshatch, vertical, reverseDiagonal, grid

    /// The `fill` value for a shape: the colour itself when solid, else a reference to the
    /// pattern that ``definition(id:colour:)`` defines under `id`.
    public func fill(id: String, colour: ChartColour) -> String {
        self == .solid ? colour.hex : "url(#\(id))"
    }

    /// The `<pattern>` element to put in the chart's `<defs>`, or nil when solid. `id` must be
    /// unique in the page (see ``ChartIdentifier``).
    public func definition(id: String, colour: ChartColour) -> MarkupNode? {
        let size = 7.0
        let strokes: [MarkupNode]
        switch self {
        case .solid:
            return nil
        case .diagonal, .reverseDiagonal, .vertical:
            strokes = [Self.stroke("M3.5 0V7")]
        case .horizontal:
            strokes = [Self.stroke("M0 3.5H7")]
        case .crosshatch, .grid:
            strokes = [Self.stroke("M3.5 0V7M0 3.5H7")]
        case .dots:
            strokes = [.svg("circle", ["cx": 3.5, "cy": 3.5, "r": 1.5, "fill": "#FFFFFF", "fill-opacity": 0.85])]
        }
        let angle: String? = switch self {
        case .diagonal: "rotate(45)"
        case .reverseDiagonal: "rotate(-45)"
        case .crosshatch: "rotate(45)"
        default: nil
        }
        return .svg("pattern", ["id": id, "width": size, "height": size, "patternUnits": "userSpaceOnUse", "patternTransform": angle],
                    [.svg("rect", ["width": size, "height": size, "fill": colour.hex])] + strokes)
    }

    private static func stroke(_ d: String) -> MarkupNode {
        .svg("path", ["d": d, "stroke": "#FFFFFF", "stroke-width": 1.6, "stroke-opacity": 0.85, "fill": "none"])
    }
}
