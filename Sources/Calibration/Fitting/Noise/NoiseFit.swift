import GSL

/// How realised demand scatters around expected demand, as the simulator's `DemandNoise` means
/// it: Poisson (variance μ), negative binomial with dispersion k (variance μ + μ²/k), or
/// zero-inflated (a structural zero with probability π, else a draw from `base` with mean
/// μ/(1 − π), so the mean stays μ).
public enum NoiseFit: Sendable, Hashable, CustomStringConvertible {
    case poisson
    /// k > 0.
    case negativeBinomial(dispersion: Double)
    /// π in [0, 1).
    case zeroInflated(zeroProbability: Double, base: CountDistribution.Family)

    /// Free parameters: 0 for the Poisson, 1 otherwise (k or π).
    public var parameterCount: Int {
        if case .poisson = self { return 0 }
        return 1
    }

    /// The family's name in notes and tables.
    public var family: String {
        switch self {
        case .poisson: "poisson"
        case .negativeBinomial: "negative-binomial"
        case .zeroInflated: "zero-inflated"
        }
    }

    /// Whether every parameter is finite and in its domain.
    var isValid: Bool {
        switch self {
        case .poisson: return true
        case let .negativeBinomial(k): return k > 0 && k.isFinite
        case let .zeroInflated(pi, base):
            if case let .negativeBinomial(k) = base, !(k > 0 && k.isFinite) { return false }
            return pi >= 0 && pi < 1
        }
    }

    /// The count distribution of a period with `mean` expected units.
    public func distribution(mean: Double) -> CountDistribution {
        switch self {
        case .poisson: CountDistribution(family: .poisson, mean: mean)
        case let .negativeBinomial(k): CountDistribution(family: .negativeBinomial(dispersion: k), mean: mean)
        case let .zeroInflated(pi, base): CountDistribution(family: base, mean: mean, zeroProbability: pi)
        }
    }

    public var description: String {
        switch self {
        case .poisson: "poisson"
        case let .negativeBinomial(k): "negative-binomial(dispersion \(k))"
        case let .zeroInflated(pi, .poisson): "zero-inflated(π \(pi), poisson)"
        case let .zeroInflated(pi, .negativeBinomial(k)): "zero-inflated(π \(pi), negative-binomial \(k))"
        }
    }
}
