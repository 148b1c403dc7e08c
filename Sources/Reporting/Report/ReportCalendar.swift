import Calendar

/// The calendar of a report: period indices to dates and back to readable labels
/// ("2 Mar", "7 Sep 26"), and the period axis of its charts.
///
/// Invariant: `periods ≥ 1`; period t covers the days from `start + t·length`.
public struct ReportCalendar: Sendable {
    public let start: CalendarDate
    public let periods: Int
    /// Days per period: 1 or 7.
    public let days: Int

    /// The calendar of `scenario`; nil when its start is not an ISO date or its period
    /// length is not "day" or "week".
    public init?(_ scenario: ScenarioOverview) {
        guard let start = CalendarDate(iso: scenario.start), scenario.periods >= 1,
              let length = PeriodLength(rawValue: scenario.periodLength) else { return nil }
        self.start = start
        periods = scenario.periods
        days = length.days
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The first day of period `t`.
    public func date(_ t: Int) -> CalendarDate { start.adding(days: t * days) }

    /// Whether the horizon ends in the year it starts in (labels then leave the year out).
    var withinOneYear: Bool {
        start.components.year == date(periods - 1).components.year
    }

    /// "2 Mar" within one year, "2 Mar 26" across years.
    public func label(_ t: Int) -> String {
        let (year, month, day) = date(t).components
        let short = "\(day) \(Self.months[month - 1])"
        guard !withinOneYear else { return short }
        let twoDigits = ((year % 100) + 100) % 100
        return short + " " + (twoDigits < 10 ? "0" : "") + String(twoDigits)
    }

    /// "2 Mar 2026".
    public func longLabel(_ t: Int) -> String {
        let (year, month, day) = date(t).components
        return "\(day) \(Self.months[month - 1]) \(year)"
    }

    /// "day" or "week".
    public var unit: String { days == 7 ? "week" : "day" }

    /// The x axis of a chart over periods: dated ticks at whole weeks (daily periods) or
    /// months and quarters (weekly periods).
    public var axis: ChartAxis {
        let label: @Sendable (Int) -> String = { [self] in self.label($0) }
        return days == 7
            ? .periods("week starting", steps: [1, 2, 4, 13, 26, 52], label: label)
            : .periods("day", steps: [7, 14, 28, 56, 91, 182], label: label)
    }
}
