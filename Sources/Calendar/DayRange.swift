/// A half-open range of days, `[first, end)`; `end` nil means open-ended (forever).
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CalendarDate
    /// First day after the range; nil = never ends.
    public var end: CalendarDate?

    public init(first: CalendarDate, end: CalendarDate?) {
        precondition(end.map { $0 > first } ?? true, "a day range must not be empty")
        self.first = first
        self.end = end
    }

    /// The range of `days` days starting on `first`.
    public init(first: CalendarDate, days: Int) {
        self.init(first: first, end: first.adding(days: days))
    }

    public func contains(_ day: CalendarDate) -> Bool {
        day >= first && (end.map { day < $0 } ?? true)
    }

    /// Number of days, or nil when open-ended.
    public var dayCount: Int? { end.map { first.days(to: $0) } }

    public var description: String {
        "\(first)…" + (end.map { "\($0.adding(days: -1))" } ?? "")
    }
}
