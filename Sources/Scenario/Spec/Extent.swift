import Calendar

/// How long something lasts from a known start: through an inclusive end date, a number of
/// days, or a number of calendar periods. YAML: `end: 2026-12-24`, `days: 14` or `periods: 2`.
/// Periods of months or quarters are calendar months from the start's day of the month
/// (`periods: 1` from 2027-01-15 ends after 2027-02-14).
public enum Extent: Sendable, Hashable {
    /// Through this day, inclusive.
    case through(CalendarDate)
    /// This many days (> 0).
    case days(Int)
    /// This many periods of the scenario calendar (> 0).
    case periods(Int)

    /// The first day after the extent, starting on `start`.
    ///
    /// Counts are clamped to ±10⁸ days first, so that an absurd count in an unvalidated spec
    /// cannot overflow the date arithmetic; validation rejects such counts anyway.
    public func end(from start: CalendarDate, period: PeriodLength) -> CalendarDate {
        let limit = 100_000_000
        func clamped(_ count: Int) -> Int { min(max(count, -limit), limit) }
        switch self {
        case let .through(last): return last.adding(days: 1)
        case let .days(count): return start.adding(days: clamped(count))
        case let .periods(count): return period.advance(start, by: clamped(count))
        }
    }

    /// Length in days from `start` (may be ≤ 0 for an end date before the start).
    public func days(from start: CalendarDate, period: PeriodLength) -> Int {
        start.days(to: end(from: start, period: period))
    }

    /// Reads the one extent key present among `end`, `days` and `periods`; nil when none is.
    /// Two or more is a conflict, reported at the mapping.
    static func read<Key>(_ fields: Fields<Key>, end: Key?, days: Key, periods: Key) throws -> Extent? {
        let keys = [end, days, periods].compactMap { $0 }
        let given = fields.present(keys)
        guard given.count <= 1 else {
            let names = given.map { "'\($0.stringValue)'" }.joined(separator: " and ")
            throw fields.failure(FieldProblem(fields.path, .invalidValue, "give only one of \(names)",
                                              hint: "they all say how long it lasts"))
        }
        guard let key = given.first else { return nil }
        switch key.stringValue {
        case days.stringValue:
            guard let count = try fields.required(days, Int.self) else { throw AlreadyReported() }
            return .days(count)
        case periods.stringValue:
            guard let count = try fields.required(periods, Int.self) else { throw AlreadyReported() }
            return .periods(count)
        default:
            guard let date = try fields.date(key, required: true) else { throw AlreadyReported() }
            return .through(date)
        }
    }

    /// Writes the extent under the key it was read from.
    func encode<Key>(into container: inout KeyedEncodingContainer<Key>, end: Key?, days: Key, periods: Key) throws {
        switch self {
        case let .through(date):
            if let end { try container.encode(date: date, forKey: end) }
        case let .days(count): try container.encode(count, forKey: days)
        case let .periods(count): try container.encode(count, forKey: periods)
        }
    }
}
