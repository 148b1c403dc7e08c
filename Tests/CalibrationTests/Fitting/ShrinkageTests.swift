import GSL
import Testing
@testable import Calibration

/// Empirical-Bayes shrinkage: the method-of-moments spread on a hand-worked group, products with
/// little data landing near the group mean and products with much data keeping their own, and a
/// simulated catalogue where shrinking lowers the total error.
@Suite("shrinkage: empirical Bayes")
struct ShrinkageTests {
    typealias Estimate = EmpiricalBayes.Estimate

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    /// y = 0, 2, 6 with unit variances: μ₀ = 8/3, Q = (64 + 4 + 100)/9 = 56/3, Σw − Σw²/Σw = 2,
    /// τ² = (56/3 − 2)/2 = 25/3; equal weights keep μ = 8/3; λ = (25/3)/(28/3) = 25/28, so y = 0
    /// moves to 8/3 − (25/28)(8/3) = 2/7.
    @Test("a hand-worked group")
    func handWorked() throws {
        let result = try #require(EmpiricalBayes.shrink([0, 2, 6].map { Estimate(value: $0, variance: 1) }))
        #expect(close(result.betweenVariance, 25.0 / 3))
        #expect(close(result.mean, 8.0 / 3))
        #expect(close(result.meanVariance, 1 / (3 / (1 + 25.0 / 3))))
        #expect(close(result.shrunk[0].value, 2.0 / 7))
        #expect(result.weights.allSatisfy { close($0, 25.0 / 28) })
    }

    /// Twenty products spread evenly around −1.5 (sd ≈ 0.3, seed 1611), joined once by a product
    /// with little data (variance 4) estimated at +0.5, and once by one with much data (variance
    /// 1e-4) estimated at −1.0.
    @Test("little data lands near the group mean, much data near its own")
    func littleAndMuch() throws {
        let stream = try RandomStream(seed: 1611)
        let group: [Estimate?] = (0..<20).map { _ in
            // A uniform on ±0.5 times √12 has sd 1.
            Estimate(value: -1.5 + 0.3 * (stream.uniform() - 0.5) * 12.0.squareRoot(), variance: 0.01)
        }
        let withLittle = try #require(EmpiricalBayes.shrink(group + [Estimate(value: 0.5, variance: 4)]))
        let little = withLittle.shrunk[20].value
        #expect(abs(little - withLittle.mean) < 0.1 * abs(0.5 - withLittle.mean))
        #expect(withLittle.weights[20] < 0.1 && withLittle.shrunk[20].variance < 4)
        let withMuch = try #require(EmpiricalBayes.shrink(group + [Estimate(value: -1.0, variance: 1e-4)]))
        #expect(abs(withMuch.shrunk[20].value + 1.0) < 0.01 * abs(-1.0 - withMuch.mean))
        #expect(withMuch.weights[20] > 0.99 && withMuch.shrunk[20].variance <= 1e-4)
        // Every member of a spread group keeps part of its own estimate.
        #expect(withMuch.weights.allSatisfy { $0 > 0 && $0 < 1 })
    }

    /// 200 products with true values N(0.5, 0.2²) and standard errors between 0.05 and 1
    /// (seed 1612): the shrunk values are closer to the truth in total than the raw estimates
    /// (James–Stein), and the spread estimate is near 0.04 (within 3 of its rough standard
    /// error √(2/k)·(τ² + mean v)).
    @Test("shrinking lowers the total error on a simulated catalogue")
    func simulatedCatalogue() throws {
        let stream = try RandomStream(seed: 1612)
        let normal = try Distribution.normal(mean: 0, sd: 1).makeSampler()
        let k = 200
        var truth: [Double] = []
        var estimates: [Estimate?] = []
        for _ in 0..<k {
            let theta = 0.5 + 0.2 * normal.sample(stream)
            let se = 0.05 + 0.95 * stream.uniform()
            truth.append(theta)
            estimates.append(Estimate(value: theta + se * normal.sample(stream), variance: se * se))
        }
        let result = try #require(EmpiricalBayes.shrink(estimates))
        let rawError = zip(estimates, truth).reduce(0) { $0 + pow2(($1.0?.value ?? 0) - $1.1) }
        let shrunkError = zip(result.shrunk, truth).reduce(0) { $0 + pow2($1.0.value - $1.1) }
        #expect(shrunkError < 0.7 * rawError)
        let meanVariance = estimates.reduce(0) { $0 + ($1?.variance ?? 0) } / Double(k)
        #expect(abs(result.betweenVariance - 0.04) < 3 * (2.0 / Double(k)).squareRoot() * (0.04 + meanVariance))
    }

    @Test("a known centre, missing estimates, a group of one, nothing usable")
    func edges() throws {
        // Pure noise around 1 (|y − 1| ≤ se): Σw(y − 1)² = 0.25 + 0.25 < k = 2, so τ² = 0 and
        // both go to 1.
        let centred = try #require(EmpiricalBayes.shrink([Estimate(value: 1.05, variance: 0.01),
                                                          Estimate(value: 0.95, variance: 0.01)], towards: 1))
        #expect(centred.betweenVariance == 0 && centred.shrunk.allSatisfy { $0.value == 1 })
        // A product without an estimate (nil, or an infinite variance) gets the group mean.
        let withGap = try #require(EmpiricalBayes.shrink([Estimate(value: 0, variance: 1), nil,
                                                          Estimate(value: 6, variance: 1),
                                                          Estimate(value: 3, variance: .infinity)]))
        #expect(withGap.informative == 2 && withGap.weights[1] == 0 && withGap.weights[3] == 0)
        #expect(close(withGap.shrunk[1].value, withGap.mean) && close(withGap.shrunk[3].value, withGap.mean))
        #expect(close(withGap.shrunk[1].variance, withGap.meanVariance + withGap.betweenVariance))
        // A group of one keeps its own value (pass the catalogue to shrink it).
        let alone = try #require(EmpiricalBayes.shrink([Estimate(value: 2.5, variance: 0.3)]))
        #expect(alone.shrunk[0].value == 2.5 && alone.betweenVariance == 0)
        #expect(EmpiricalBayes.shrink([nil, Estimate(value: .nan, variance: 1)]) == nil)
    }

    private func pow2(_ x: Double) -> Double { x * x }
}
