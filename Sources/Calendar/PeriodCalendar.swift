/// Maps period indices to dates. Period `t` (0-based) covers the days
/// `[firstDay(of: t), firstDay(of: t + 1))`: `start + t·length` for days and weeks, the
/// calendar month (quarter) `t` months (quarters) after the start's for months (quarters), with
/// its own 28–31 (90–92) days. The horizon is periods `0..<periods`.
///
/// A month or quarter calendar is meant to start on the 1st of a month (of a quarter's first
/// month); scenario validation refuses other starts. Given one anyway, periods run from that
/// day of the month to the same day of the next (clamped to the month's end).
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
        length.advance(start, by: period)
    }

    /// Days in period `t`: 1, 7, or the month's (quarter's) own 28–31 (90–92).
    public func days(in period: Int) -> Int {
        firstDay(of: period).days(to: firstDay(of: period + 1))
    }

    /// The first day after the horizon.
    public var end: CalendarDate { firstDay(of: periods) }

    /// The period containing `date`; may lie outside `0..<periods`.
    public func period(containing date: CalendarDate) -> Int {
        if let days = length.fixedDays {
            let offset = start.days(to: date)
            return offset >= 0 ? offset / days : -((-offset + days - 1) / days)
        }
        let months = length.months ?? 1
        // The whole months between the two dates, floored to periods, then corrected by one
        // when a start late in its month makes the estimate overshoot.
        let elapsed = start.months(to: date)
        var period = elapsed >= 0 ? elapsed / months : -((-elapsed + months - 1) / months)
        while firstDay(of: period) > date { period -= 1 }
        while firstDay(of: period + 1) <= date { period += 1 }
        return period
    }

    /// Whether `date` falls inside the horizon.
    public func contains(_ date: CalendarDate) -> Bool {
        date >= start && date < end
    }

    /// Share of period `t`'s days that fall in the day range `[from, until)`: 0, 1, or a
    /// fraction when a longer period is only partly covered (of its own days: 10 days of
    /// February 2027 cover 10/28 of it).
    public func coverage(of period: Int, from: CalendarDate, until: CalendarDate) -> Double {
        let first = firstDay(of: period).dayNumber
        let last = firstDay(of: period + 1).dayNumber
        let overlap = min(last, until.dayNumber) - max(first, from.dayNumber)
        return overlap <= 0 ? 0 : Double(overlap) / Double(last - first)
    }

    /// The periods that `[from, until)` touches, clamped to the horizon; empty when none.
    public func periods(touching from: CalendarDate, until: CalendarDate) -> Range<Int> {
        guard until > from else { return 0..<0 }
        let lower = max(0, period(containing: from))
        let upper = min(periods, period(containing: until.adding(days: -1)) + 1)
        return lower < upper ? lower..<upper : 0..<0
    }
}
