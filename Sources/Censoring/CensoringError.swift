import GSL

/// Why an estimator could not turn a series into demand. Series that merely cannot be fitted
/// (every period censored, none censored, all zeros, one period) are not errors: they get the
/// documented fallback and a ``CensoringNote``.
public enum CensoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The series breaks an invariant of ``CensoredSeries``: `field` (and the 0-based period
    /// `index`, when one period is at fault) says where, `problem` what to fix.
    case invalidSeries(field: String, index: Int?, problem: String)
    /// GSL refused a step of a fit (`what` says which), for example when it could not allocate
    /// a minimiser.
    case gsl(what: String, GSLError)

    public var description: String {
        switch self {
        case let .invalidSeries(field, index, problem):
            return "\(field)\(index.map { "[\($0)]" } ?? "") \(problem)"
        case let .gsl(what, error):
            return "\(what): \(error)"
        }
    }
}
