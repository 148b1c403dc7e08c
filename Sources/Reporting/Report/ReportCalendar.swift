import Calendar

/// The calendar of a report: period indices to dates and back to readable labels
/// ("2 Mar", "7 Sep 26"; "Mar 26" for months, "Q1 26" for quarters), and the period axis of
/// its charts.
///
/// Invariant: `periods ≥ 1`; period t covers the days of ``PeriodCalendar``'s period t.
public struct ReportCalendar: Sendable {
    public let start: CalendarDate
    public let periods: Int
    public let length: PeriodLength
    private let calendar: PeriodCalendar

    /// The calendar of `scenario`; nil when its start is not an ISO date or its period
    /// length is not "day", "week", "month" or "quarter".
    public init?(_ scenario: ScenarioOverview) {
        guard let start = CalendarDate(iso: scenario.start), scenario.periods >= 1,
              let length = PeriodLength(rawValue: scenario.periodLength) else { return nil }
        self.start = start
        periods = scenario.periods
        self.length = length
        calendar = PeriodCalendar(start: start, periods: scenario.periods, length: length)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The first day of period `t`.
    public func date(_ t: Int) -> CalendarDate { calendar.firstDay(of: t) }

    /// Whether the horizon ends in the year it starts in (labels then leave the year out).
    var withinOneYear: Bool {
        start.components.year == date(periods - 1).components.year
    }

    /// "2 Mar" within one year, "2 Mar 26" across years; months "Mar" or "Mar 26", quarters
    /// "Q1" or "Q1 26".
    public func label(_ t: Int) -> String {
        let year = date(t).components.year
        let short = shortName(t)
        guard !withinOneYear else { return short }
        let twoDigits = ((year % 100) + 100) % 100
        return short + " " + (twoDigits < 10 ? "0" : "") + String(twoDigits)
    }

    /// "2 Mar 2026", "Mar 2026" for a month, "Q1 2026" for a quarter.
    public func longLabel(_ t: Int) -> String {
        "\(shortName(t)) \(date(t).components.year)"
    }

    /// The period's name within its year: "2 Mar", "Mar" or "Q1".
    private func shortName(_ t: Int) -> String {
        let (_, month, day) = date(t).components
        switch length {
        case .day, .week: return "\(day) \(Self.months[month - 1])"
        case .month: return Self.months[month - 1]
        case .quarter: return "Q\((month - 1) / 3 + 1)"
        }
    }

    /// "day", "week", "month" or "quarter".
    public var unit: String { length.rawValue }

    /// The x axis of a chart over periods: dated ticks at whole weeks (daily periods),
    /// months and quarters (weekly periods), quarters and years (monthly), years (quarterly).
    public var axis: ChartAxis {
        let label: @Sendable (Int) -> String = { [self] in self.label($0) }
        switch length {
        case .day: return .periods("day", steps: [7, 14, 28, 56, 91, 182], label: label)
        case .week: return .periods("week starting", steps: [1, 2, 4, 13, 26, 52], label: label)
        case .month: return .periods("month", steps: [1, 3, 6, 12, 24, 60], label: label)
        case .quarter: return .periods("quarter", steps: [1, 2, 4, 8, 20, 40], label: label)
        }
    }
}
