/// What an axis shows: its title, its unit (printed as "title (unit)") and how its values
/// map to ticks.
public struct ChartAxis: Sendable {
    /// How values are ticked and labelled.
    public enum Scale: Sendable {
        /// Numbers with ticks at 1-2-5 steps; `includesZero` stretches the range to 0 (amounts
        /// and counts, whose bars or lines must not exaggerate differences).
        case linear(includesZero: Bool)
        /// Whole period indices (0, 1, …) labelled by `label` (a date, "week 3"); ticks at the
        /// first of `steps` (in periods, ascending) whose labels do not overlap, or at 1-2-5
        /// steps when `steps` is empty. Use steps like [7, 14, 28, 91] for daily periods.
        case periods(steps: [Int], label: @Sendable (Int) -> String)
    }

    public var title: String
    /// The unit of the values ("units", "EUR", "%"), or nil for a pure number.
    public var unit: String?
    public var scale: Scale

    public init(title: String, unit: String? = nil, scale: Scale) {
        self.title = title
        self.unit = unit
        self.scale = scale
    }

    /// A numeric axis.
    public static func linear(_ title: String, unit: String? = nil, includesZero: Bool = false) -> ChartAxis {
        ChartAxis(title: title, unit: unit, scale: .linear(includesZero: includesZero))
    }

    /// An axis of period indices labelled by `label`.
    public static func periods(_ title: String, unit: String? = nil, steps: [Int] = [],
                               label: @escaping @Sendable (Int) -> String = { String($0) }) -> ChartAxis {
        ChartAxis(title: title, unit: unit, scale: .periods(steps: steps, label: label))
    }

    /// "title (unit)", or the title alone.
    public var fullTitle: String {
        guard let unit, !unit.isEmpty else { return title }
        return "\(title) (\(unit))"
    }

    /// A value as the text alternative reads it: a period's label, or about three figures.
    func describe(_ value: Double) -> String {
        switch scale {
        case .linear: ChartNumber.compact(value)
        case .periods(_, let label): value.isFinite ? label(Int(min(max(value.rounded(), -1e9), 1e9))) : ChartNumber.compact(value)
        }
    }
}
