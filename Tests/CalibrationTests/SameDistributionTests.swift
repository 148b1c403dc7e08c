import GSL
import Testing
@testable import Calibration

/// The distances on samples drawn through GSL (`mt19937`, seeds named per test): samples from
/// one distribution must not look different, shifted ones must. Tolerances come from the
/// sample sizes, as each test argues.
@Suite("two-sample distances on GSL draws")
struct SameDistributionTests {
    func draws(_ distribution: Distribution, count: Int, seed: UInt) throws -> [Double] {
        try distribution.makeSampler().sample(RandomStream(seed: seed), count: count)
    }

    /// Under the null hypothesis the p-value is (close to) uniform, so a p below 10⁻³ happens to
    /// one seed in a thousand: seeds 20261207 and 20261208 must not be that one. A shift of half a
    /// standard deviation with n = m = 1000 moves D to 2Φ(0.25) − 1 = 0.197 in the
    /// population, while p = 10⁻³ needs only D ≈ 1.95/√500 = 0.087 (N = 500); D's sampling sd is
    /// about √(2·0.25/1000) = 0.022, so the shift is detected with five standard deviations
    /// to spare.
    @Test("same distribution: p not tiny; shifted: detected")
    func detectsShift() throws {
        let x = try draws(.normal(mean: 10, sd: 2), count: 1000, seed: 20261207)
        let same = try draws(.normal(mean: 10, sd: 2), count: 1000, seed: 20261208)
        let shifted = try draws(.normal(mean: 11, sd: 2), count: 1000, seed: 20261208)
        let null = try #require(KolmogorovSmirnov(SortedSample(x), SortedSample(same)))
        let alternative = try #require(KolmogorovSmirnov(SortedSample(x), SortedSample(shifted)))
        #expect((null.pValue ?? 0) > 1e-3, "D = \(null.statistic), p = \(null.pValue ?? .nan)")
        #expect((alternative.pValue ?? 1) < 1e-3, "D = \(alternative.statistic), p = \(alternative.pValue ?? .nan)")
        #expect(abs(alternative.statistic - 0.197) < 4 * 0.022)
    }

    /// 400 pairs of gamma samples (n = m = 200, seeds 1…800): the share of p-values below 0.05
    /// should be 0.05 (a little less, since the asymptotic p of a two-sample test with these
    /// sizes is slightly conservative). Binomial sd √(0.05·0.95/400) = 0.011; four of them
    /// allow 0.006…0.094.
    @Test("p-values are calibrated under the null")
    func calibrated() throws {
        let gamma = Distribution.gamma(mean: 10, sd: 4)
        var rejections = 0
        for pair in 0..<400 {
            let x = try draws(gamma, count: 200, seed: UInt(2 * pair + 1))
            let y = try draws(gamma, count: 200, seed: UInt(2 * pair + 2))
            if let test = KolmogorovSmirnov(SortedSample(x), SortedSample(y)), (test.pValue ?? 1) < 0.05 { rejections += 1 }
        }
        let share = Double(rejections) / 400
        #expect(abs(share - 0.05) < 4 * (0.05 * 0.95 / 400).squareRoot(), "share below 0.05: \(share)")
    }

    /// Real and simulated series from one continuous distribution: each period's band is read
    /// from R = 200 draws, whose type-7 10% and 90% points sit near order statistics 20.9 and
    /// 180.1, covering (180.1 − 20.9)/201 = 0.792 of the distribution on average. Over 20 × 50
    /// independent periods the share inside has sd √(0.792·0.208/1000) = 0.013; four of them
    /// allow ±0.051. Real demand twice as large (gamma with shape 6.25, scale 1.6) falls in
    /// the faithful band, about 2.67…7.67, with probability 0.304 (scipy's gamma cdf); 4 sd of
    /// the share, 0.058, and room for the band's own estimation error keep it below 0.4.
    @Test("band coverage near 80% when faithful, far below when not")
    func coverage() throws {
        let (products, periods, replications) = (20, 50, 200)
        let gamma = Distribution.gamma(mean: 5, sd: 2)
        let sampler = try gamma.makeSampler()
        let stream = try RandomStream(seed: 4242)
        func catalogue() -> [[Double]] { (0..<products).map { _ in sampler.sample(stream, count: periods) } }
        let simulated = (0..<replications).map { _ in catalogue() }
        let real = catalogue()
        let options = FidelityOptions(seasonLength: 12)
        let faithful = try FidelityResult(real: real, simulated: simulated, options: options)
        let coverage = try #require(faithful.summary.bandCoverage)
        #expect(abs(coverage - 0.792) < 4 * (0.792 * 0.208 / 1000).squareRoot(), "coverage \(coverage)")
        let inflated = try FidelityResult(real: real.map { $0.map { $0 * 2 } }, simulated: simulated, options: options)
        #expect((inflated.summary.bandCoverage ?? 1) < 0.4)
    }
}
