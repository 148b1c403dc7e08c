internal import CGSL

/// A validated ``Distribution`` made ready to draw from: parameters converted once into the form
/// GSL's samplers take (the negative binomial's p and n, the binomial's 32-bit trial count, the
/// truncated normal's boundary probabilities, the empirical alias table).
///
/// Create one with ``Distribution/makeSampler()`` and keep it while drawing many values; the
/// empirical table in particular costs O(K) to build and O(1) per draw afterwards.
/// Draws use GSL's own samplers, which consume a variable number of uniforms per draw: for draws
/// that must stay in step across strategies (common random numbers) use ``CountDistribution``.
public struct DistributionSampler: Sendable {
    /// The distribution this samples from.
    public let distribution: Distribution
    let method: Method

    /// How a draw is made; one case per GSL sampler used.
    enum Method: Sendable {
        case constant(Double)
        case flat(lower: Double, upper: Double)
        case gaussian(mean: Double, sd: Double)
        case truncatedGaussian(TruncatedNormalParts)
        case lognormal(zeta: Double, sigma: Double)
        case gamma(shape: Double, scale: Double)
        case exponential(mean: Double)
        case poisson(mean: Double)
        case negativeBinomial(p: Double, n: Double)
        case binomial(p: Double, trials: UInt32)
        case bernoulli(p: Double)
        case table(values: [Double], table: EmpiricalTable)
    }

    /// Validates `distribution` and precomputes what its sampler needs.
    /// - Throws: the ``GSLError`` of ``Distribution/validate()``, or
    ///   ``GSLError/allocationFailed(what:)`` if GSL cannot build an empirical table.
    public init(_ distribution: Distribution) throws(GSLError) {
        try distribution.validate()
        GSLLibrary.configure()
        self.distribution = distribution
        switch distribution {
        case let .constant(value):
            method = .constant(value)
        case let .uniform(lower, upper):
            method = .flat(lower: lower, upper: upper)
        case let .normal(mean, sd):
            method = .gaussian(mean: mean, sd: sd)
        case let .truncatedNormal(mean, sd, lower, upper):
            method = .truncatedGaussian(TruncatedNormalParts(mean: mean, sd: sd, lower: lower, upper: upper))
        case let .lognormal(mu, sigma):
            method = .lognormal(zeta: mu, sigma: sigma)
        case let .gamma(shape, scale):
            method = .gamma(shape: shape, scale: scale)
        case let .exponential(mean):
            method = .exponential(mean: mean)
        case let .poisson(mean):
            method = .poisson(mean: mean)
        case let .negativeBinomial(mean, dispersion):
            // GSL's parameterisation: n = dispersion (size), p = n / (n + mean) (success probability).
            method = .negativeBinomial(p: dispersion / (dispersion + mean), n: dispersion)
        case let .binomial(trials, probability):
            // validate() has checked 0 ≤ trials ≤ UInt32.max.
            method = .binomial(p: probability, trials: UInt32(trials))
        case let .bernoulli(probability):
            method = .bernoulli(p: probability)
        case let .empirical(values, weights):
            method = .table(values: values, table: try EmpiricalTable(values: values, weights: weights))
        }
    }

    /// One draw, in the units of the distribution, advancing `stream` by however many uniforms
    /// the GSL sampler needs.
    ///
    /// The truncated normal is drawn by inversion (one uniform, see `TruncatedNormalParts`):
    /// unlike rejection from the untruncated normal its cost does not blow up when the interval
    /// carries little probability, and it works for two-sided intervals, which
    /// `gsl_ran_gaussian_tail` (one-sided only) does not cover.
    public func sample(_ stream: RandomStream) -> Double {
        let rng = stream.rng
        switch method {
        case let .constant(value):
            return value
        case let .flat(lower, upper):
            return gsl_ran_flat(rng, lower, upper)
        case let .gaussian(mean, sd):
            return mean + gsl_ran_gaussian(rng, sd)
        case let .truncatedGaussian(parts):
            return parts.quantile(stream.uniformPositive())
        case let .lognormal(zeta, sigma):
            return gsl_ran_lognormal(rng, zeta, sigma)
        case let .gamma(shape, scale):
            return gsl_ran_gamma(rng, shape, scale)
        case let .exponential(mean):
            return gsl_ran_exponential(rng, mean)
        case let .poisson(mean):
            return Double(gsl_ran_poisson(rng, mean))
        case let .negativeBinomial(p, n):
            return Double(gsl_ran_negative_binomial(rng, p, n))
        case let .binomial(p, trials):
            return Double(gsl_ran_binomial(rng, p, trials))
        case let .bernoulli(p):
            return Double(gsl_ran_bernoulli(rng, p))
        case let .table(values, table):
            return values[table.index(stream)]
        }
    }

    /// `count` draws in order, as from `count` calls to ``sample(_:)``.
    public func sample(_ stream: RandomStream, count: Int) -> [Double] {
        (0..<max(0, count)).map { _ in sample(stream) }
    }
}

extension Distribution {
    /// A sampler for this distribution, after checking its parameters (see ``validate()``).
    /// Build it once and reuse it: that is where the per-distribution preparation happens.
    public func makeSampler() throws(GSLError) -> DistributionSampler {
        try DistributionSampler(self)
    }

    /// One draw, for occasional use: validates and prepares a sampler each call, which for an
    /// empirical distribution means rebuilding its table. Prefer ``makeSampler()`` in loops.
    public func sample(_ stream: RandomStream) throws(GSLError) -> Double {
        try makeSampler().sample(stream)
    }
}
