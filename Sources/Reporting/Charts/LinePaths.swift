/// SVG path data for series and bands.
enum LinePaths {
    /// The fill opacity of interval bands.
    static let bandOpacity = 0.2

    /// The stroke width of lines, and of dense lines (more points than a third of the plot's
    /// pixel columns), which are drawn thinner and solid: dashes on a line that turns every
    /// few pixels read as noise, and a thin line lets the smoother series over it show.
    static let width = 2.0
    static let denseWidth = 1.25

    /// A line through `points`, broken at non-finite values; straight or step-after.
    static func line(_ points: [ChartPoint], interpolation: LineChart.Interpolation, x: AxisScale, y: AxisScale,
                     style: SeriesStyle, width: Double = LinePaths.width) -> MarkupNode {
        var d = ""
        var drawing = false
        for point in points {
            guard point.x.isFinite && point.y.isFinite else {
                drawing = false
                continue
            }
            let px = x.position(point.x).markupCoordinate
            let py = y.position(point.y).markupCoordinate
            if !drawing {
                d += "M\(px) \(py)"
                drawing = true
            } else if interpolation == .step {
                d += "H\(px)V\(py)"
            } else {
                d += "L\(px) \(py)"
            }
        }
        return .svg("path", ["d": d.isEmpty ? "M0 0" : d, "fill": "none", "stroke": style.colour.hex, "stroke-width": width,
                             "stroke-dasharray": style.dash, "stroke-linejoin": "round", "stroke-linecap": "round"])
    }

    /// A translucent area between the bounds of `points`, one closed shape per run of finite
    /// points (upper bound left to right, lower bound back).
    static func band(_ points: [BandPoint], x: AxisScale, y: AxisScale, colour: ChartColour) -> MarkupNode {
        var runs: [[BandPoint]] = [[]]
        for point in points {
            if point.x.isFinite && point.lower.isFinite && point.upper.isFinite {
                runs[runs.count - 1].append(point)
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        var d = ""
        for run in runs where !run.isEmpty {
            for (index, point) in run.enumerated() {
                d += (index == 0 ? "M" : "L") + "\(x.position(point.x).markupCoordinate) \(y.position(point.upper).markupCoordinate)"
            }
            for point in run.reversed() {
                d += "L\(x.position(point.x).markupCoordinate) \(y.position(point.lower).markupCoordinate)"
            }
            d += "Z"
        }
        return .svg("path", ["d": d.isEmpty ? "M0 0" : d, "fill": colour.hex, "fill-opacity": bandOpacity, "stroke": "none"])
    }
}
