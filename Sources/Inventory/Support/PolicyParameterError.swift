/// A policy parameter outside its domain, e.g. an (s,S) policy whose S is not above s.
///
/// Every policy's initialiser checks its invariants and throws this; decoding a policy runs the
/// same checks and turns this error into `DecodingError.dataCorrupted`, so no invalid policy can
/// exist, whether built in code or read from a file.
public struct PolicyParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The policy's name as it appears in messages, e.g. "(s,S) policy".
    public var policy: String
    /// The parameter's name, e.g. "orderUpTo".
    public var parameter: String
    /// The rejected value, as text.
    public var value: String
    /// What the value must be, e.g. "greater than reorderPoint (20)".
    public var requirement: String

    public init(policy: String, parameter: String, value: String, requirement: String) {
        self.policy = policy
        self.parameter = parameter
        self.value = value
        self.requirement = requirement
    }

    public var description: String {
        "\(policy): \(parameter) = \(value) is invalid; it must be \(requirement)"
    }

    /// Throws when `condition` is false.
    static func require(_ condition: Bool, _ policy: String, _ parameter: String, _ value: some CustomStringConvertible,
                        _ requirement: String) throws(PolicyParameterError) {
        if !condition {
            throw PolicyParameterError(policy: policy, parameter: parameter, value: value.description,
                                       requirement: requirement)
        }
    }

    /// Checks a review period (≥ 1).
    static func requireReviewPeriod(_ period: Int, _ policy: String) throws(PolicyParameterError) {
        try require(period >= 1, policy, "reviewPeriod", period, "at least 1 period")
    }

    /// Checks a probability strictly between 0 and 1 (NaN fails).
    static func requireOpenProbability(_ p: Double, _ policy: String, _ parameter: String) throws(PolicyParameterError) {
        try require(p > 0 && p < 1, policy, parameter, p, "strictly between 0 and 1")
    }

    /// The same problem as a decoding error at the decoder's position, so a file reader can say
    /// where the bad value is.
    func decodingError(_ decoder: any Decoder) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: description,
                                             underlyingError: self))
    }
}
