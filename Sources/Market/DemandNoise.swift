import GSL

/// How realised demand scatters around expected demand: a count distribution of GSL's
/// (``CountDistribution/Family``: Poisson, or negative binomial for over-dispersion), optionally
/// zero-inflated for intermittent items.
///
/// The one description of demand noise: scenario files read and write it, and the market draws
/// each period's demand from the ``CountDistribution`` it maps to (``distribution(mean:)``).
public struct DemandNoise: Hashable, Sendable {
    /// The count distribution of a period's demand; when zero-inflated, of its non-zero part.
    public var family: CountDistribution.Family
    /// The probability π of a structural zero (a period with no demand at all), in [0, 1); the
    /// family then draws with mean `mean / (1 − π)`, so the expected demand is unchanged. Nil
    /// for none: such noise draws as with π = 0, and is written without a zero probability.
    public var zeroProbability: Double?

    public init(family: CountDistribution.Family, zeroProbability: Double? = nil) {
        self.family = family
        self.zeroProbability = zeroProbability
    }

    /// The count part of a zero-inflated model: one of GSL's count families.
    public typealias Base = CountDistribution.Family

    /// Poisson: variance = mean.
    public static let poisson = DemandNoise(family: .poisson)

    /// Negative binomial with dispersion k > 0: variance = mean + mean²/k (over-dispersed).
    public static func negativeBinomial(dispersion: Double) -> DemandNoise {
        DemandNoise(family: .negativeBinomial(dispersion: dispersion))
    }

    /// Zero-inflated: a structural zero with `zeroProbability` (in [0, 1)), otherwise a draw
    /// from `base`. Expected demand stays the mean of the whole mixture.
    public static func zeroInflated(zeroProbability: Double, base: Base) -> DemandNoise {
        DemandNoise(family: base, zeroProbability: zeroProbability)
    }

    /// The count distribution of one period's demand when `mean` units are expected.
    @inlinable
    public func distribution(mean: Double) -> CountDistribution {
        CountDistribution(family: family, mean: mean, zeroProbability: zeroProbability ?? 0)
    }
}
