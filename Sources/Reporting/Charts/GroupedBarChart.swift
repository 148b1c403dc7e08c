/// Vertical bars in groups: one group per category (lifecycle phase), one bar per series
/// (forecaster) in each — accuracy by forecaster and by phase. Optional error bars.
///
/// Bars start at zero (the value axis always includes it) and differ by hatch as well as by
/// colour; a bar's value is printed above it when it fits and the bar has no error bar.
public struct GroupedBarChart: SVGChart {
    public var title: String
    public var subtitle: String?
    /// Prepended to the generated text alternative.
    public var description: String?
    /// What the categories are ("lifecycle phase").
    public var categoryTitle: String
    public var categories: [String]
    /// The value axis (title and unit; it always includes zero).
    public var valueAxis: ChartAxis
    public var series: [Series]
    /// Decimals of printed values; nil for a format shared by all bars with about three
    /// significant figures on the largest.
    public var decimals: Int?
    public var size: ChartSize

    public init(title: String, subtitle: String? = nil, description: String? = nil, categoryTitle: String, categories: [String],
                valueAxis: ChartAxis, series: [Series], decimals: Int? = nil, size: ChartSize = .standard) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.categoryTitle = categoryTitle
        self.categories = categories
        self.valueAxis = valueAxis
        self.series = series
        self.decimals = decimals
        self.size = size
    }

    /// One bar per category; `values[i]` belongs to `categories[i]` (nil or missing: no bar).
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]
        /// An error bar per category, or none (empty, or nil entries).
        public var intervals: [ClosedRange<Double>?]
        /// Index into ``ChartPalette/style(_:)``; nil for the series' position.
        public var style: Int?

        public init(name: String, values: [Double?], intervals: [ClosedRange<Double>?] = [], style: Int? = nil) {
            self.name = name
            self.values = values
            self.intervals = intervals
            self.style = style
        }

        func value(_ category: Int) -> Double? {
            guard category < values.count, let value = values[category], value.isFinite else { return nil }
            return value
        }

        func interval(_ category: Int) -> ClosedRange<Double>? {
            guard category < intervals.count, let interval = intervals[category],
                  interval.lowerBound.isFinite, interval.upperBound.isFinite else { return nil }
            return interval
        }
    }

    /// How values are printed: with `decimals`, or in one format shared by all bars.
    var format: @Sendable (Double) -> String {
        if let decimals { return { ChartNumber.grouped($0, decimals: decimals) } }
        return ChartNumber.commonFormat(series.flatMap { $0.values.compactMap { $0 } + $0.intervals.flatMap { [$0?.lowerBound, $0?.upperBound].compactMap { $0 } } })
    }
}
