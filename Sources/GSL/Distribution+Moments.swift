import Foundation

extension Distribution {
    /// The exact expected value, in the units of the quantity drawn.
    ///
    /// Closed forms throughout: e.g. exp(μ + σ²/2) for the lognormal, kθ for the gamma, np for the
    /// binomial, the weight-averaged value for an empirical table, and for the truncated normal
    /// mean + sd·(φ(α) − φ(β))/Z with GSL's φ and Φ (see `TruncatedNormalParts`).
    /// Meaningful only for a distribution that passes ``validate()``.
    public var mean: Double {
        switch self {
        case let .constant(value):
            return value
        case let .uniform(lower, upper):
            return (lower + upper) / 2
        case let .normal(mean, _):
            return mean
        case let .truncatedNormal(mean, sd, lower, upper):
            return TruncatedNormalParts(mean: mean, sd: sd, lower: lower, upper: upper).truncatedMean
        case let .lognormal(mu, sigma):
            return exp(mu + sigma * sigma / 2)
        case let .gamma(shape, scale):
            return shape * scale
        case let .exponential(mean):
            return mean
        case let .poisson(mean):
            return mean
        case let .negativeBinomial(mean, _):
            return mean
        case let .binomial(trials, probability):
            return Double(trials) * probability
        case let .bernoulli(probability):
            return probability
        case let .empirical(values, weights):
            return EmpiricalMoments(values: values, weights: weights).mean
        }
    }

    /// The exact variance, in squared units of the quantity drawn.
    ///
    /// E.g. (upper − lower)²/12 for the uniform, (e^{σ²} − 1)·e^{2μ+σ²} for the lognormal, kθ² for
    /// the gamma, μ + μ²/k for the negative binomial, np(1 − p) for the binomial; the population
    /// variance of the weighted values for an empirical table.
    /// Meaningful only for a distribution that passes ``validate()``.
    public var variance: Double {
        switch self {
        case .constant:
            return 0
        case let .uniform(lower, upper):
            return (upper - lower) * (upper - lower) / 12
        case let .normal(_, sd):
            return sd * sd
        case let .truncatedNormal(mean, sd, lower, upper):
            return TruncatedNormalParts(mean: mean, sd: sd, lower: lower, upper: upper).truncatedVariance
        case let .lognormal(mu, sigma):
            let s2 = sigma * sigma
            // expm1 keeps e^{σ²} − 1 accurate for small σ.
            return expm1(s2) * exp(2 * mu + s2)
        case let .gamma(shape, scale):
            return shape * scale * scale
        case let .exponential(mean):
            return mean * mean
        case let .poisson(mean):
            return mean
        case let .negativeBinomial(mean, dispersion):
            return mean + mean * mean / dispersion
        case let .binomial(trials, probability):
            return Double(trials) * probability * (1 - probability)
        case let .bernoulli(probability):
            return probability * (1 - probability)
        case let .empirical(values, weights):
            return EmpiricalMoments(values: values, weights: weights).variance
        }
    }

    /// The standard deviation, √``variance``.
    public var standardDeviation: Double {
        variance.squareRoot()
    }
}

/// Mean and population variance of values drawn with probability proportional to weights.
/// Two passes (mean first, then squared deviations) rather than E[X²] − E[X]², which cancels
/// badly when the values are large and close together.
struct EmpiricalMoments {
    let mean: Double
    let variance: Double

    init(values: [Double], weights: [Double]) {
        let total = weights.reduce(0, +)
        var mean = 0.0
        for (value, weight) in zip(values, weights) { mean += value * weight }
        mean /= total
        var variance = 0.0
        for (value, weight) in zip(values, weights) { variance += weight * (value - mean) * (value - mean) }
        self.mean = mean
        self.variance = variance / total
    }
}
