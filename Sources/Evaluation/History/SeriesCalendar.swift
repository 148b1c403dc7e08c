/// The shared calendar of an evaluation: period `t` starts on day `startDay + t·frequency.days`.
/// Every series' periods are indices on this one calendar, so that series launched at
/// different times line up (the analog model compares them period by period).
public struct SeriesCalendar: Sendable, Hashable, Codable {
    /// Day number (see ``CivilDay``) of the first day of period 0.
    public var startDay: Int
    public var frequency: SeriesFrequency

    public init(startDay: Int, frequency: SeriesFrequency) {
        self.startDay = startDay
        self.frequency = frequency
    }

    /// The first day of period `t`, as `YYYY-MM-DD` (the `ds` of the period).
    public func date(of period: Int) -> String {
        CivilDay.text(startDay + period * frequency.days)
    }
}

extension SeriesCalendar {
    /// The period that contains day number `day`.
    public func period(ofDay day: Int) -> Int {
        let offset = day - startDay
        return offset >= 0 ? offset / frequency.days : -((-offset + frequency.days - 1) / frequency.days)
    }
}
