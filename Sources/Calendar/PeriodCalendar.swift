/// The length of one simulation period.
public enum PeriodLength: String, Sendable, Hashable, Codable, CaseIterable {
    case day
    case week

    /// Days in one period: 1 or 7.
    public var days: Int { self == .day ? 1 : 7 }
}

/// Maps period indices to dates. Period `t` (0-based) covers the days
/// `[start + t·length, start + (t+1)·length)`; the horizon is periods `0..<periods`.
public struct PeriodCalendar: Hashable, Sendable {
    /// First day of period 0.
    public let start: CalendarDate
    /// Number of periods in the horizon (≥ 1).
    public let periods: Int
    public let length: PeriodLength

    public init(start: CalendarDate, periods: Int, length: PeriodLength = .day) {
        precondition(periods >= 1, "a calendar needs at least one period")
        self.start = start
        self.periods = periods
        self.length = length
    }

    /// First day of period `t`.
    public func firstDay(of period: Int) -> CalendarDate {
        start.adding(days: period * length.days)
    }

    /// The first day after the horizon.
    public var end: CalendarDate { firstDay(of: periods) }

    /// The period containing `date`; may lie outside `0..<periods`.
    public func period(containing date: CalendarDate) -> Int {
        let offset = start.days(to: date)
        return offset >= 0 ? offset / length.days : -((-offset + length.days - 1) / length.days)
    }

    /// Whether `date` falls inside the horizon.
    public func contains(_ date: CalendarDate) -> Bool {
        date >= start && date < end
    }

    /// Share of period `t`'s days that fall in the day range `[from, until)`: 0, 1, or a
    /// fraction when a weekly period is only partly covered.
    public func coverage(of period: Int, from: CalendarDate, until: CalendarDate) -> Double {
        let first = firstDay(of: period).dayNumber
        let last = first + length.days
        let overlap = min(last, until.dayNumber) - max(first, from.dayNumber)
        return overlap <= 0 ? 0 : Double(overlap) / Double(length.days)
    }

    /// The periods that `[from, until)` touches, clamped to the horizon; empty when none.
    public func periods(touching from: CalendarDate, until: CalendarDate) -> Range<Int> {
        guard until > from else { return 0..<0 }
        let lower = max(0, period(containing: from))
        let upper = min(periods, period(containing: until.adding(days: -1)) + 1)
        return lower < upper ? lower..<upper : 0..<0
    }
}
