import Testing
@testable import GSL

/// One distribution to check, with the seed its draws come from.
struct DistributionCase: Sendable, CustomTestStringConvertible {
    let distribution: Distribution
    let seed: UInt
    var testDescription: String { "\(distribution) (seed \(seed))" }
}

@Suite("Distribution sampling and moments")
struct DistributionSamplingTests {
    static let drawCount = 40_000

    static let cases: [DistributionCase] = [
        .init(distribution: .constant(3.5), seed: 101),
        .init(distribution: .uniform(lower: 2, upper: 9), seed: 102),
        .init(distribution: .normal(mean: -4, sd: 2.5), seed: 103),
        .init(distribution: .truncatedNormal(mean: 5, sd: 3, lower: 0, upper: .infinity), seed: 104),
        .init(distribution: .truncatedNormal(mean: 0, sd: 1, lower: -1, upper: 2), seed: 105),
        .init(distribution: .truncatedNormal(mean: 0, sd: 1, lower: 4, upper: .infinity), seed: 106),
        .init(distribution: .truncatedNormal(mean: 10, sd: 2, lower: -.infinity, upper: 3), seed: 107),
        .init(distribution: .truncatedNormal(mean: 0, sd: 1, lower: 12, upper: 12.5), seed: 108),
        .init(distribution: .lognormal(mu: 1, sigma: 0.4), seed: 109),
        .init(distribution: .lognormal(mean: 14, sd: 3), seed: 110),
        .init(distribution: .gamma(shape: 2.5, scale: 3), seed: 111),
        .init(distribution: .gamma(shape: 0.6, scale: 1), seed: 112),
        .init(distribution: .gamma(mean: 7, sd: 2), seed: 113),
        .init(distribution: .exponential(mean: 4), seed: 114),
        .init(distribution: .poisson(mean: 0), seed: 115),
        .init(distribution: .poisson(mean: 3.2), seed: 116),
        .init(distribution: .poisson(mean: 250), seed: 117),
        .init(distribution: .negativeBinomial(mean: 6, dispersion: 1.5), seed: 118),
        .init(distribution: .binomial(trials: 30, probability: 0.2), seed: 119),
        .init(distribution: .bernoulli(probability: 0.3), seed: 120),
        .init(distribution: .empirical(values: [1, 2, 5, 10], weights: [4, 3, 2, 1]), seed: 121),
        .init(distribution: .empirical(values: [-3, 0.5, 7], weights: [0, 2, 6]), seed: 122),
    ]

    @Test("sample mean and variance match mean and variance", arguments: cases)
    func momentsMatch(_ testCase: DistributionCase) throws {
        let stream = try RandomStream(seed: testCase.seed)
        let sampler = try testCase.distribution.makeSampler()
        let draws = sampler.sample(stream, count: Self.drawCount)
        let moments = SampleMoments(draws)
        let mean = testCase.distribution.mean
        let variance = testCase.distribution.variance
        #expect(mean.isFinite && variance.isFinite && variance >= 0)
        #expect(abs(moments.mean - mean) <= moments.meanTolerance(trueVariance: variance),
                "\(testCase.testDescription): sample mean \(moments.mean) vs \(mean)")
        #expect(abs(moments.variance - variance) <= moments.varianceTolerance(trueVariance: variance),
                "\(testCase.testDescription): sample variance \(moments.variance) vs \(variance)")
        if testCase.distribution.isNonNegative {
            #expect(draws.allSatisfy { $0 >= 0 }, "\(testCase.testDescription)")
        }
    }

    @Test("truncated normal draws stay inside their interval", arguments: cases.filter {
        if case .truncatedNormal = $0.distribution { return true } else { return false }
    })
    func truncatedNormalBounds(_ testCase: DistributionCase) throws {
        guard case let .truncatedNormal(_, _, lower, upper) = testCase.distribution else { return }
        let stream = try RandomStream(seed: testCase.seed)
        let sampler = try testCase.distribution.makeSampler()
        for _ in 0..<5_000 {
            let x = sampler.sample(stream)
            #expect(x >= lower && x <= upper, "\(testCase.testDescription): \(x)")
        }
    }

    @Test("truncated normal moments match known closed forms")
    func truncatedNormalKnownValues() {
        // Half-normal: mean √(2/π), variance 1 − 2/π.
        let half = Distribution.truncatedNormal(mean: 0, sd: 1, lower: 0, upper: .infinity)
        #expect(abs(half.mean - (2 / Double.pi).squareRoot()) < 1e-12)
        #expect(abs(half.variance - (1 - 2 / Double.pi)) < 1e-12)
        // Symmetric truncation leaves the mean alone.
        let symmetric = Distribution.truncatedNormal(mean: 7, sd: 2, lower: 3, upper: 11)
        #expect(abs(symmetric.mean - 7) < 1e-12)
        // No truncation at all is the normal itself.
        let untouched = Distribution.truncatedNormal(mean: 1, sd: 3, lower: -.infinity, upper: .infinity)
        #expect(abs(untouched.mean - 1) < 1e-12)
        #expect(abs(untouched.variance - 9) < 1e-9)
        // Far tail: [a, ∞) with a = 10 has mean ≈ a + 1/a − 2/a³ and stays finite (uses Q, not 1 − Φ).
        let tail = Distribution.truncatedNormal(mean: 0, sd: 1, lower: 10, upper: .infinity)
        #expect(abs(tail.mean - (10 + 0.1 - 0.002)) < 1e-3)
        #expect(tail.variance > 0 && tail.variance < 0.01)
    }

    @Test("empirical draws follow their weights (chi-square)")
    func empiricalFrequencies() throws {
        let seed: UInt = 131
        let values: [Double] = [0, 1, 2, 3, 4]
        let weights: [Double] = [1, 0, 5, 2.5, 1.5]
        let sampler = try Distribution.empirical(values: values, weights: weights).makeSampler()
        let stream = try RandomStream(seed: seed)
        let draws = sampler.sample(stream, count: Self.drawCount).map { Int($0) }
        #expect(!draws.contains(1), "zero weight drawn, seed \(seed)")
        let total = weights.reduce(0, +)
        let result = chiSquareGoodnessOfFit(draws) { k in k < weights.count ? weights[k] / total : 0 }
        #expect(result.pValue > minimumPValue, "seed \(seed): \(result)")
    }

    @Test("lognormal(mean:sd:) and gamma(mean:sd:) have the requested moments")
    func reparameterisations() {
        let lognormal = Distribution.lognormal(mean: 14, sd: 3)
        #expect(abs(lognormal.mean - 14) < 1e-9)
        #expect(abs(lognormal.variance - 9) < 1e-9)
        let gamma = Distribution.gamma(mean: 7, sd: 2)
        #expect(abs(gamma.mean - 7) < 1e-12)
        #expect(abs(gamma.variance - 4) < 1e-12)
    }

    @Test("the convenience sample(_:) validates and draws")
    func convenienceSample() throws {
        let stream = try RandomStream(seed: 141)
        let x = try Distribution.uniform(lower: 1, upper: 2).sample(stream)
        #expect(x >= 1 && x < 2)
        #expect(throws: GSLError.self) { try Distribution.normal(mean: 0, sd: -1).sample(stream) }
    }
}
