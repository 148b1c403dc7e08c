/// Fitted seasonal multipliers, meant exactly as a scenario's `seasonality:` section means them
/// (`yearly:` January first, `weekly:` Monday first): a day's factor is
/// `yearly[month] × weekly[weekday]`, a period's factor the mean over its days.
///
/// Invariants: `yearly` has 12 finite values ≥ 0 averaging 1; `weekly`, when present, 7 finite
/// values ≥ 0 averaging 1. So the lifecycle carries the level and the profile only the shape.
public struct SeasonalProfile: Sendable, Hashable {
    public var yearly: [Double]
    /// nil: no weekday pattern (weekly, monthly or quarterly data, or too little daily data).
    public var weekly: [Double]?

    public init(yearly: [Double], weekly: [Double]? = nil) {
        self.yearly = yearly
        self.weekly = weekly
    }

    /// No seasonality: every factor is 1.
    public static let flat = SeasonalProfile(yearly: [Double](repeating: 1, count: 12))

    /// Whether every factor is 1.
    public var isFlat: Bool {
        yearly.allSatisfy { $0 == 1 } && (weekly?.allSatisfy { $0 == 1 } ?? true)
    }

    /// The factor of every period of `calendar`: what the lifecycle fit multiplies its baseline
    /// by, and what the simulator computes from the same multipliers.
    public func periodFactors(_ calendar: SeasonalCalendar) -> [Double] {
        calendar.periods == 0 ? [] : (0..<calendar.periods).map { factor(of: $0, in: calendar) }
    }

    /// The factor of period `period` of `calendar`.
    public func factor(of period: Int, in calendar: SeasonalCalendar) -> Double {
        let total = calendar.cells[period].reduce(0.0) { sum, cell in
            sum + Double(cell.days) * yearly[cell.month] * (weekly?[cell.weekday] ?? 1)
        }
        return total / Double(calendar.days[period])
    }
}
