internal import CGSL

/// The distribution of a period's demand count around its mean: Poisson or negative binomial,
/// optionally zero-inflated. This is the demand noise on the simulator's hot path.
///
/// Built for common random numbers: ``draw(_:)`` consumes exactly one uniform per draw and turns
/// it into a count by inverting the CDF (``quantile(_:)``), so two strategies that ask for
/// different means in the same product-period still consume the stream in lockstep, and a higher
/// mean never gives a lower count for the same uniform. ``sample(_:)`` is the reference: GSL's own
/// samplers, same distribution, but a variable number of uniforms per draw.
///
/// A plain value with no precomputation, because the mean changes every period.
public struct CountDistribution: Hashable, Sendable {
    /// The shape of the count part.
    public enum Family: Hashable, Sendable {
        /// Poisson: variance = mean.
        case poisson
        /// Negative binomial (Poisson–gamma mixture) with dispersion (size) k > 0:
        /// variance = m + m²/k for count mean m. Large k approaches the Poisson.
        case negativeBinomial(dispersion: Double)
    }

    /// The largest mean ``quantile(_:)`` accepts, in units per period (see ``validate()``).
    /// Inversion costs O(√mean) steps at large means, and GSL's pmf, which seeds the search,
    /// loses relative accuracy ~1e-16·mean·ln(mean) — about 2e-7 at this bound.
    public static let maximumMean: Double = Distribution.maximumCountMean

    /// Counts saturate here: the largest count GSL's 32-bit samplers and CDFs can represent.
    public static let maximumCount: Int = Int(UInt32.max)

    /// The shape of the count part.
    public var family: Family
    /// Overall mean, including the structural zeros (so expected demand is exactly `mean`),
    /// in units per period; ≥ 0.
    public var mean: Double
    /// Probability of a structural zero (zero-inflated model); 0 = none, must be < 1.
    /// The count part then has mean `mean / (1 − zeroProbability)`.
    public var zeroProbability: Double

    /// A count distribution with overall mean `mean` (units per period).
    public init(family: Family = .poisson, mean: Double, zeroProbability: Double = 0) {
        self.family = family
        self.mean = mean
        self.zeroProbability = zeroProbability
    }

    /// Mean of the count part (the non-structural-zero component): mean / (1 − π).
    public var countMean: Double {
        zeroProbability > 0 ? mean / (1 - zeroProbability) : mean
    }

    /// The domain of ``zeroProbability``: [0, 1); at 1 every period would be a structural zero.
    public static let zeroProbabilityDomain = ParameterDomain(lower: 0, upper: 1, upperInclusive: false, requirement: "in [0, 1)")

    /// Every parameter outside its domain: 0 ≤ mean ≤ ``maximumMean``, ``zeroProbability`` in
    /// ``zeroProbabilityDomain``, and a finite negative-binomial dispersion > 0.
    public var problems: [ParameterProblem] {
        var checks: [(String, Double, ParameterDomain)] = [("mean", mean, .countMean),
                                                           ("zeroProbability", zeroProbability, Self.zeroProbabilityDomain)]
        if case let .negativeBinomial(dispersion) = family { checks.append(("dispersion", dispersion, .positive)) }
        return checks.filter { !$0.2.contains($0.1) }.map { name, value, domain in
            ParameterProblem(parameter: name, value: value, kind: .outsideDomain(domain))
        }
    }

    /// Checks the parameters (``problems``).
    /// - Throws: ``GSLError/invalidParameter(distribution:parameter:value:requirement:)`` for the
    ///   first problem.
    public func validate() throws(GSLError) {
        if let first = problems.first { throw first.error(in: "count distribution") }
    }

    /// One count from exactly one uniform of `stream` (`quantile(stream.uniformPositive())`).
    /// This is the common-random-numbers draw: the stream advances by one uniform whatever the
    /// mean. (`uniformPositive` redraws an exact 0, which mt19937 produces with probability 2⁻³².)
    public func draw(_ stream: RandomStream) -> Int {
        quantile(stream.uniformPositive())
    }

    /// One count from GSL's own samplers: `gsl_ran_bernoulli` for the structural-zero gate (only
    /// when zeroProbability > 0), then `gsl_ran_poisson` or `gsl_ran_negative_binomial`.
    /// Same distribution as ``draw(_:)``, but the number of uniforms consumed varies with the
    /// mean, so it is the reference in tests, not the simulator's draw. Saturates at
    /// ``maximumCount``.
    public func sample(_ stream: RandomStream) -> Int {
        let rng = stream.rng
        if zeroProbability > 0, gsl_ran_bernoulli(rng, zeroProbability) == 1 { return 0 }
        let m = countMean
        guard m > 0 else { return 0 }
        switch family {
        case .poisson:
            return Int(gsl_ran_poisson(rng, m))
        case let .negativeBinomial(dispersion):
            return Int(gsl_ran_negative_binomial(rng, dispersion / (dispersion + m), dispersion))
        }
    }

    /// The inverse CDF: the smallest count k with P(X ≤ k) ≥ u, for u in (0, 1).
    ///
    /// Zero inflation is inverted with the same uniform: P(X ≤ k) = π + (1 − π)·F(k), so u ≤ π
    /// gives 0 and otherwise the count part is inverted at (u − π)/(1 − π).
    /// The count part (see `CountDistribution+Inversion.swift`) is found by a chop-down search
    /// over the pmf recurrence, started at 0 or, for large means, 9 standard deviations below
    /// the mean; very dispersed large-mean negative binomials instead start from an
    /// approximate quantile and correct it against GSL's CDF.
    ///
    /// Never allocates and always terminates. A mean of 0 (or below) gives 0; u ≤ 0 gives 0 and
    /// u ≥ 1 is treated as the largest double below 1.
    /// - Precondition: `mean` is not NaN and is at most ``maximumMean``.
    public func quantile(_ u: Double) -> Int {
        precondition(!mean.isNaN && mean <= Self.maximumMean, "CountDistribution mean must be a number ≤ maximumMean")
        guard mean > 0, u > 0, zeroProbability < 1 else { return 0 }
        var level = min(u, Self.largestLevel)
        var countMean = mean
        if zeroProbability > 0 {
            if level <= zeroProbability { return 0 }
            let keep = 1 - zeroProbability
            level = (level - zeroProbability) / keep
            countMean = mean / keep
        }
        switch family {
        case .poisson:
            return Self.poissonQuantile(level, mean: countMean)
        case let .negativeBinomial(dispersion):
            return Self.negativeBinomialQuantile(level, mean: countMean, dispersion: dispersion)
        }
    }

    /// The largest level the inversion works with: 1 − 2⁻⁵³, the largest double below 1
    /// (a literal, so the hot path reads a constant rather than a lazily initialised global).
    static let largestLevel: Double = 0x1.fffffffffffffp-1
}
