/// One row per label (strategy, forecaster): a dot at the estimate and a whisker over its
/// interval, on a shared horizontal axis, with an optional reference line (0 for differences
/// from a baseline) — the comparison chart of means with 95% intervals.
///
/// Rows are drawn in the order given, top to bottom; emphasised rows (the baseline) get a bold
/// label and a diamond instead of a dot. The estimate and interval are also printed to the
/// right of the plot.
public struct DotIntervalChart: SVGChart {
    public var title: String
    public var subtitle: String?
    /// Prepended to the generated text alternative.
    public var description: String?
    /// The horizontal value axis (a linear axis: its title and unit).
    public var axis: ChartAxis
    public var rows: [Row]
    /// A vertical line at `value` with a label ("baseline"), or nil.
    public var reference: Reference?
    /// What the dot and the whisker mean, for the legend ("mean", "95% interval").
    public var estimateName: String
    public var intervalName: String
    /// What an emphasised row is, for the legend ("baseline").
    public var emphasisName: String
    /// Decimals of the printed estimates and bounds.
    public var decimals: Int
    public var size: ChartSize

    /// - Parameter size: nil sizes the chart to its rows (720 wide, 28 px a row).
    public init(title: String, subtitle: String? = nil, description: String? = nil, axis: ChartAxis, rows: [Row],
                reference: Reference? = nil, estimateName: String = "mean", intervalName: String = "95% interval",
                emphasisName: String = "baseline", decimals: Int = 0, size: ChartSize? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.axis = axis
        self.rows = rows
        self.reference = reference
        self.estimateName = estimateName
        self.intervalName = intervalName
        self.emphasisName = emphasisName
        self.decimals = decimals
        let header = subtitle == nil ? 34.0 : 52.0
        self.size = size ?? ChartSize(width: 720, height: header + 34 + Double(max(rows.count, 1)) * Self.rowHeight + AxisDrawing.horizontalAxisHeight + 8)
    }

    /// A labelled estimate with its interval (nil when not available, e.g. one replication).
    public struct Row: Sendable {
        public var label: String
        public var estimate: Double
        public var interval: ClosedRange<Double>?
        public var emphasised: Bool

        public init(label: String, estimate: Double, interval: ClosedRange<Double>? = nil, emphasised: Bool = false) {
            self.label = label
            self.estimate = estimate
            self.interval = interval
            self.emphasised = emphasised
        }
    }

    /// A vertical reference line.
    public struct Reference: Sendable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    static let rowHeight = 28.0
}
