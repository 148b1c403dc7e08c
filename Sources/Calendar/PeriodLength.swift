/// The length of one simulation period.
///
/// Days and weeks have a fixed number of days; months and quarters are calendar months and
/// calendar quarters, 28–31 and 90–92 days long. Map periods to dates with ``PeriodCalendar``
/// (which knows each period's own days); convert a count of days into periods where no period
/// is at hand (a lead time) with ``meanDays``.
public enum PeriodLength: String, Sendable, Hashable, Codable, CaseIterable {
    case day
    case week
    case month
    case quarter

    /// Days in a day or week period: 1 or 7; nil for months and quarters, which have no fixed
    /// length (use ``PeriodCalendar/days(in:)`` or ``meanDays``).
    public var fixedDays: Int? {
        switch self {
        case .day: 1
        case .week: 7
        case .month, .quarter: nil
        }
    }

    /// Calendar months per period: 1 for a month, 3 for a quarter; nil for days and weeks.
    public var months: Int? {
        switch self {
        case .day, .week: nil
        case .month: 1
        case .quarter: 3
        }
    }

    /// The mean number of days per period, for converting day counts that belong to no
    /// particular period (a lead time): 1, 7, 365.25/12 = 30.4375 for a month and
    /// 365.25/4 = 91.3125 for a quarter (the Julian mean year).
    public var meanDays: Double {
        switch self {
        case .day: 1
        case .week: 7
        case .month: 365.25 / 12
        case .quarter: 365.25 / 4
        }
    }

    /// Periods per year, the yearly seasonal cycle in periods: 365 days (as `holding_rate`
    /// counts them), 52 weeks, 12 months, 4 quarters.
    public var perYear: Int {
        switch self {
        case .day: 365
        case .week: 52
        case .month: 12
        case .quarter: 4
        }
    }

    /// The date `count` periods after `date` (before it when negative). Months and quarters
    /// keep the day of the month, clamped to the month's last day (Jan 31 + 1 month = Feb 28
    /// or 29).
    public func advance(_ date: CalendarDate, by count: Int) -> CalendarDate {
        if let days = fixedDays { return date.adding(days: count * days) }
        return date.adding(months: count * (months ?? 1))
    }

    /// Whether a calendar of this length may start on `date`: any day for days and weeks,
    /// the 1st of a month for months, Jan 1, Apr 1, Jul 1 or Oct 1 for quarters.
    public func canStart(on date: CalendarDate) -> Bool {
        guard let months else { return true }
        let (_, month, day) = date.components
        return day == 1 && (month - 1) % months == 0
    }
}
