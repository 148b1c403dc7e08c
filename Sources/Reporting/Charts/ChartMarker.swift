/// Point-marker shapes, so series and kinds of point differ by shape as well as colour.
public enum ChartMarker: Sendable, CaseIterable, Equatable {
    case circle, square, triangle, diamond, triangleDown, plus, cross

    /// The marker centred on (`x`, `y`), `radius` pixels from centre to edge (shapes are scaled
    /// to look equally heavy). Filled shapes get a white edge so overlapping markers stay
    /// separate; `hollow` draws the outline only (white inside). `plus` and `cross` are strokes.
    public func node(x: Double, y: Double, radius r: Double, colour: ChartColour, hollow: Bool = false) -> MarkupNode {
        let fill = hollow ? ChartColour.white.hex : colour.hex
        let edge = hollow ? colour.hex : ChartColour.white.hex
        let edgeWidth = hollow ? 1.6 : 1.0
        func polygon(_ points: [(Double, Double)]) -> MarkupNode {
            let d = points.enumerated().map { index, point in
                (index == 0 ? "M" : "L") + "\(point.0.markupCoordinate) \(point.1.markupCoordinate)"
            }.joined() + "Z"
            return .svg("path", ["d": d, "fill": fill, "stroke": edge, "stroke-width": edgeWidth])
        }
        switch self {
        case .circle:
            return .svg("circle", ["cx": x, "cy": y, "r": r, "fill": fill, "stroke": edge, "stroke-width": edgeWidth])
        case .square:
            let half = r * 0.88
            return .svg("rect", ["x": x - half, "y": y - half, "width": 2 * half, "height": 2 * half,
                                 "fill": fill, "stroke": edge, "stroke-width": edgeWidth])
        case .triangle:
            return polygon([(x, y - r * 1.15), (x + r * 1.05, y + r * 0.75), (x - r * 1.05, y + r * 0.75)])
        case .triangleDown:
            return polygon([(x, y + r * 1.15), (x + r * 1.05, y - r * 0.75), (x - r * 1.05, y - r * 0.75)])
        case .diamond:
            return polygon([(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)])
        case .plus:
            let arm = r * 1.1
            return .svg("path", ["d": "M\((x - arm).markupCoordinate) \(y.markupCoordinate)H\((x + arm).markupCoordinate)"
                                    + "M\(x.markupCoordinate) \((y - arm).markupCoordinate)V\((y + arm).markupCoordinate)",
                                 "stroke": colour.hex, "stroke-width": 2.2, "fill": "none"])
        case .cross:
            let arm = r * 0.85
            return .svg("path", ["d": "M\((x - arm).markupCoordinate) \((y - arm).markupCoordinate)L\((x + arm).markupCoordinate) \((y + arm).markupCoordinate)"
                                    + "M\((x - arm).markupCoordinate) \((y + arm).markupCoordinate)L\((x + arm).markupCoordinate) \((y - arm).markupCoordinate)",
                                 "stroke": colour.hex, "stroke-width": 2.2, "fill": "none"])
        }
    }
}

extension Double {
    /// The coordinate as written in SVG path data (two decimals at most, no trailing zeros).
    var markupCoordinate: String { NumberText.format(self, places: 2) }
}
