/// One row per label (strategy): the spread of a figure over replications on a shared
/// horizontal axis — a thin line from the minimum to the maximum, a box over the middle half
/// (25th to 75th percentile), a tick at the median, a dot at every 5% step, so that a gap in
/// the dots shows a bimodal result, and the 5th percentile (the downside) marked apart.
///
/// Rows are drawn in the order given, top to bottom; an emphasised row (the recommendation) gets
/// a bold label. The 5th percentile and the median are printed to the right of the plot.
public struct QuantileStripChart: SVGChart {
    public var title: String
    public var subtitle: String?
    /// Prepended to the generated text alternative.
    public var description: String?
    /// The horizontal value axis (a linear axis: its title and unit).
    public var axis: ChartAxis
    public var rows: [Row]
    /// What an emphasised row is, for the text alternative ("recommended").
    public var emphasisName: String
    public var size: ChartSize

    /// - Parameter size: nil sizes the chart to its rows (720 wide, 30 px a row).
    public init(title: String, subtitle: String? = nil, description: String? = nil, axis: ChartAxis, rows: [Row],
                emphasisName: String = "recommended", size: ChartSize? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.axis = axis
        self.rows = rows
        self.emphasisName = emphasisName
        let header = subtitle == nil ? 34.0 : 52.0
        self.size = size ?? ChartSize(width: 720, height: header + 54 + Double(max(rows.count, 1)) * Self.rowHeight
                                      + AxisDrawing.horizontalAxisHeight + 8)
    }

    /// A label and its quantiles at probabilities 0, 0.05, …, 1 (21 values; rows with fewer
    /// are drawn as a plain dot at each value given).
    public struct Row: Sendable {
        public var label: String
        public var quantiles: [Double]
        public var emphasised: Bool

        public init(label: String, quantiles: [Double], emphasised: Bool = false) {
            self.label = label
            self.quantiles = quantiles
            self.emphasised = emphasised
        }

        /// The value at step `index` of 0…20 (probability index/20), nil when not given.
        func at(_ index: Int) -> Double? {
            quantiles.count == 21 && quantiles[index].isFinite ? quantiles[index] : nil
        }
    }

    static let rowHeight = 30.0
}
