internal import CGSL

extension DistributionSampler {
    /// The `u`-quantile (inverse CDF) of the distribution, for `u` in (0, 1): the draw that a
    /// single uniform `u` stands for.
    ///
    /// This is how draws are kept in step across strategies (common random numbers) when
    /// whether a draw is needed at all depends on the strategy — a lead time is needed only when
    /// an order is placed: the caller takes one uniform per period from its stream whatever
    /// happens and turns it into a value only when needed. Continuous distributions use GSL's
    /// inverse CDFs (`gsl_cdf_*_Pinv`); discrete ones return the smallest value whose CDF
    /// reaches `u` (Poisson and negative binomial through ``CountDistribution``; binomial by a
    /// walk over `gsl_ran_binomial_pdf`; empirical by cumulative weight in value order).
    public func quantile(_ u: Double) -> Double {
        precondition(u > 0 && u < 1, "quantile needs u in (0, 1), got \(u)")
        switch method {
        case let .constant(value):
            return value
        case let .flat(lower, upper):
            return gsl_cdf_flat_Pinv(u, lower, upper)
        case let .gaussian(mean, sd):
            return mean + gsl_cdf_gaussian_Pinv(u, sd)
        case let .truncatedGaussian(parts):
            return parts.quantile(u)
        case let .lognormal(zeta, sigma):
            return gsl_cdf_lognormal_Pinv(u, zeta, sigma)
        case let .gamma(shape, scale):
            return gsl_cdf_gamma_Pinv(u, shape, scale)
        case let .exponential(mean):
            return gsl_cdf_exponential_Pinv(u, mean)
        case let .poisson(mean):
            return Double(CountDistribution(family: .poisson, mean: mean).quantile(u))
        case let .negativeBinomial(p, n):
            let mean = n * (1 - p) / p
            return Double(CountDistribution(family: .negativeBinomial(dispersion: n), mean: mean).quantile(u))
        case let .binomial(p, trials):
            var cumulative = 0.0
            for k in 0..<trials {
                cumulative += gsl_ran_binomial_pdf(k, p, trials)
                if cumulative >= u { return Double(k) }
            }
            return Double(trials)
        case let .bernoulli(p):
            return u <= 1 - p ? 0 : 1
        case let .table(_, table):
            // By cumulative probability in increasing value order, precomputed with the table.
            return table.quantile(u)
        }
    }
}
