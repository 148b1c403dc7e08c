/// A chart's size in CSS pixels. The SVG gets this as `width`/`height` and as its `viewBox`,
/// so it scales down cleanly when a page is narrower (`max-width: 100%`).
public struct ChartSize: Sendable, Equatable {
    public var width: Double
    public var height: Double

    /// Clamped to at least 240 × 160, below which no chart is legible.
    public init(width: Double, height: Double) {
        self.width = max(width, 240).rounded()
        self.height = max(height, 160).rounded()
    }

    /// 720 × 360: a full-width chart in a report column.
    public static let standard = ChartSize(width: 720, height: 360)
}

/// The rectangle inside the axes where data is drawn, in pixels from the chart's top left.
struct PlotArea: Sendable {
    var left: Double
    var top: Double
    var width: Double
    var height: Double

    var right: Double { left + width }
    var bottom: Double { top + height }
}
