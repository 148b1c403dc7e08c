/// Lines over a shared x axis — expected and realised demand, sales, stock on hand, forecasts
/// — with optional interval bands, shaded background spans (lifecycle phases), vertical event
/// markers (promotions, shocks) and point marks (orders, arrivals).
///
/// Series, bands and marks are drawn in ``ChartPalette/style(_:)`` of their `style` index, so a
/// band and marks can share their series' colour. Series longer than two points per pixel
/// column are thinned with ``SeriesReduction`` (min and max per column) before drawing, so a
/// chart's size is bounded by its width, not by the length of the series.
public struct LineChart: SVGChart {
    public var title: String
    /// A line under the title ("means over 200 replications"), or nil.
    public var subtitle: String?
    /// Prepended to the generated text alternative: what the chart shows and why.
    public var description: String?
    public var xAxis: ChartAxis
    public var yAxis: ChartAxis
    public var series: [Series]
    public var bands: [Band]
    public var spans: [Span]
    public var events: [Event]
    public var marks: [Marks]
    public var size: ChartSize

    public init(title: String, subtitle: String? = nil, description: String? = nil, xAxis: ChartAxis, yAxis: ChartAxis,
                series: [Series], bands: [Band] = [], spans: [Span] = [], events: [Event] = [], marks: [Marks] = [],
                size: ChartSize = .standard) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.bands = bands
        self.spans = spans
        self.events = events
        self.marks = marks
        self.size = size
    }

    /// How consecutive points are joined.
    public enum Interpolation: Sendable {
        /// Straight segments.
        case straight
        /// Step after: a value holds until the next point's x (stock, per-period quantities).
        case step
    }

    /// One line.
    public struct Series: Sendable {
        public var name: String
        /// In x order; NaN y values are gaps.
        public var points: [ChartPoint]
        public var interpolation: Interpolation
        /// Index into ``ChartPalette/style(_:)``; nil for the series' position.
        public var style: Int?
        /// Whether each point gets a marker; nil draws them when there are at most one per 16 px.
        public var showsMarkers: Bool?

        public init(name: String, points: [ChartPoint], interpolation: Interpolation = .straight, style: Int? = nil,
                    showsMarkers: Bool? = nil) {
            self.name = name
            self.points = points
            self.interpolation = interpolation
            self.style = style
            self.showsMarkers = showsMarkers
        }
    }

    /// A translucent area between a lower and an upper bound (a prediction interval).
    public struct Band: Sendable {
        public var name: String
        /// In x order.
        public var points: [BandPoint]
        /// Index into ``ChartPalette/style(_:)``: usually that of the series it surrounds.
        public var style: Int

        public init(name: String, points: [BandPoint], style: Int = 0) {
            self.name = name
            self.points = points
            self.style = style
        }
    }

    /// A shaded background from `start` to `end` (x units) with a label; spans with the same
    /// label share a tint and one legend entry.
    public struct Span: Sendable {
        public var label: String
        public var start: Double
        public var end: Double

        public init(label: String, start: Double, end: Double) {
            self.label = label
            self.start = start
            self.end = end
        }
    }

    /// A vertical marker at `x` with a label; events of the same `kind` ("promotion",
    /// "shock") share a dash pattern and one legend entry.
    public struct Event: Sendable {
        public var x: Double
        public var label: String
        public var kind: String

        public init(x: Double, label: String, kind: String) {
            self.x = x
            self.label = label
            self.kind = kind
        }
    }

    /// Points drawn as markers only (orders placed, shipments arriving).
    public struct Marks: Sendable {
        public var name: String
        public var points: [ChartPoint]
        /// Index into ``ChartPalette/style(_:)`` for the colour.
        public var style: Int
        /// The shape; nil for the style's.
        public var marker: ChartMarker?
        /// Outline only, to tell e.g. arrivals from orders of the same series.
        public var hollow: Bool

        public init(name: String, points: [ChartPoint], style: Int = 0, marker: ChartMarker? = nil, hollow: Bool = false) {
            self.name = name
            self.points = points
            self.style = style
            self.marker = marker
            self.hollow = hollow
        }
    }
}
