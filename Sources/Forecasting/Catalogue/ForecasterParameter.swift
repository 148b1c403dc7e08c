/// One setting of a catalogued forecaster, as written in scenario files and shown by
/// `sellthrough list`: its name, what values it takes and what it defaults to.
public struct ForecasterParameter: Sendable, Hashable {
    /// The values a parameter takes.
    public enum Kind: Sendable, Hashable {
        /// A whole number in the range (periods, counts).
        case integer(ClosedRange<Int>)
        /// A real number in the range (smoothing weights, shares).
        case real(ClosedRange<Double>)
        /// One of these words.
        case choice([String])
    }

    /// The key in scenario files ("alpha", "season").
    public let name: String
    /// The values it takes.
    public let kind: Kind
    /// What applies when it is not given ("fitted", "7", "the calendar's season").
    public let defaultDescription: String
    /// One line saying what it does, with units.
    public let summary: String

    public init(_ name: String, _ kind: Kind, default defaultDescription: String, _ summary: String) {
        self.name = name
        self.kind = kind
        self.defaultDescription = defaultDescription
        self.summary = summary
    }
}

/// The value given for a ``ForecasterParameter``.
public enum ParameterValue: Sendable, Hashable {
    case integer(Int)
    case real(Double)
    case choice(String)

    /// The value as a real number (integers widen); nil for a choice.
    public var real: Double? {
        switch self {
        case let .integer(value): return Double(value)
        case let .real(value): return value
        case .choice: return nil
        }
    }
}

extension ForecasterParameter {
    /// Whether `value` is one this parameter takes; nil when it is, else what is wrong.
    public func problem(with value: ParameterValue) -> String? {
        switch (kind, value) {
        case let (.integer(range), .integer(number)):
            return range.contains(number) ? nil : "must be a whole number in \(range.lowerBound)…\(range.upperBound), got \(number)"
        case (.integer, _):
            return "must be a whole number"
        case let (.real(range), _):
            guard let number = value.real else { return "must be a number" }
            return number.isFinite && range.contains(number) ? nil
                : "must be a number in \(Self.text(range.lowerBound))…\(Self.text(range.upperBound)), got \(Self.text(number))"
        case let (.choice(words), .choice(word)):
            return words.contains(word) ? nil : "must be one of \(words.joined(separator: ", ")), got \(word)"
        case let (.choice(words), _):
            return "must be one of \(words.joined(separator: ", "))"
        }
    }

    /// A number as people write it: 1 rather than 1.0.
    static func text(_ number: Double) -> String {
        ParameterValue.real(number).text
    }

    /// How stockout periods are learnt from; every forecaster takes it.
    public static let censoring = ForecasterParameter(
        "censoring", .choice(CensoringTreatment.allCases.map(\.rawValue)), default: CensoringTreatment.lowerBound.rawValue,
        "how a period that ran out of stock is learnt from (its sales are a lower bound on demand)")
}
