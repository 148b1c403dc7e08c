/// Smoothing parameters held at given values instead of being estimated (nil: estimate).
///
/// These are the textbook parameters a user writes in a scenario file: α, the component-form
/// trend weight β* of FPP3 §8.2 (the state space β is αβ*, so any β* in [0, 1] keeps β ≤ α), the
/// seasonal weight γ of FPP3 §8.3 (capped at 1 − α, its upper bound) and the damping φ.
public struct ETSFixedParameters: Hashable, Codable, Sendable {
    /// α in (0, 1].
    public var alpha: Double?
    /// β* in [0, 1].
    public var betaStar: Double?
    /// γ in [0, 1], capped at 1 − α.
    public var gamma: Double?
    /// φ in (0, 1].
    public var phi: Double?

    public init(alpha: Double? = nil, betaStar: Double? = nil, gamma: Double? = nil, phi: Double? = nil) {
        precondition(alpha.map { $0 > 0 && $0 <= 1 } ?? true, "ETSFixedParameters: alpha must lie in (0, 1]")
        precondition(betaStar.map { $0 >= 0 && $0 <= 1 } ?? true, "ETSFixedParameters: beta must lie in [0, 1]")
        precondition(gamma.map { $0 >= 0 && $0 <= 1 } ?? true, "ETSFixedParameters: gamma must lie in [0, 1]")
        precondition(phi.map { $0 > 0 && $0 <= 1 } ?? true, "ETSFixedParameters: phi must lie in (0, 1]")
        self.alpha = alpha
        self.betaStar = betaStar
        self.gamma = gamma
        self.phi = phi
    }

    /// Nothing fixed: every parameter is estimated.
    public static let none = ETSFixedParameters()
}
