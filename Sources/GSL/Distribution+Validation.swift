extension Distribution {
    /// The largest mean accepted for `poisson` and `negativeBinomial`, in units per draw.
    /// GSL's count samplers return 32-bit integers; keeping means at or below 10⁸ keeps every
    /// realistic draw far below 2³² − 1.
    public static let maximumCountMean: Double = 1e8

    /// A short name of the distribution's family ("normal", "gamma", …), used in error messages.
    public var familyName: String {
        switch self {
        case .constant: return "constant"
        case .uniform: return "uniform"
        case .normal: return "normal"
        case .truncatedNormal: return "truncated normal"
        case .lognormal: return "lognormal"
        case .gamma: return "gamma"
        case .exponential: return "exponential"
        case .poisson: return "poisson"
        case .negativeBinomial: return "negative binomial"
        case .binomial: return "binomial"
        case .bernoulli: return "bernoulli"
        case .empirical: return "empirical"
        }
    }

    /// Checks every parameter against its domain.
    ///
    /// Rejected: non-finite numbers (NaN, ±∞; only the bounds of a truncated normal may be
    /// infinite), `sd`/`sigma`/`shape`/`scale`/exponential `mean`/`dispersion` ≤ 0,
    /// `lower` ≥ `upper`, a truncation interval carrying no probability under the untruncated
    /// normal (as far as doubles can tell), count means < 0 or above ``maximumCountMean``,
    /// probabilities outside [0, 1], `trials` < 0 or above 2³² − 1, and empirical tables that are
    /// empty, have mismatched counts, negative weights or weights summing to 0 or ∞.
    /// - Throws: ``GSLError/invalidParameter(distribution:parameter:value:requirement:)`` naming
    ///   the first offending parameter.
    public func validate() throws(GSLError) {
        let check = ParameterCheck(distribution: familyName)
        switch self {
        case let .constant(value):
            try check.finite(value, "value")
        case let .uniform(lower, upper):
            try check.finite(lower, "lower")
            try check.finite(upper, "upper")
            try check.below(lower, upper, "lower", "upper")
        case let .normal(mean, sd):
            try check.finite(mean, "mean")
            try check.positive(sd, "sd")
        case let .truncatedNormal(mean, sd, lower, upper):
            try check.finite(mean, "mean")
            try check.positive(sd, "sd")
            try check.notNaN(lower, "lower")
            try check.notNaN(upper, "upper")
            try check.below(lower, upper, "lower", "upper")
            let parts = TruncatedNormalParts(mean: mean, sd: sd, lower: lower, upper: upper)
            // The moments and the inversion sampler divide by this mass: it must be a normal
            // (not subnormal) double, i.e. the interval may not lie ~37 sd beyond the mean.
            guard parts.mass >= Double.leastNormalMagnitude else {
                throw .invalidParameter(
                    distribution: familyName, parameter: "lower", value: lower,
                    requirement: "such that [lower, upper] carries positive probability under normal(\(mean), \(sd))")
            }
        case let .lognormal(mu, sigma):
            try check.finite(mu, "mu")
            try check.positive(sigma, "sigma")
        case let .gamma(shape, scale):
            try check.positive(shape, "shape")
            try check.positive(scale, "scale")
        case let .exponential(mean):
            try check.positive(mean, "mean")
        case let .poisson(mean):
            try check.countMean(mean)
        case let .negativeBinomial(mean, dispersion):
            try check.countMean(mean)
            try check.positive(dispersion, "dispersion")
        case let .binomial(trials, probability):
            guard trials >= 0, trials <= Int(UInt32.max) else {
                throw .invalidParameter(
                    distribution: familyName, parameter: "trials", value: Double(trials),
                    requirement: "an integer in 0...\(UInt32.max)")
            }
            try check.probability(probability, "probability")
        case let .bernoulli(probability):
            try check.probability(probability, "probability")
        case let .empirical(values, weights):
            try check.empirical(values: values, weights: weights)
        }
    }

    /// Whether every possible draw is ≥ 0 (the support lies in [0, ∞)), so the distribution can
    /// describe a lead time, a price or a quantity. Meaningful for a valid distribution; a normal
    /// is never non-negative, however large its mean.
    public var isNonNegative: Bool {
        switch self {
        case let .constant(value): return value >= 0
        case let .uniform(lower, _): return lower >= 0
        case .normal: return false
        case let .truncatedNormal(_, _, lower, _): return lower >= 0
        case .lognormal, .gamma, .exponential, .poisson, .negativeBinomial, .binomial, .bernoulli:
            return true
        case let .empirical(values, _): return values.allSatisfy { $0 >= 0 }
        }
    }
}

/// The individual domain checks behind ``Distribution/validate()``, each throwing
/// ``GSLError/invalidParameter(distribution:parameter:value:requirement:)``.
struct ParameterCheck {
    let distribution: String

    func fail(_ parameter: String, _ value: Double, _ requirement: String) -> GSLError {
        .invalidParameter(distribution: distribution, parameter: parameter, value: value, requirement: requirement)
    }

    func finite(_ value: Double, _ parameter: String) throws(GSLError) {
        guard value.isFinite else { throw fail(parameter, value, "a finite number") }
    }

    func notNaN(_ value: Double, _ parameter: String) throws(GSLError) {
        guard !value.isNaN else { throw fail(parameter, value, "a number (infinite bounds are allowed)") }
    }

    func positive(_ value: Double, _ parameter: String) throws(GSLError) {
        guard value.isFinite, value > 0 else { throw fail(parameter, value, "finite and > 0") }
    }

    func below(_ lower: Double, _ upper: Double, _ lowerName: String, _ upperName: String) throws(GSLError) {
        guard lower < upper else { throw fail(lowerName, lower, "< \(upperName) (\(upper))") }
    }

    func probability(_ value: Double, _ parameter: String) throws(GSLError) {
        guard value >= 0, value <= 1 else { throw fail(parameter, value, "a probability in [0, 1]") }
    }

    func countMean(_ mean: Double) throws(GSLError) {
        guard mean >= 0, mean <= Distribution.maximumCountMean else {
            throw fail("mean", mean, "in [0, \(Distribution.maximumCountMean)]")
        }
    }

    func empirical(values: [Double], weights: [Double]) throws(GSLError) {
        guard !values.isEmpty else { throw fail("values.count", 0, "at least 1") }
        guard weights.count == values.count else {
            throw fail("weights.count", Double(weights.count), "equal to values.count (\(values.count))")
        }
        for value in values { try finite(value, "values") }
        var total = 0.0
        for weight in weights {
            guard weight.isFinite, weight >= 0 else { throw fail("weights", weight, "finite and ≥ 0") }
            total += weight
        }
        guard total > 0, total.isFinite else { throw fail("sum of weights", total, "finite and > 0") }
    }
}
