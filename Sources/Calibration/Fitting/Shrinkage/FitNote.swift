/// A remark on a fit that the scenario's comments and the fidelity report repeat to the user:
/// a fallback taken ("too little price variation: elasticity 0"), a value clamped, a rule that
/// pinned a parameter. Notes never carry numbers that a caller must parse; the fitted values are
/// in the fit itself.
public struct FitNote: Sendable, Hashable, CustomStringConvertible {
    /// What happened, so a report can group notes.
    public enum Kind: String, Sendable, Hashable {
        /// The data could not support the estimate: a default or the group's value was used.
        case fallback
        /// The estimate was outside the accepted range and was moved to its edge.
        case clamped
        /// Worth knowing, nothing was replaced (e.g. censored periods skipped).
        case information
    }

    public var kind: Kind
    /// The fitted quantity it is about, as a field path relative to the product or group:
    /// `seasonality.yearly`, `seasonality.weekly[2]`, `elasticity`, `promotion.lift`.
    public var field: String
    /// One sentence saying what was seen and what was done.
    public var message: String

    public init(_ kind: Kind, field: String, _ message: String) {
        self.kind = kind
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}
