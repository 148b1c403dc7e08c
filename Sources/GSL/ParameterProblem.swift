/// What is wrong with a distribution's parameters, said as data: which parameter, what is wrong
/// with it and the bound it breaks. ``Distribution/problems`` lists them; a caller words them for
/// its own users (a scenario file names the field), and ``GSLError/invalidParameter`` words them
/// for everyone else (``error(in:)``).
public struct ParameterProblem: Hashable, Sendable {
    /// The parameter as the family names it: "sd", "lower", "weights".
    public var parameter: String
    /// The entry of a list parameter (`values`, `weights`) that is wrong; nil for the whole
    /// parameter.
    public var index: Int?
    /// The rejected value: the parameter's (or entry's) value; for ``Kind/empty`` and
    /// ``Kind/countMismatch(of:count:)`` the list's length, for ``Kind/zeroTotal`` its sum.
    public var value: Double
    public var kind: Kind

    /// The rule broken.
    public enum Kind: Hashable, Sendable {
        /// The value lies outside the parameter's domain.
        case outsideDomain(ParameterDomain)
        /// The value must lie below the parameter `upper`, whose value is `bound` (a uniform's or
        /// a truncated normal's lower bound).
        case notBelow(upper: String, bound: Double)
        /// The list has no entries (an empirical table's `values`).
        case empty
        /// The list must have as many entries as the list `of`, which has `count`.
        case countMismatch(of: String, count: Int)
        /// The entries must sum to a finite total above 0 (an empirical table's `weights`).
        case zeroTotal
        /// The interval [lower, upper] carries no probability (as far as doubles can tell) under
        /// the normal(`mean`, `sd`) it truncates.
        case noProbability(mean: Double, sd: Double, upper: Double)
    }

    public init(parameter: String, index: Int? = nil, value: Double, kind: Kind) {
        self.parameter = parameter
        self.index = index
        self.value = value
        self.kind = kind
    }

    /// The parameters whose values the problem is computed from: when one of them is wrong on
    /// its own, the problem follows from it. Empty for a problem with a list's length.
    public var involves: [String] {
        switch kind {
        case .outsideDomain, .zeroTotal: [parameter]
        case let .notBelow(upper, _): [parameter, upper]
        case .empty, .countMismatch: []
        case .noProbability: ["mean", "sd", "lower", "upper"]
        }
    }

    /// The problem as the error GSL's callers get, in the words of the distribution family
    /// `distribution` ("truncated normal").
    public func error(in distribution: String) -> GSLError {
        let (name, requirement): (String, String) = switch kind {
        case let .outsideDomain(domain): (parameter, domain.requirement)
        case let .notBelow(upper, bound): (parameter, "< \(upper) (\(bound))")
        case .empty: (parameter + ".count", "at least 1")
        case let .countMismatch(other, count): (parameter + ".count", "equal to \(other).count (\(count))")
        case .zeroTotal: ("sum of " + parameter, "finite and > 0")
        case let .noProbability(mean, sd, _):
            (parameter, "such that [lower, upper] carries positive probability under normal(\(mean), \(sd))")
        }
        return .invalidParameter(distribution: distribution, parameter: name, value: value, requirement: requirement)
    }
}
