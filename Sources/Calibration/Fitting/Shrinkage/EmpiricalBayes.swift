/// Precision-weighted empirical-Bayes shrinkage of per-product estimates towards their group.
///
/// Model: estimate yᵢ = θᵢ + εᵢ with εᵢ ~ N(0, vᵢ) (vᵢ its squared standard error) and
/// θᵢ ~ N(μ, τ²) across the group. The between-product variance τ² comes from the method of
/// moments of DerSimonian and Laird: with wᵢ = 1/vᵢ, the fixed-effect mean μ₀ = Σwᵢyᵢ/Σwᵢ and
/// Q = Σwᵢ(yᵢ − μ₀)², τ² = max(0, (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ)) over the k products with
/// an estimate. The group mean is then μ = Σwᵢ*yᵢ/Σwᵢ* with wᵢ* = 1/(vᵢ + τ²), and each product
/// moves to θ̂ᵢ = μ + λᵢ(yᵢ − μ), λᵢ = τ²/(τ² + vᵢ), with posterior variance λᵢvᵢ + (1 − λᵢ)²·Var(μ).
/// A product with much data (small vᵢ) keeps nearly its own estimate; one with little data lands
/// near the group mean.
///
/// With a known centre (``shrink(_:towards:)``, e.g. seasonal multipliers shrunk towards 1)
/// μ is that centre, Var(μ) = 0 and τ² = max(0, (Σwᵢ(yᵢ − μ)² − k) / Σwᵢ).
///
/// A group with one estimate has Q = 0, so τ² = 0 and μ is that estimate: the product keeps its
/// own value and learns nothing. To shrink a product that is alone in its group, pass the whole
/// catalogue as the group. Products without an estimate (nil) get the group mean with variance
/// Var(μ) + τ².
public enum EmpiricalBayes {
    /// One product's estimate and its sampling variance (squared standard error, > 0; +∞ means
    /// no information).
    public struct Estimate: Sendable, Hashable {
        public var value: Double
        public var variance: Double

        public init(value: Double, variance: Double) {
            self.value = value
            self.variance = variance
        }
    }

    /// The group's shrinkage: the centre, the spread between products, and each product's
    /// shrunk value. Every number is finite.
    public struct Result: Sendable, Hashable {
        /// μ: the group mean (or the known centre).
        public var mean: Double
        /// Var(μ): 0 for a known centre.
        public var meanVariance: Double
        /// τ²: the between-product variance, ≥ 0 (0 = all products share one value).
        public var betweenVariance: Double
        /// Per product, in input order: its shrunk value, posterior variance and weight λᵢ on
        /// its own estimate (0 for a product without one).
        public var shrunk: [Estimate]
        public var weights: [Double]
        /// How many products had a usable estimate.
        public var informative: Int
    }

    /// The smallest variance accepted, so that an estimate with a zero standard error (a
    /// perfect fit) weighs a lot but not infinitely: 1e-12.
    public static let minimumVariance = 1e-12

    /// Shrinks `estimates` towards their own precision-weighted group mean. Estimates that are
    /// nil, non-finite, or have a non-finite or non-positive variance carry no information.
    /// Returns nil when no estimate is usable (the caller falls back and says so).
    public static func shrink(_ estimates: [Estimate?]) -> Result? {
        let usable = usableEstimates(estimates)
        guard !usable.isEmpty else { return nil }
        let weights = usable.map { 1 / $0.variance }
        let sumW = weights.reduce(0, +)
        let fixedMean = zip(weights, usable).reduce(0) { $0 + $1.0 * $1.1.value } / sumW
        let q = zip(weights, usable).reduce(0) { sum, pair in
            sum + pair.0 * (pair.1.value - fixedMean) * (pair.1.value - fixedMean)
        }
        let sumW2 = weights.reduce(0) { $0 + $1 * $1 }
        let denominator = sumW - sumW2 / sumW
        let tau2 = denominator > 0 ? max(0, (q - Double(usable.count - 1)) / denominator) : 0
        let randomWeights = usable.map { 1 / ($0.variance + tau2) }
        let sumRandom = randomWeights.reduce(0, +)
        let mean = zip(randomWeights, usable).reduce(0) { $0 + $1.0 * $1.1.value } / sumRandom
        return apply(estimates, mean: mean, meanVariance: 1 / sumRandom, tau2: tau2, informative: usable.count)
    }

    /// Shrinks `estimates` towards the known centre `centre`. Returns nil when no estimate is
    /// usable.
    public static func shrink(_ estimates: [Estimate?], towards centre: Double) -> Result? {
        let usable = usableEstimates(estimates)
        guard !usable.isEmpty else { return nil }
        let sumW = usable.reduce(0) { $0 + 1 / $1.variance }
        let q = usable.reduce(0) { $0 + ($1.value - centre) * ($1.value - centre) / $1.variance }
        let tau2 = max(0, (q - Double(usable.count)) / sumW)
        return apply(estimates, mean: centre, meanVariance: 0, tau2: tau2, informative: usable.count)
    }

    private static func usableEstimates(_ estimates: [Estimate?]) -> [Estimate] {
        estimates.compactMap { usable($0) }
    }

    private static func usable(_ estimate: Estimate?) -> Estimate? {
        guard let estimate, estimate.value.isFinite, estimate.variance.isFinite, estimate.variance > 0 else { return nil }
        return Estimate(value: estimate.value, variance: max(estimate.variance, minimumVariance))
    }

    private static func apply(_ estimates: [Estimate?], mean: Double, meanVariance: Double, tau2: Double,
                              informative: Int) -> Result {
        var shrunk: [Estimate] = []
        var weights: [Double] = []
        for estimate in estimates {
            guard let own = usable(estimate) else {
                shrunk.append(Estimate(value: mean, variance: meanVariance + tau2))
                weights.append(0)
                continue
            }
            let lambda = tau2 / (tau2 + own.variance)
            let variance = lambda * own.variance + (1 - lambda) * (1 - lambda) * meanVariance
            shrunk.append(Estimate(value: mean + lambda * (own.value - mean), variance: variance))
            weights.append(lambda)
        }
        return Result(mean: mean, meanVariance: meanVariance, betweenVariance: tau2, shrunk: shrunk,
                      weights: weights, informative: informative)
    }
}
