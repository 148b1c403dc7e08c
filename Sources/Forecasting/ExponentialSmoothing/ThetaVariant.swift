/// The four models of the Theta family of Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler
/// (2016), "Models for optimising the theta method and their relationship to state space
/// models" (IJF 32(4)), as statsforecast's `AutoTheta` chooses among them.
///
/// - **standard** (STM): θ = 2, the intercept A and slope B of the least-squares line through
///   the whole series held fixed;
/// - **optimised** (OTM): θ ≥ 1 estimated, A and B fixed;
/// - **dynamic standard** (DSTM): θ = 2, A and B updated each period (``ThetaState``);
/// - **dynamic optimised** (DOTM): θ estimated, A and B updated.
///
/// Every variant estimates the initial level ℓ₀ and α ∈ [0.1, 0.99] (``ThetaEstimator``).
public enum ThetaVariant: String, CaseIterable, Hashable, Codable, Sendable {
    case standard = "STM"
    case optimised = "OTM"
    case dynamicStandard = "DSTM"
    case dynamicOptimised = "DOTM"

    /// Whether A and B move on with each observation.
    public var isDynamic: Bool { self == .dynamicStandard || self == .dynamicOptimised }

    /// Whether θ is estimated (else it is 2).
    public var estimatesTheta: Bool { self == .optimised || self == .dynamicOptimised }

    /// The standard variant this one nests (θ = 2), for the optimised ones.
    public var nestedStandard: ThetaVariant? {
        switch self {
        case .optimised: .standard
        case .dynamicOptimised: .dynamicStandard
        case .standard, .dynamicStandard: nil
        }
    }

    /// θ of the standard variants.
    public static let standardTheta = 2.0
}
