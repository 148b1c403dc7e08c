import Calendar

/// Where each period's days fall in the year, for the seasonal fitters: per period of a history
/// calendar, how many of its days fall in each (month, weekday) cell.
///
/// This is exactly how the simulator applies seasonality (Market's `Seasonality`): a day's
/// factor is `yearly[month] × weekly[weekday]` and a period's factor is the mean of its days'
/// factors. So a week from 28 January to 3 February counts 4/7 of January's multiplier and 3/7 of
/// February's, a month counts its own multiplier once, a quarter the mean over its 90–92 days.
/// Peaks are not fitted. Period `t` covers the days `[first(t), first(t + 1))` of a
/// ``PeriodCalendar`` with the same start and length.
public struct SeasonalCalendar: Sendable, Hashable {
    /// The days of one period that share a month and a weekday.
    public struct Cell: Sendable, Hashable {
        /// 0 = January … 11 = December.
        public var month: Int
        /// 0 = Monday … 6 = Sunday (ISO weekday − 1).
        public var weekday: Int
        /// Days of the period in this cell, ≥ 1.
        public var days: Int
    }

    /// First day of period 0.
    public let start: CalendarDate
    /// Day, week, month or quarter.
    public let length: PeriodLength
    /// Per period, its cells (sorted by month, then weekday); their days sum to the period's days.
    public let cells: [[Cell]]
    /// Days in each period: 1, 7, 28–31, 90–92.
    public let days: [Int]
    /// Day number (days since 1970-01-01) of each period's first day.
    public let firstDays: [Int]

    /// The calendar of `periods` periods (≥ 0) of `length`, period 0 starting on day number
    /// `firstDay` (days since 1970-01-01, as the history's `SeriesCalendar.startDay`).
    public init(firstDay: Int, length: PeriodLength, periods: Int) {
        let start = CalendarDate(dayNumber: firstDay)
        var cells: [[Cell]] = []
        var days: [Int] = []
        var firstDays: [Int] = []
        cells.reserveCapacity(max(0, periods))
        for period in 0..<max(0, periods) {
            let first = length.advance(start, by: period)
            let count = first.days(to: length.advance(start, by: period + 1))
            cells.append(Self.cells(from: first, days: count))
            days.append(count)
            firstDays.append(first.dayNumber)
        }
        self.start = start
        self.length = length
        self.cells = cells
        self.days = days
        self.firstDays = firstDays
    }

    /// The seasonal description of a simulator calendar.
    public init(_ calendar: PeriodCalendar) {
        self.init(firstDay: calendar.start.dayNumber, length: calendar.length, periods: calendar.periods)
    }

    /// Number of periods.
    public var periods: Int { cells.count }

    /// Whether the periods are single days, so that a weekday pattern can be told apart.
    public var isDaily: Bool { length == .day }

    private static func cells(from first: CalendarDate, days: Int) -> [Cell] {
        var counts = [Int](repeating: 0, count: 12 * 7)
        for offset in 0..<days {
            let day = first.adding(days: offset)
            counts[(day.components.month - 1) * 7 + day.isoWeekday - 1] += 1
        }
        return counts.indices.compactMap { index in
            counts[index] > 0 ? Cell(month: index / 7, weekday: index % 7, days: counts[index]) : nil
        }
    }
}

