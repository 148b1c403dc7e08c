import Calendar

/// Seasonal multipliers on expected demand: a weekly profile, a yearly profile by month, and
/// named peaks that recur every year. All parts multiply; an absent part is 1.
///
/// Multipliers are applied exactly as written (they are not rescaled to average 1), so a
/// profile that averages 1.1 raises demand by 10%.
public struct Seasonality: Hashable, Sendable {
    /// Seven multipliers, Monday first. nil = no weekly pattern.
    public var weekly: [Double]?
    /// Twelve multipliers, January first. nil = no yearly pattern.
    public var monthly: [Double]?
    /// Windows of the year with extra demand (e.g. a holiday season).
    public var peaks: [SeasonalPeak]

    public init(weekly: [Double]? = nil, monthly: [Double]? = nil, peaks: [SeasonalPeak] = []) {
        precondition(weekly.map { $0.count == 7 } ?? true, "a weekly profile has 7 values")
        precondition(monthly.map { $0.count == 12 } ?? true, "a yearly profile has 12 values")
        self.weekly = weekly
        self.monthly = monthly
        self.peaks = peaks
    }

    /// No seasonality: every multiplier is 1.
    public static let none = Seasonality()

    /// The multiplier on one day.
    public func factor(on day: CalendarDate) -> Double {
        var factor = 1.0
        if let weekly { factor *= weekly[day.isoWeekday - 1] }
        let monthDay = MonthDay(day)
        if let monthly { factor *= monthly[monthDay.month - 1] }
        for peak in peaks where peak.contains(monthDay) {
            factor *= peak.lift
        }
        return factor
    }

    /// The multiplier of every period of `calendar`: the mean of the daily multipliers over the
    /// period's own days (for a daily calendar, the day's own multiplier; for a monthly one,
    /// the month's yearly multiplier times the weekly profile over its 28–31 days).
    public func periodFactors(for calendar: PeriodCalendar) -> [Double] {
        (0..<calendar.periods).map { period in
            let first = calendar.firstDay(of: period)
            let days = calendar.days(in: period)
            let total = (0..<days).reduce(0.0) { sum, offset in sum + factor(on: first.adding(days: offset)) }
            return total / Double(days)
        }
    }
}

/// A window of the year with a demand multiplier, recurring every year, e.g. 12-01 to 12-24.
public struct SeasonalPeak: Hashable, Sendable {
    public var name: String
    /// First day of the window.
    public var start: MonthDay
    /// Last day of the window (inclusive). Earlier than `start` means the window wraps the
    /// year end (12-20 to 01-05).
    public var end: MonthDay
    /// Multiplier on demand inside the window. > 0.
    public var lift: Double

    public init(name: String, start: MonthDay, end: MonthDay, lift: Double) {
        self.name = name
        self.start = start
        self.end = end
        self.lift = lift
    }

    public func contains(_ day: MonthDay) -> Bool {
        start <= end ? (start <= day && day <= end) : (day >= start || day <= end)
    }
}

/// A day of the year without a year, "MM-DD".
public struct MonthDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1–12.
    public let month: Int
    /// 1–31, valid for the month (02-29 is allowed; it matches only in leap years).
    public let day: Int

    /// nil when the month has no such day (leap years count, so 02-29 is valid).
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: 2000) else {
            return nil
        }
        self.month = month
        self.day = day
    }

    /// Parses "MM-DD"; nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
        self.init(month: month, day: day)
    }

    /// The month and day of `date` (always valid).
    public init(_ date: CalendarDate) {
        let (_, month, day) = date.components
        self.month = month
        self.day = day
    }

    public var description: String {
        (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool {
        (lhs.month, lhs.day) < (rhs.month, rhs.day)
    }
}

extension MonthDay {
    /// Encoded as the text "MM-DD".
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = MonthDay(text: text) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a day of the year; write month-day as MM-DD, e.g. 12-01"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
