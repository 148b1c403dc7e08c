import Foundation
import GSL

/// A count model of demand per period with censored observations: D_t ~ Poisson(μ_t), negative
/// binomial with mean μ_t and dispersion k (variance μ_t + μ_t²/k), or zero-inflated Poisson (0
/// with probability π, else Poisson(μ_t)); log μ_t from a ``LifecycleDesign``. An uncensored period contributes log P(D_t = y_t), a censored one
/// log P(D_t ≥ s_t); probabilities and tails come from GSL (`gsl_ran_*_pdf`,
/// `gsl_cdf_*_P`) through ``CountDistribution``.
struct CensoredCountModel: Sendable {
    /// The families of the fit.
    enum Family: Sendable, Hashable {
        case poisson
        case negativeBinomial
        case zeroInflatedPoisson
    }

    let design: LifecycleDesign
    /// Sales rounded to counts, and the censoring flags.
    let counts: [Int]
    let censored: [Bool]
    let family: Family

    /// The most the mean may reach, as ln μ: ln(2·largest sale + 1), and never above GSL's
    /// largest count mean. Where the censored periods cluster (a growing lifecycle's start, an
    /// intermittent series whose every positive week ran out), the likelihood keeps rising as
    /// the mean grows beyond anything sold, and the maximum does not exist; demand more than
    /// twice the best period ever sold is not what a censored history can tell.
    let logMeanCap: Double
    /// log μ is kept at least ln 10⁻¹⁰, so an all-zero series' fit does not drift.
    static let logMeanFloor = log(1e-10)
    /// ln k is kept within [ln ¼, 12]: from strongly over-dispersed to practically Poisson. A
    /// smaller k lets an intermittent series' zeros and its censored weeks be explained by a
    /// mean without bound (the same degeneracy as above).
    static let logDispersionRange = log(0.25)...12.0
    /// logit π is kept within [−6, 4]: π from 0.25% to 98%.
    static let logitZeroRange = -6.0...4.0

    init(design: LifecycleDesign, counts: [Int], censored: [Bool], family: Family) {
        self.design = design
        self.counts = counts
        self.censored = censored
        self.family = family
        let largest = Double(counts.max() ?? 0)
        logMeanCap = log(min(2 * largest + 1, Distribution.maximumCountMean))
    }

    /// Number of free parameters: the coefficients, and ln k for the negative binomial or logit π
    /// for the zero-inflated Poisson.
    var parameterCount: Int { design.parameterCount + (family == .poisson ? 0 : 1) }

    /// The demand distribution of period t under `parameters` (coefficients, then ln k or
    /// logit π); nil outside the parameter bounds. For the zero-inflated Poisson the
    /// coefficients give the mean of the Poisson part.
    func distribution(_ t: Int, _ parameters: [Double]) -> CountDistribution? {
        let eta = design.logMean(t, parameters)
        guard eta <= logMeanCap else { return nil }
        let mean = exp(max(eta, Self.logMeanFloor))
        switch family {
        case .poisson:
            return CountDistribution(family: .poisson, mean: mean)
        case .negativeBinomial:
            let logK = parameters[design.parameterCount]
            guard Self.logDispersionRange.contains(logK) else { return nil }
            return CountDistribution(family: .negativeBinomial(dispersion: exp(logK)), mean: mean)
        case .zeroInflatedPoisson:
            let logit = parameters[design.parameterCount]
            guard Self.logitZeroRange.contains(logit) else { return nil }
            let zero = 1 / (1 + exp(-logit))
            return CountDistribution(family: .poisson, mean: (1 - zero) * mean, zeroProbability: zero)
        }
    }

    /// −log-likelihood at `parameters`; +∞ outside the bounds.
    func negativeLogLikelihood(_ parameters: [Double]) -> Double {
        var total = 0.0
        for t in counts.indices {
            guard let distribution = distribution(t, parameters) else { return .infinity }
            let probability = censored[t] ? Self.upperTail(distribution, atLeast: counts[t]) : distribution.probability(of: counts[t])
            total -= log(max(probability, Double.leastNormalMagnitude))
        }
        return total
    }

    /// P(D ≥ c) = 1 − F(c − 1); 1 for c ≤ 0. Where 1 − F is below 10⁻⁶ it has lost digits to
    /// rounding, and the tail is summed from GSL's probabilities instead (``tailSums(_:from:)``).
    static func upperTail(_ distribution: CountDistribution, atLeast c: Int) -> Double {
        guard c > 0 else { return 1 }
        let tail = 1 - distribution.cdf(c - 1)
        return tail > 1e-6 ? tail : tailSums(distribution, from: c).probability
    }

    /// Σ P(D = k) and Σ k·P(D = k) over k ≥ c, summed until a term no longer changes the sum
    /// (at most 100 000 terms: far in a tail the terms fall geometrically).
    static func tailSums(_ distribution: CountDistribution, from c: Int) -> (probability: Double, first: Double) {
        var probability = 0.0
        var first = 0.0
        var k = c
        while k < c + 100_000 {
            let p = distribution.probability(of: k)
            probability += p
            first += Double(k) * p
            if p <= probability * 1e-17 || (p == 0 && Double(k) > distribution.mean) { break }
            k += 1
        }
        return (probability, first)
    }

    /// E[D | D ≥ c] under `distribution`, by the identities k·P(D = k) = μ·P(D' = k − 1) with
    /// D' ~ Poisson(μ) for the Poisson and D' ~ negative binomial with dispersion k + 1 and mean
    /// μ(k + 1)/k for the negative binomial: E[D·1{D ≥ c}] = μ·P(D' ≥ c − 1). Where P(D ≥ c) is
    /// below 10⁻⁶ the tail is summed term by term instead; where even that underflows, c. For
    /// c ≥ 1 structural zeros do not matter (they scale both sides alike): the count part is
    /// used.
    static func conditionalMean(_ zeroInflated: CountDistribution, atLeast c: Int) -> Double {
        guard c > 0 else { return zeroInflated.mean }
        let distribution = CountDistribution(family: zeroInflated.family, mean: zeroInflated.countMean)
        let mean = distribution.mean
        let tail = upperTail(distribution, atLeast: c)
        if tail <= 1e-6 {
            let sums = tailSums(distribution, from: c)
            return sums.probability > 0 ? max(Double(c), sums.first / sums.probability) : Double(c)
        }
        let shifted: CountDistribution
        switch distribution.family {
        case .poisson:
            shifted = distribution
        case let .negativeBinomial(k):
            shifted = CountDistribution(family: .negativeBinomial(dispersion: k + 1), mean: mean * (k + 1) / k)
        }
        return max(Double(c), mean * upperTail(shifted, atLeast: c - 1) / tail)
    }
}
