/// The smoothing parameters of an ETS model in the innovations state space form (Hyndman et al.
/// 2008, §2.3; FPP3 §8.5 and table 8.7).
///
/// With the one-step error written in units, u_t = y_t − μ_t, and the forecast base
/// ℓ_{t−1} + φb_{t−1}, every form moves its states as
/// - ℓ_t = base + α·u_t / r,  b_t = φb_{t−1} + β·u_t / r,  s_t = s_{t−m} + γ·u_t / q,
///
/// where r = 1 and q = 1 with an additive season, r = s_{t−m} and q = base with a multiplicative
/// one. (The error type changes only the likelihood and the prediction variances: written in u_t
/// the A and M forms share their recursions.) In the component form of FPP3 §8.2 the trend weight
/// is β* = β/α.
public struct ETSParameters: Hashable, Codable, Sendable {
    /// Level smoothing, in (0, 1).
    public var alpha: Double
    /// Slope smoothing β (state space form, 0 ≤ β ≤ α); 0 without a trend.
    public var beta: Double
    /// Seasonal smoothing, 0 ≤ γ ≤ 1 − α; 0 without a season.
    public var gamma: Double
    /// Damping, in (0, 1]; 1 for an undamped trend or no trend.
    public var phi: Double

    public init(alpha: Double, beta: Double = 0, gamma: Double = 0, phi: Double = 1) {
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.phi = phi
    }

    /// The "usual" bounds of R's `ets` and statsforecast's `AutoETS` (Hyndman et al. 2008,
    /// §5.2; Hyndman & Athanasopoulos FPP3 §8.6): 10⁻⁴ ≤ α ≤ 0.9999, 10⁻⁴ ≤ β ≤ α,
    /// 10⁻⁴ ≤ γ ≤ 1 − α and 0.8 ≤ φ ≤ 0.98. Within them every non-seasonal form is forecastable.
    public enum Bounds {
        public static let alpha: ClosedRange<Double> = 1e-4...0.9999
        /// Of β* = β/α, so that β ≤ α.
        public static let betaShare: ClosedRange<Double> = 1e-4...0.9999
        /// Of γ/(1 − α), so that γ ≤ 1 − α.
        public static let gammaShare: ClosedRange<Double> = 1e-4...0.9999
        public static let phi: ClosedRange<Double> = 0.8...0.98
    }
}
