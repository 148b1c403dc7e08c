import Testing
@testable import GSL

/// A count distribution to check, with the seed its draws come from.
struct CountCase: Sendable, CustomTestStringConvertible {
    let distribution: CountDistribution
    let seed: UInt
    var testDescription: String { "\(distribution) (seed \(seed))" }
}

private func nb(_ mean: Double, _ dispersion: Double, zero: Double = 0) -> CountDistribution {
    CountDistribution(family: .negativeBinomial(dispersion: dispersion), mean: mean, zeroProbability: zero)
}

@Suite("CountDistribution: inversion agrees with GSL")
struct CountDistributionFitTests {
    static let drawCount = 20_000

    /// Covers the chop-down from 0, the chop-down from 9σ below the mean, the negative binomial
    /// search against GSL's CDF (large means, small dispersion) and zero inflation.
    static let cases: [CountCase] = [
        .init(distribution: CountDistribution(mean: 0.3), seed: 201),
        .init(distribution: CountDistribution(mean: 4), seed: 202),
        .init(distribution: CountDistribution(mean: 60), seed: 203),
        .init(distribution: CountDistribution(mean: 5000), seed: 204),
        .init(distribution: nb(2, 0.5), seed: 205),
        .init(distribution: nb(40, 5), seed: 206),
        .init(distribution: nb(500, 50), seed: 207),
        .init(distribution: nb(3000, 2), seed: 208),
        .init(distribution: nb(20_000, 0.7), seed: 209),
        .init(distribution: CountDistribution(mean: 3, zeroProbability: 0.4), seed: 210),
        .init(distribution: nb(10, 1, zero: 0.3), seed: 211),
    ]

    @Test("draw() (inversion) fits the pmf", arguments: cases)
    func inversionFitsPMF(_ testCase: CountCase) throws {
        let stream = try RandomStream(seed: testCase.seed)
        let draws = (0..<Self.drawCount).map { _ in testCase.distribution.draw(stream) }
        let result = chiSquareGoodnessOfFit(draws) { testCase.distribution.probability(of: $0) }
        #expect(result.pValue > minimumPValue, "\(testCase.testDescription): \(result)")
        let moments = SampleMoments(draws.map(Double.init))
        let variance = testCase.distribution.variance
        #expect(abs(moments.mean - testCase.distribution.mean) <= moments.meanTolerance(trueVariance: variance),
                "\(testCase.testDescription): mean \(moments.mean)")
        #expect(abs(moments.variance - variance) <= moments.varianceTolerance(trueVariance: variance),
                "\(testCase.testDescription): variance \(moments.variance) vs \(variance)")
    }

    @Test("sample() (GSL's samplers) fits the same pmf", arguments: cases)
    func gslSamplerFitsPMF(_ testCase: CountCase) throws {
        let stream = try RandomStream(seed: testCase.seed + 1_000)
        let draws = (0..<Self.drawCount).map { _ in testCase.distribution.sample(stream) }
        let result = chiSquareGoodnessOfFit(draws) { testCase.distribution.probability(of: $0) }
        #expect(result.pValue > minimumPValue, "\(testCase.testDescription): \(result)")
    }

    @Test("quantile(u) is the smallest k with cdf(k) ≥ u", arguments: cases + [
        .init(distribution: CountDistribution(mean: 1e-6), seed: 0),
        .init(distribution: CountDistribution(mean: 81), seed: 0),
        .init(distribution: CountDistribution(mean: 150), seed: 0),
        .init(distribution: CountDistribution(mean: 100_000), seed: 0),
        .init(distribution: nb(1e6, 2), seed: 0),
        .init(distribution: nb(5e5, 1e4), seed: 0),
        .init(distribution: nb(50, 1e-3), seed: 0),
    ])
    func quantileMatchesCDF(_ testCase: CountCase) {
        let d = testCase.distribution
        // GSL's CDF and the inversion's running sums differ by rounding (relative ~1e−13 at
        // these means); u closer than that to a CDF value may legitimately go either way.
        let slack = 1e-9
        var levels: [Double] = [1e-12, 1e-9, 1e-6, 0.5, 1 - 1e-6, 1 - 1e-9]
        levels += (1..<400).map { Double($0) / 400 }
        for u in levels {
            let k = d.quantile(u)
            #expect(k >= 0)
            #expect(d.cdf(k) >= u - slack, "\(d): u = \(u), k = \(k), cdf(k) = \(d.cdf(k))")
            if k > 0 {
                #expect(d.cdf(k - 1) < u + slack, "\(d): u = \(u), k = \(k), cdf(k−1) = \(d.cdf(k - 1))")
            }
        }
    }

    @Test("probability(of:) sums to cdf and to 1")
    func pmfAndCDFAgree() {
        for d in [CountDistribution(mean: 7, zeroProbability: 0.2), nb(12, 3, zero: 0.1)] {
            var total = 0.0
            for k in 0..<400 {
                total += d.probability(of: k)
                #expect(abs(total - d.cdf(k)) < 1e-12, "\(d), k = \(k)")
            }
            #expect(abs(total - 1) < 1e-12, "\(d)")
            #expect(d.probability(of: -1) == 0 && d.cdf(-1) == 0)
        }
    }
}
