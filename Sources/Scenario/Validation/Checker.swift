import Calendar

/// An allowed range for a number, with the words to say so ("must be in [0, 1)").
struct Bounds {
    var lower: Double?
    var lowerInclusive = true
    var upper: Double?
    var upperInclusive = true

    static let positive = Bounds(lower: 0, lowerInclusive: false)
    static let nonNegative = Bounds(lower: 0)
    static let probability = Bounds(lower: 0, upper: 1)
    static let belowOne = Bounds(lower: 0, upper: 1, upperInclusive: false)
    static let openUnit = Bounds(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: false)
    static let unrestricted = Bounds()

    static func atLeast(_ value: Double) -> Bounds { Bounds(lower: value) }

    static func between(_ lower: Double, _ upper: Double) -> Bounds { Bounds(lower: lower, upper: upper) }

    /// False for NaN and infinities: no scenario number may be infinite unless a check says so.
    func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let lower, lowerInclusive ? value < lower : value <= lower { return false }
        if let upper, upperInclusive ? value > upper : value >= upper { return false }
        return true
    }

    var description: String {
        switch (lower, upper) {
        case let (lower?, upper?):
            if lowerInclusive && upperInclusive { return "between \(formatNumber(lower)) and \(formatNumber(upper))" }
            return "in \(lowerInclusive ? "[" : "(")\(formatNumber(lower)), \(formatNumber(upper))\(upperInclusive ? "]" : ")")"
        case let (lower?, nil):
            return (lowerInclusive ? ">= " : "> ") + formatNumber(lower)
        case let (nil, upper?):
            return (upperInclusive ? "<= " : "< ") + formatNumber(upper)
        case (nil, nil):
            return "a finite number"
        }
    }
}

/// A number as a user would write it: integers without a trailing ".0".
public func formatNumber(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "infinity" : "-infinity" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}

/// Gathers the problems found by semantic validation. Every check adds to the list and carries
/// on, so one run reports everything that is wrong.
struct Checker {
    private(set) var problems: [FieldProblem] = []
    /// What is valid but probably not meant (severity `.warning`); reported only for a
    /// scenario without problems.
    private(set) var warnings: [FieldProblem] = []

    mutating func add(_ path: FieldPath, _ kind: ScenarioIssue.Kind, _ message: String, hint: String? = nil) {
        add(FieldProblem(path, kind, message, hint: hint))
    }

    mutating func add(_ problem: FieldProblem) {
        problems.append(problem)
    }

    mutating func warn(_ path: FieldPath, _ kind: ScenarioIssue.Kind, _ message: String, hint: String? = nil) {
        var warning = FieldProblem(path, kind, message, hint: hint)
        warning.severity = .warning
        warnings.append(warning)
    }

    /// Reports `value` at `path` unless it lies in `bounds`.
    mutating func check(_ value: Double, _ bounds: Bounds, at path: FieldPath, hint: String? = nil) {
        guard !bounds.contains(value) else { return }
        add(path, .outOfRange, "must be \(bounds.description), found \(formatNumber(value))", hint: hint)
    }

    mutating func check(_ value: Int, _ bounds: Bounds, at path: FieldPath, hint: String? = nil) {
        check(Double(value), bounds, at: path, hint: hint)
    }

    mutating func check(_ values: [Double], _ bounds: Bounds, at path: FieldPath) {
        for (index, value) in values.enumerated() {
            check(value, bounds, at: path.index(index))
        }
    }

    /// Reports `value` at `path` unless it is within `limit`; a value above it gets the
    /// limit's reason as the hint, one below it `hint`.
    mutating func check(_ value: Double, _ limit: FieldLimit, at path: FieldPath, hint: String? = nil) {
        guard !limit.bounds.contains(value) else { return }
        let tooLarge = limit.bounds.upper.map { value > $0 } ?? false
        add(path, .outOfRange, "must be \(limit.bounds.description), found \(formatNumber(value))",
            hint: tooLarge ? limit.why : hint)
    }

    mutating func check(_ value: Int, _ limit: FieldLimit, at path: FieldPath, hint: String? = nil) {
        check(Double(value), limit, at: path, hint: hint)
    }

    mutating func check(_ values: [Double], _ limit: FieldLimit, at path: FieldPath) {
        for (index, value) in values.enumerated() {
            check(value, limit, at: path.index(index))
        }
    }

    /// Reports a name longer than ``ScenarioLimits/nameLength`` characters; `why` says what
    /// the name becomes.
    mutating func checkLength(_ name: String, at path: FieldPath, what: String, why: String) {
        guard name.count > ScenarioLimits.nameLength else { return }
        add(path, .outOfRange, "\(what) has \(name.count) characters; at most \(ScenarioLimits.nameLength) are allowed",
            hint: why)
    }

    /// Reports a date outside the horizon.
    mutating func checkInside(_ date: CalendarDate, _ calendar: CalendarSpec, at path: FieldPath) {
        guard !calendar.calendar.contains(date) else { return }
        add(path, .outOfRange,
            "\(date) is outside the calendar, which runs from \(calendar.start) to \(calendar.lastDay)")
    }

    /// Whether `text` may serve as a product id or policy name: non-empty, without whitespace,
    /// commas, semicolons, quotes, slashes or control characters, because these names become
    /// CSV fields and may name files.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && !text.contains { $0.isWhitespace || ",;\"'/\\".contains($0) || $0.asciiValue.map { $0 < 32 } == true }
    }

    /// Reports ids that name no product (with a suggestion) and ids listed twice.
    mutating func checkProducts(_ ids: [String], known: [String], at path: FieldPath) {
        if ids.isEmpty {
            add(path, .missingField, "names no products; list at least one product id")
        }
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            if !known.contains(id) {
                add(path.index(index), .unknownReference, "unknown product '\(id)'",
                    hint: Suggestion.hint(for: id, among: known, listing: "products"))
            }
            if !seen.insert(id).inserted {
                add(path.index(index), .duplicate, "product '\(id)' is listed twice")
            }
        }
    }

    /// Reports an extent that is not a positive, bounded length from `start`.
    mutating func checkExtent(_ extent: Extent, from start: CalendarDate, period: PeriodLength, at path: FieldPath) {
        let maximumPeriods = CalendarSpec.maximumPeriods(period)
        switch extent {
        case let .days(count):
            check(count, .between(1, Double(CalendarSpec.maximumDays)), at: path.key("days"))
        case let .periods(count):
            check(count, .between(1, Double(maximumPeriods)), at: path.key("periods"))
        case let .through(end):
            if end < start {
                add(path.key("end"), .invalidValue, "ends on \(end), before it starts on \(start)")
            } else if start.days(to: end) >= CalendarSpec.maximumDays {
                add(path.key("end"), .outOfRange, "lasts more than \(CalendarSpec.maximumDays) days")
            }
        }
    }
}
