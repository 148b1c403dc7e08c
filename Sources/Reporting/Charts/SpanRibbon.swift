/// Background spans of a line chart (lifecycle phases): a light tint behind the data, and a
/// ribbon of stronger tints just above the plot naming each span where its name fits.
enum SpanRibbon {
    static let height = 16.0

    /// Distinct span labels in order of first appearance (their tint index).
    static func labels(_ spans: [LineChart.Span]) -> [String] {
        var seen: [String] = []
        for span in spans where !seen.contains(span.label) { seen.append(span.label) }
        return seen
    }

    /// The span's pixel extent, clipped to the plot; nil when outside it or not finite.
    static func extent(_ span: LineChart.Span, scale: AxisScale, plot: PlotArea) -> (left: Double, right: Double)? {
        guard span.start.isFinite && span.end.isFinite else { return nil }
        let a = scale.clampedPosition(min(span.start, span.end))
        let b = scale.clampedPosition(max(span.start, span.end))
        return b > a ? (a, b) : nil
    }

    /// The labels every span of which is named on the ribbon (those need no legend entry).
    static func labelsShown(_ spans: [LineChart.Span], scale: AxisScale, plot: PlotArea) -> Set<String> {
        var shown = Set(labels(spans))
        for span in spans where !fits(span, scale: scale, plot: plot) { shown.remove(span.label) }
        return shown
    }

    /// Whether the span's label fits inside its ribbon segment.
    static func fits(_ span: LineChart.Span, scale: AxisScale, plot: PlotArea) -> Bool {
        guard let extent = extent(span, scale: scale, plot: plot) else { return true }
        return TextWidth.of(span.label, fontSize: ChartText.annotationSize) + 6 <= extent.right - extent.left
    }

    static func backgrounds(_ spans: [LineChart.Span], scale: AxisScale, plot: PlotArea) -> [MarkupNode] {
        let labels = labels(spans)
        return spans.compactMap { span in
            guard let extent = extent(span, scale: scale, plot: plot), let tint = labels.firstIndex(of: span.label) else { return nil }
            return ChartShape.rect(x: extent.left, y: plot.top, width: extent.right - extent.left, height: plot.height,
                                   fill: ChartPalette.spanTint(tint).hex, opacity: 0.6)
        }
    }

    static func ribbon(_ spans: [LineChart.Span], scale: AxisScale, plot: PlotArea, top: Double) -> MarkupNode {
        let labels = labels(spans)
        var nodes: [MarkupNode] = []
        for span in spans {
            guard let extent = extent(span, scale: scale, plot: plot), let tint = labels.firstIndex(of: span.label) else { continue }
            let width = extent.right - extent.left
            var parts = [ChartShape.rect(x: extent.left, y: top, width: width, height: height,
                                         fill: ChartPalette.spanTint(tint).hex, stroke: ChartColour.white)]
            if fits(span, scale: scale, plot: plot) {
                parts.append(ChartText.node(span.label, x: extent.left + width / 2, y: ChartText.centredBaseline(top + height / 2, size: ChartText.annotationSize),
                                            size: ChartText.annotationSize, anchor: "middle", colour: ChartPalette.ink))
            }
            nodes.append(ChartShape.withTooltip(span.label, parts))
        }
        return .svg("g", ["class": "span-ribbon"], nodes)
    }
}
