/// A grid of values over two varied parameters (rows × columns), coloured on the viridis ramp
/// with a colour-scale legend, and each value printed in its cell when it fits.
///
/// Row 0 is drawn at the top. Missing values (nil or non-finite) are grey cells marked "n/a".
/// The ramp spans the smallest to the largest value; `reversed` puts the bright end at the
/// smallest (when smaller is better, say cost, so that "good" reads the same across charts).
public struct Heatmap: SVGChart {
    public var title: String
    public var subtitle: String?
    /// Prepended to the generated text alternative.
    public var description: String?
    /// The parameter along the columns (title and unit) and its values as labels.
    public var columnAxis: ChartAxis
    public var columns: [String]
    /// The parameter along the rows (title and unit) and its values as labels.
    public var rowAxis: ChartAxis
    public var rows: [String]
    /// `values[row][column]`; missing or short rows count as missing values.
    public var values: [[Double?]]
    /// What the colour shows ("profit") and its unit.
    public var valueTitle: String
    public var valueUnit: String?
    /// Decimals of the printed values; nil for a format shared by all cells with about three
    /// significant figures on the largest (``ChartNumber/commonFormat(_:)``).
    public var decimals: Int?
    public var reversed: Bool
    public var size: ChartSize

    /// - Parameter size: nil sizes the chart to the grid (720 wide, 34 px a row).
    public init(title: String, subtitle: String? = nil, description: String? = nil, columnAxis: ChartAxis, columns: [String],
                rowAxis: ChartAxis, rows: [String], values: [[Double?]], valueTitle: String, valueUnit: String? = nil,
                decimals: Int? = nil, reversed: Bool = false, size: ChartSize? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.columnAxis = columnAxis
        self.columns = columns
        self.rowAxis = rowAxis
        self.rows = rows
        self.values = values
        self.valueTitle = valueTitle
        self.valueUnit = valueUnit
        self.decimals = decimals
        self.reversed = reversed
        let header = subtitle == nil ? 34.0 : 52.0
        self.size = size ?? ChartSize(width: 720, height: header + 16 + Double(max(rows.count, 1)) * 34 + AxisDrawing.horizontalAxisHeight + 24)
    }

    /// The value at (`row`, `column`), nil when missing or not finite.
    func value(_ row: Int, _ column: Int) -> Double? {
        guard row < values.count, column < values[row].count, let value = values[row][column], value.isFinite else { return nil }
        return value
    }

    /// How values are printed: with `decimals`, or in one format shared by all cells.
    var format: @Sendable (Double) -> String {
        if let decimals { return { ChartNumber.grouped($0, decimals: decimals) } }
        return ChartNumber.commonFormat(values.flatMap { $0.compactMap { $0 } })
    }

    /// "title (unit)" of the values.
    var valueFullTitle: String {
        ChartAxis.linear(valueTitle, unit: valueUnit).fullTitle
    }
}
