/// Something that stops a what-if sweep, in words that say what was wrong and what to do.
///
/// ``cause`` tells the caller which exit status fits: a request that cannot be met (wrong
/// syntax, a field path that names nothing, a value the field cannot take) is the request's
/// fault; a scenario that cannot be read, or whose uncertainty section draws an impossible
/// value, is the input's. ``subject`` names the part of the request the problem concerns, so
/// the command line can name the option that made it; the message itself names no option.
public struct WhatIfError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Cause: String, Hashable, Sendable {
        /// What the study was asked to do is wrong: a varied field, a constraint, the strategy…
        case request
        /// The scenario file, or what it draws, is wrong.
        case scenario
    }

    /// The part of a ``WhatIfStudy``'s request a problem concerns.
    public enum Subject: Hashable, Sendable {
        /// A varied field, as it was written (`PATH=VALUES`, or its path); nil: the fields varied.
        case sweep(String?)
        /// The strategy to sweep.
        case strategy
        /// The product the figures are reported for.
        case product(String)
        /// A constraint as it was written; nil: the constraints together.
        case constraint(String?)
        /// The refinement of the best value.
        case refinement
        /// The number of concurrent tasks.
        case threads
        /// The number of replications at every point.
        case replications
    }

    public var cause: Cause
    /// The part of the request concerned, when one is; nil for the scenario's problems.
    public var subject: Subject?
    /// What is wrong (naming the field or value it concerns, not how it was asked for).
    public var message: String
    /// What to do about it, or what exists instead.
    public var hint: String?

    public init(_ cause: Cause, _ message: String, hint: String? = nil, subject: Subject? = nil) {
        self.cause = cause
        self.subject = subject
        self.message = message
        self.hint = hint
    }

    /// The same problem, as a problem of `subject` (kept when it already has a more precise one).
    func about(_ subject: Subject) -> WhatIfError {
        var error = self
        error.subject = self.subject ?? subject
        return error
    }

    public var description: String {
        message + (hint.map { " (\($0))" } ?? "")
    }
}
