import Calendar

/// The simulated horizon: `periods` periods of one day or one week from `start`.
///
/// Invariants after validation: `periods ≥ 1` and the horizon spans at most
/// ``CalendarSpec/maximumDays`` days.
public struct CalendarSpec: Sendable, Hashable, Codable {
    /// First day of period 0.
    public var start: CalendarDate
    /// Number of periods in the horizon (≥ 1).
    public var periods: Int
    /// Length of one period; `.day` unless the file says `period: week`, `month` or `quarter`.
    public var period: PeriodLength

    /// The longest horizon accepted, about a century; it keeps date arithmetic far from overflow.
    public static let maximumDays = 36_600

    public init(start: CalendarDate, periods: Int, period: PeriodLength = .day) {
        self.start = start
        self.periods = periods
        self.period = period
    }

    /// The most periods of `length` in ``maximumDays``: 36 600, 5 228 weeks, 1 202 months or
    /// 400 quarters.
    public static func maximumPeriods(_ length: PeriodLength) -> Int {
        Int(Double(maximumDays) / length.meanDays)
    }

    /// Days in the horizon; for months and quarters, their own days (on a validated spec).
    public var horizonDays: Int {
        period.fixedDays.map { periods * $0 } ?? calendar.start.days(to: calendar.end)
    }

    /// The period calendar of this horizon. `periods` is clamped to 1…10⁷ so that reading this
    /// on an unvalidated spec cannot trap or overflow; on a validated spec it is exact.
    public var calendar: PeriodCalendar {
        PeriodCalendar(start: start, periods: min(max(1, periods), 10_000_000), length: period)
    }

    /// The last day inside the horizon.
    public var lastDay: CalendarDate {
        calendar.end.adding(days: -1)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case start, periods, period
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let start = try fields.date(.start, required: true)
        let periods = try fields.required(.periods, Int.self)
        period = try fields.choice(.period, PeriodLength.self, what: "period length") ?? .day
        guard let start, let periods else { throw AlreadyReported() }
        self.start = start
        self.periods = periods
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date: start, forKey: .start)
        try container.encode(periods, forKey: .periods)
        try container.encode(period, forKey: .period)
    }
}
