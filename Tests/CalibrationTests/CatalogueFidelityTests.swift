import GSL
import Testing
@testable import Calibration

/// The whole comparison on a Poisson catalogue drawn through GSL (`mt19937`): product means
/// from a gamma (mean 5, sd 5: an exponential), seed 7; each simulated replication r draws its
/// series with seed 1000 + r, the "real" history with seed 999.
@Suite("fidelity of a Poisson catalogue")
struct CatalogueFidelityTests {
    static let (products, periods, replications) = (1000, 60, 20)

    func catalogue(means: [Double], seed: UInt) throws -> [[Double]] {
        let stream = try RandomStream(seed: seed)
        return try means.map { mean in
            try Distribution.poisson(mean: mean).makeSampler().sample(stream, count: Self.periods)
        }
    }

    /// Faithful: real and simulated series share each product's mean, so every statistic has
    /// one distribution on both sides. The real sample holds one draw per product rather than
    /// draws from the mixture, which only makes the test conservative; with seven tests at
    /// 10⁻³ the chance that a faithful one falls below is under 0.7%, and seeds 7, 999,
    /// 1000…1019 are not that case.
    /// Misfit: simulated means half again as large. For exponential means the real and
    /// simulated distributions of the mean differ by sup_x (e^{−x/7.5} − e^{−x/5}) = 0.148 (at
    /// x = 6.08), where p = 10⁻³ needs D ≈ 1.95/√952 = 0.063 (N = 1000·20000/21000); D's
    /// sampling sd is about √(0.25/1000) = 0.016, five of them below the gap.
    @Test("a faithful simulation passes, a misfitted mean is caught")
    func faithfulAndMisfit() throws {
        let means = try Distribution.gamma(mean: 5, sd: 5).makeSampler().sample(RandomStream(seed: 7), count: Self.products)
        let real = try catalogue(means: means, seed: 999)
        let options = FidelityOptions(seasonLength: 12)
        let faithful = try FidelityResult(
            real: real, simulated: (0..<Self.replications).map { try catalogue(means: means, seed: UInt(1000 + $0)) }, options: options)
        for comparison in faithful.summary.statistics {
            #expect((comparison.ksPValue ?? 0) > 1e-3, "\(comparison.statistic): p = \(comparison.ksPValue ?? .nan)")
        }
        let inflated = means.map { $0 * 1.5 }
        let misfit = try FidelityResult(
            real: real, simulated: (0..<Self.replications).map { try catalogue(means: inflated, seed: UInt(1000 + $0)) }, options: options)
        let mean = try #require(misfit.summary.comparison(of: .mean))
        #expect((mean.ksPValue ?? 1) < 1e-3, "p = \(mean.ksPValue ?? .nan)")
        #expect(abs((mean.ksStatistic ?? 0) - 0.148) < 5 * 0.016, "D = \(mean.ksStatistic ?? .nan)")
    }
}
