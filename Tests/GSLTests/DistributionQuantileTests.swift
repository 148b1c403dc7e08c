import Testing
@testable import GSL

/// The inverse CDF turns one uniform into a draw: the same distribution as GSL's samplers, one
/// uniform per draw (for common random numbers), increasing in the uniform.
@Suite("Distribution quantiles")
struct DistributionQuantileTests {
    @Test("quantiles of uniform draws have the distribution's mean and variance",
          arguments: DistributionSamplingTests.cases)
    func inversionMoments(_ testCase: DistributionCase) throws {
        let stream = try RandomStream(seed: testCase.seed + 1_000)
        let sampler = try testCase.distribution.makeSampler()
        let draws = (0..<DistributionSamplingTests.drawCount).map { _ in sampler.quantile(stream.uniformPositive()) }
        let moments = SampleMoments(draws)
        let variance = testCase.distribution.variance
        #expect(abs(moments.mean - testCase.distribution.mean) <= moments.meanTolerance(trueVariance: variance),
                "\(testCase.testDescription) (seed \(testCase.seed + 1_000)): mean \(moments.mean)")
        #expect(abs(moments.variance - variance) <= moments.varianceTolerance(trueVariance: variance),
                "\(testCase.testDescription) (seed \(testCase.seed + 1_000)): variance \(moments.variance)")
    }

    @Test("quantiles never decrease as u grows", arguments: DistributionSamplingTests.cases)
    func monotone(_ testCase: DistributionCase) throws {
        let sampler = try testCase.distribution.makeSampler()
        let values = stride(from: 0.001, to: 1, by: 0.001).map { sampler.quantile($0) }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 }, "\(testCase.testDescription)")
    }

    @Test("known quantiles: gamma median, exponential and uniform in closed form")
    func knownValues() throws {
        // Exponential: −mean·ln(1 − u); uniform: lower + u·(upper − lower).
        let exponential = try Distribution.exponential(mean: 4).makeSampler()
        #expect(abs(exponential.quantile(0.5) - 4 * 0.6931471805599453) < 1e-12)
        let uniform = try Distribution.uniform(lower: 2, upper: 10).makeSampler()
        #expect(abs(uniform.quantile(0.25) - 4) < 1e-12)
        // Gamma(shape 1) is exponential: its 90% quantile is −θ·ln(0.1).
        let gamma = try Distribution.gamma(shape: 1, scale: 3).makeSampler()
        #expect(abs(gamma.quantile(0.9) - 3 * 2.302585092994046) < 1e-9)
        #expect(try Distribution.empirical(values: [5, 1, 3], weights: [1, 1, 2]).makeSampler().quantile(0.3) == 3)
    }
}
