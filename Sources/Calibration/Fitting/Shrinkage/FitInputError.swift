/// Why a seasonality or response fit refused its input. Paths are 0-based and name the
/// offending element: `members[2].baseline[14]`.
public enum FitInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An array is not as long as the calendar (or as its sibling arrays).
    case lengthMismatch(path: String, expected: Int, found: Int)
    /// A value is NaN, infinite or out of its domain; `requirement` says what it must be.
    case invalidValue(path: String, value: Double, requirement: String)
    /// A member's live range does not lie inside the calendar's periods.
    case liveRangeOutside(path: String, lower: Int, upper: Int, periods: Int)
    /// A group has no members.
    case emptyGroup

    public var description: String {
        switch self {
        case let .lengthMismatch(path, expected, found):
            return "\(path): \(found) values, but the calendar has \(expected) periods; give one value per period"
        case let .invalidValue(path, value, requirement):
            return "\(path): \(value) is not \(requirement)"
        case let .liveRangeOutside(path, lower, upper, periods):
            return "\(path): live periods \(lower)..<\(upper) lie outside the calendar's 0..<\(periods)"
        case .emptyGroup:
            return "members: the group is empty; give at least one product (a product alone: pass the catalogue as its group)"
        }
    }
}

extension FitInputError {
    /// Checks that `values` has `count` elements, each finite and ≥ 0.
    static func checkCounts(_ values: [Double], count: Int, path: String) throws(FitInputError) {
        guard values.count == count else { throw .lengthMismatch(path: path, expected: count, found: values.count) }
        for (index, value) in values.enumerated() where !(value.isFinite && value >= 0) {
            throw .invalidValue(path: "\(path)[\(index)]", value: value, requirement: "a finite number ≥ 0")
        }
    }

    /// Checks that an optional flag array, when given, has `count` elements.
    static func checkFlags(_ flags: [Bool]?, count: Int, path: String) throws(FitInputError) {
        guard let flags, flags.count != count else { return }
        throw .lengthMismatch(path: path, expected: count, found: flags.count)
    }

    /// Checks that `live` lies inside `0..<periods`.
    static func checkLive(_ live: Range<Int>, periods: Int, path: String) throws(FitInputError) {
        guard live.lowerBound >= 0, live.upperBound <= periods else {
            throw .liveRangeOutside(path: path, lower: live.lowerBound, upper: live.upperBound, periods: periods)
        }
    }
}
