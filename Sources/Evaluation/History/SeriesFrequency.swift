/// How far apart successive periods of a sales history are: a day, a week, a calendar month or
/// a calendar quarter (January, April, July and October start one). Months and quarters have no
/// fixed length in days (28–31, 90–92): ``SeriesCalendar`` steps them by calendar arithmetic.
public enum SeriesFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    case daily
    case weekly
    case monthly
    case quarterly

    /// Days in one period for daily (1) and weekly (7) periods; nil for months and quarters.
    public var fixedDays: Int? {
        switch self {
        case .daily: return 1
        case .weekly: return 7
        case .monthly, .quarterly: return nil
        }
    }

    /// Calendar months in one period: 1 or 3; nil for days and weeks.
    public var months: Int? {
        switch self {
        case .daily, .weekly: return nil
        case .monthly: return 1
        case .quarterly: return 3
        }
    }

    /// The usual seasonal cycle at this frequency, in periods: the week (7) for daily data,
    /// the year for the others (52 weeks, 12 months, 4 quarters).
    public var defaultSeason: Int {
        switch self {
        case .daily: return 7
        case .weekly: return 52
        case .monthly: return 12
        case .quarterly: return 4
        }
    }

    /// The period's name in words: "day", "week", "month", "quarter".
    public var periodName: String {
        switch self {
        case .daily: return "day"
        case .weekly: return "week"
        case .monthly: return "month"
        case .quarterly: return "quarter"
        }
    }
}
