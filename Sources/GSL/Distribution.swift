import Foundation

/// A probability distribution that a scenario can name (lead times, uncertain parameters,
/// demand sizes). A plain value: sampling it goes through GSL's own samplers
/// (see `Distribution+Sampling.swift`), its moments are in `Distribution+Moments.swift`.
///
/// Parameters are in the units of the quantity drawn (days for a lead time, units for demand).
public enum Distribution: Hashable, Sendable {
    /// Always `value`.
    case constant(Double)
    /// Uniform on [lower, upper) (`gsl_ran_flat`).
    case uniform(lower: Double, upper: Double)
    /// Normal (`gsl_ran_gaussian`); `sd` > 0.
    case normal(mean: Double, sd: Double)
    /// A normal(mean, sd) restricted to [lower, upper]; either bound may be infinite.
    case truncatedNormal(mean: Double, sd: Double, lower: Double, upper: Double)
    /// Lognormal whose logarithm is normal(mu, sigma) (`gsl_ran_lognormal`).
    /// Use ``lognormal(mean:sd:)`` to give it by its own mean and standard deviation.
    case lognormal(mu: Double, sigma: Double)
    /// Gamma with shape k and scale θ (`gsl_ran_gamma`): mean kθ, variance kθ².
    /// Use ``gamma(mean:sd:)`` to give it by mean and standard deviation.
    case gamma(shape: Double, scale: Double)
    /// Exponential with this mean (`gsl_ran_exponential`).
    case exponential(mean: Double)
    /// Poisson with this mean (`gsl_ran_poisson`).
    case poisson(mean: Double)
    /// Negative binomial by mean μ and dispersion (size) k: variance μ + μ²/k
    /// (`gsl_ran_negative_binomial` with n = k, p = k / (k + μ)).
    case negativeBinomial(mean: Double, dispersion: Double)
    /// Binomial: successes in `trials` independent trials (`gsl_ran_binomial`).
    case binomial(trials: Int, probability: Double)
    /// 1 with `probability`, else 0 (`gsl_ran_bernoulli`).
    case bernoulli(probability: Double)
    /// One of `values`, drawn with probability proportional to `weights`
    /// (`gsl_ran_discrete`, Walker's alias method).
    case empirical(values: [Double], weights: [Double])
}

extension Distribution {
    /// A lognormal distribution with the given mean and standard deviation of the variable itself
    /// (not of its logarithm): σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
    public static func lognormal(mean: Double, sd: Double) -> Distribution {
        let sigmaSquared = log(1 + (sd * sd) / (mean * mean))
        return .lognormal(mu: log(mean) - sigmaSquared / 2, sigma: sigmaSquared.squareRoot())
    }

    /// A gamma distribution with the given mean and standard deviation:
    /// shape = (mean/sd)², scale = sd²/mean.
    public static func gamma(mean: Double, sd: Double) -> Distribution {
        .gamma(shape: (mean / sd) * (mean / sd), scale: sd * sd / mean)
    }
}

