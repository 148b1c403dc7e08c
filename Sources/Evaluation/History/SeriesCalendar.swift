/// The shared calendar of an evaluation: period 0 starts on day `startDay`, and period `t`
/// starts `t` days, weeks, calendar months or calendar quarters later. Every series' periods are
/// indices on this one calendar, so that series launched at different times line up (the analog
/// model compares them period by period).
///
/// Months and quarters are stepped by calendar arithmetic (a month is 28–31 days), never by a
/// fixed day count; their `startDay` is the first day of a month (of a quarter's first month:
/// January, April, July or October).
public struct SeriesCalendar: Sendable, Hashable, Codable {
    /// Day number (see ``CivilDay``) of the first day of period 0.
    public var startDay: Int
    public var frequency: SeriesFrequency
    /// Which day of a period its date (`ds`) names.
    public var dating: PeriodDating

    /// - Parameter dating: for months and quarters; days and weeks are always dated by their
    ///   first day.
    public init(startDay: Int, frequency: SeriesFrequency, dating: PeriodDating = .firstDay) {
        self.startDay = startDay
        self.frequency = frequency
        self.dating = frequency.months == nil ? .firstDay : dating
    }

    /// The calendar whose period 0 holds day `day`: a day or week starting on it, the month or
    /// the calendar quarter it falls in.
    public init(periodHolding day: Int, frequency: SeriesFrequency, dating: PeriodDating = .firstDay) {
        var start = day
        if let months = frequency.months {
            let month = CivilDay.monthIndex(day)
            start = CivilDay.firstDay(ofMonthIndex: month - ((month % months) + months) % months)
        }
        self.init(startDay: start, frequency: frequency, dating: dating)
    }

    /// The calendar whose period 0 is dated `day`: months and quarters dated by their last day
    /// when `day` is the last day of a month, by their first otherwise.
    public init(periodDated day: Int, frequency: SeriesFrequency) {
        let dating: PeriodDating = frequency.months != nil && DateSteps.monthEdge(day) == .lastDay ? .lastDay : .firstDay
        self.init(periodHolding: day, frequency: frequency, dating: dating)
    }

    /// Day number of the first day of period `t`.
    public func firstDay(of period: Int) -> Int {
        guard let months = frequency.months else { return startDay + period * (frequency.fixedDays ?? 1) }
        return CivilDay.firstDay(ofMonthIndex: CivilDay.monthIndex(startDay) + period * months)
    }

    /// Day number of the last day of period `t`.
    public func lastDay(of period: Int) -> Int {
        firstDay(of: period + 1) - 1
    }

    /// Day number of the day that dates period `t` (its first or last day, see ``dating``).
    public func datedDay(of period: Int) -> Int {
        dating == .firstDay ? firstDay(of: period) : lastDay(of: period)
    }

    /// The date of period `t`, as `YYYY-MM-DD` (the `ds` of the period).
    public func date(of period: Int) -> String {
        CivilDay.text(datedDay(of: period))
    }

    /// The period that contains day number `day`.
    public func period(ofDay day: Int) -> Int {
        guard let months = frequency.months else {
            let length = frequency.fixedDays ?? 1
            let offset = day - startDay
            return offset >= 0 ? offset / length : -((-offset + length - 1) / length)
        }
        let offset = CivilDay.monthIndex(day) - CivilDay.monthIndex(startDay)
        return offset >= 0 ? offset / months : -((-offset + months - 1) / months)
    }

    /// Whether `day` is the day that dates its period.
    public func datesPeriod(_ day: Int) -> Bool {
        datedDay(of: period(ofDay: day)) == day
    }
}

/// Which day of a month or quarter its date names: the first (pandas' `MS`, `QS`) or the last
/// (pandas' `M`/`ME`, `Q`/`QE`). Days and weeks are dated by their first day.
public enum PeriodDating: String, Sendable, Hashable, Codable {
    case firstDay
    case lastDay
}
