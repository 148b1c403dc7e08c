import GSL
import Market
import Testing

/// Demand noise is one shape — GSL's count family, optionally zero-inflated — mapped once to the
/// count distribution a period's demand is drawn from.
@Suite("Demand noise")
struct DemandNoiseTests {
    @Test("each noise maps to the count distribution with the expected mean", arguments: [
        (DemandNoise.poisson, CountDistribution(family: .poisson, mean: 4)),
        (.negativeBinomial(dispersion: 2.5), CountDistribution(family: .negativeBinomial(dispersion: 2.5), mean: 4)),
        (.zeroInflated(zeroProbability: 0.3, base: .poisson), CountDistribution(family: .poisson, mean: 4, zeroProbability: 0.3)),
        (.zeroInflated(zeroProbability: 0.6, base: .negativeBinomial(dispersion: 2)),
         CountDistribution(family: .negativeBinomial(dispersion: 2), mean: 4, zeroProbability: 0.6)),
    ])
    func mapping(noise: DemandNoise, expected: CountDistribution) {
        #expect(noise.distribution(mean: 4) == expected)
    }

    @Test("zero inflation with π = 0 draws as no zero inflation, yet stays zero-inflated as written")
    func zeroInflationOfZero() {
        let written = DemandNoise.zeroInflated(zeroProbability: 0, base: .poisson)
        #expect(written.distribution(mean: 3) == DemandNoise.poisson.distribution(mean: 3))
        #expect(written != .poisson)
    }
}
