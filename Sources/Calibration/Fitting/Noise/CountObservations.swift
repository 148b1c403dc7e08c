import Foundation
import GSL

/// The live periods of a product as the count likelihood reads them: sales rounded to counts and
/// the stockout flags. An uncensored period contributes log P(D = y), a censored one
/// log P(D ≥ y) (the shelf ran empty, so demand was at least the sales), as in the Censoring
/// module's censored likelihood.
struct CountObservations: Sendable {
    let counts: [Int]
    let censored: [Bool]

    /// Expected means are kept at least this (units per period), so a period with a sale where
    /// the baseline is 0 costs a large but finite log-likelihood.
    static let meanFloor = 1e-6

    init(sales: [Double], censored: [Bool]) {
        counts = sales.map { Int(min($0.rounded(), Double(CountDistribution.maximumCount))) }
        self.censored = censored
    }

    /// Σ log-probability of the observations under `noise` with per-period `means` (same length).
    /// Finite: each probability is floored at the least normal double.
    func logLikelihood(_ noise: NoiseFit, means: [Double]) -> Double {
        var total = 0.0
        for t in counts.indices {
            let mean = min(max(means[t], Self.meanFloor), CountDistribution.maximumMean)
            let distribution = noise.distribution(mean: mean)
            let probability = censored[t] && counts[t] > 0
                ? 1 - distribution.cdf(counts[t] - 1)
                : distribution.probability(of: counts[t])
            total += log(max(probability, Double.leastNormalMagnitude))
        }
        return total
    }
}
