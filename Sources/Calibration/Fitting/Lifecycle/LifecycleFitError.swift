/// Why a lifecycle fit could not be made at all. Histories that merely cannot be fitted (too
/// short, all zeros, a solver that does not converge) are not errors: they get a fallback and a
/// ``CalibrationNote``.
public enum LifecycleFitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input breaks an invariant of ``LifecycleFitInput``: `field` (and the 0-based period
    /// `index`, when one period is at fault) says where, `problem` what to fix.
    case invalidInput(field: String, index: Int?, problem: String)

    public var description: String {
        switch self {
        case let .invalidInput(field, index, problem):
            return "\(field)\(index.map { "[\($0)]" } ?? "") \(problem)"
        }
    }
}
