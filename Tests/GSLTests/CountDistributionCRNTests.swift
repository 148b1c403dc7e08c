import Testing
@testable import GSL

@Suite("CountDistribution: common random numbers and edge cases")
struct CountDistributionCRNTests {
    /// Distributions spanning every inversion path, used in rotation.
    static let rotation: [CountDistribution] = [
        CountDistribution(mean: 0),
        CountDistribution(mean: 1e-4),
        CountDistribution(mean: 2.5),
        CountDistribution(mean: 300),
        CountDistribution(mean: 40_000),
        CountDistribution(mean: 6, zeroProbability: 0.5),
        CountDistribution(family: .negativeBinomial(dispersion: 0.8), mean: 9),
        CountDistribution(family: .negativeBinomial(dispersion: 2), mean: 250_000),
        CountDistribution(family: .negativeBinomial(dispersion: 4), mean: 30, zeroProbability: 0.2),
    ]

    @Test("draw() consumes exactly one uniform, whatever the distribution")
    func oneUniformPerDraw() throws {
        let seed: UInt = 301
        let drawing = try RandomStream(seed: seed)
        let twin = try RandomStream(seed: seed)
        for index in 0..<2_000 {
            let distribution = Self.rotation[index % Self.rotation.count]
            let expected = distribution.quantile(twin.uniformPositive())
            #expect(distribution.draw(drawing) == expected, "seed \(seed), draw \(index), \(distribution)")
        }
        // Both streams are at the same position: their next outputs coincide.
        for _ in 0..<10 {
            #expect(drawing.uniform() == twin.uniform(), "seed \(seed)")
        }
    }

    @Test("two strategies asking for different means stay in step, and the larger mean never draws less")
    func strategiesStayInStep() throws {
        let seed: UInt = 302
        let low = try RandomStream(seed: seed)
        let high = try RandomStream(seed: seed)
        for period in 0..<3_000 {
            let base = 0.2 + Double(period % 37) * 1.7
            let families: [CountDistribution.Family] = [.poisson, .negativeBinomial(dispersion: 3)]
            let family = families[period % 2]
            let a = CountDistribution(family: family, mean: base).draw(low)
            let b = CountDistribution(family: family, mean: base * 1.6 + 3).draw(high)
            #expect(a <= b, "seed \(seed), period \(period)")
        }
        #expect(low.uniform() == high.uniform(), "seed \(seed): streams drifted apart")
    }

    @Test("quantile is monotone in u", arguments: rotation)
    func monotoneInLevel(_ distribution: CountDistribution) {
        var previous = 0
        for index in 1..<5_000 {
            let k = distribution.quantile(Double(index) / 5_000)
            #expect(k >= previous, "\(distribution): u = \(Double(index) / 5_000)")
            previous = k
        }
    }

    @Test("quantile is monotone in the mean across the search's start thresholds")
    func monotoneInMean() {
        let means = (1...400).map { Double($0) * 0.75 } + [1e3, 5e3, 2e4, 1e5]
        for u in [1e-7, 0.01, 0.3, 0.5, 0.77, 0.999, 1 - 1e-8] {
            for family in [CountDistribution.Family.poisson, .negativeBinomial(dispersion: 1.5), .negativeBinomial(dispersion: 60)] {
                var previous = 0
                for mean in means {
                    let k = CountDistribution(family: family, mean: mean).quantile(u)
                    #expect(k >= previous, "\(family), u = \(u), mean = \(mean)")
                    previous = k
                }
            }
        }
    }

    @Test("a zero mean always gives 0; edge levels are handled")
    func zeroMeanAndEdges() throws {
        let stream = try RandomStream(seed: 303)
        for family in [CountDistribution.Family.poisson, .negativeBinomial(dispersion: 2)] {
            let zero = CountDistribution(family: family, mean: 0, zeroProbability: 0.3)
            for _ in 0..<100 {
                #expect(zero.draw(stream) == 0)
                #expect(zero.sample(stream) == 0)
            }
            #expect(zero.variance == 0 && zero.probability(of: 0) == 1 && zero.cdf(0) == 1)
            let some = CountDistribution(family: family, mean: 5)
            #expect(some.quantile(0) == 0)
            #expect(some.quantile(-1) == 0)
            #expect(some.quantile(1) == some.quantile(0x1.fffffffffffffp-1))
            #expect(some.quantile(1) > 20)
        }
        #expect(CountDistribution(mean: 1e-300).quantile(0.999_999) == 0)
    }

    @Test("a mean of 10⁷ gives finite draws around it")
    func hugeMean() throws {
        let seed: UInt = 304
        let mean = 1e7
        let sd = mean.squareRoot()
        let stream = try RandomStream(seed: seed)
        // Speed is the simulator benchmark's business (`sellthrough bench`), not this test's.
        var draws: [Double] = []
        for family in [CountDistribution.Family.poisson, .negativeBinomial(dispersion: 1e9)] {
            let distribution = CountDistribution(family: family, mean: mean)
            for _ in 0..<100 { draws.append(Double(distribution.draw(stream))) }
        }
        for x in draws {
            #expect(abs(x - mean) < 8 * sd * 1.01, "seed \(seed): \(x)")
        }
        let moments = SampleMoments(draws)
        #expect(abs(moments.mean - mean) < moments.meanTolerance(trueVariance: mean * 1.01), "seed \(seed)")
        #expect(CountDistribution(mean: mean).quantile(1 - 1e-15) < Int(mean + 9 * sd))
    }

    @Test("variance includes zero inflation")
    func varianceFormula() {
        let d = CountDistribution(mean: 6, zeroProbability: 0.25)
        // Count part: mean 8, variance 8. Mixture: 0.75·8 + 0.25·0.75·64 = 18.
        #expect(abs(d.variance - 18) < 1e-12)
        #expect(abs(d.countMean - 8) < 1e-12)
        let n = CountDistribution(family: .negativeBinomial(dispersion: 2), mean: 10)
        #expect(abs(n.variance - 60) < 1e-12)
    }
}
