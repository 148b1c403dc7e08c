import Foundation
import GSL
import Testing
@testable import Censoring

/// The censored-likelihood fit on a series whose maximum-likelihood answer is solved here
/// independently, and the conditional means it imputes.
@Suite("censored-likelihood: known answers")
struct CensoredLikelihoodTests {
    /// Sales 2 and 4 seen, a third period censored at 1 (D ≥ 1); three periods fit a constant
    /// mean. The Poisson log-likelihood 6·ln μ − 2μ + ln(1 − e^{−μ}) has its maximum where
    /// 6/μ − 2 + e^{−μ}/(1 − e^{−μ}) = 0, solved by bisection; the censored period then gets
    /// E[D | D ≥ 1] = μ / (1 − e^{−μ}).
    @Test("a constant Poisson mean with one censored period")
    func constantPoisson() throws {
        func score(_ mu: Double) -> Double { 6 / mu - 2 + exp(-mu) / (1 - exp(-mu)) }
        var (low, high) = (0.5, 10.0)
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if score(middle) > 0 { low = middle } else { high = middle }
        }
        let mu = (low + high) / 2
        let series = CensoredSeries(sales: [2, 4, 1], censored: [false, false, true])
        let estimate = try CensoredLikelihoodEstimator(family: .poisson).estimate(for: series)
        #expect(Array(estimate.demand.prefix(2)) == [2, 4])
        #expect(abs(estimate.demand[2] - mu / (1 - exp(-mu))) < 1e-3, "μ = \(mu), got \(estimate.demand[2])")
        #expect(!estimate.notes.contains(.negativeBinomialChosen))
    }

    /// A period censored at 0 (an empty shelf all period) says nothing: the fit is the mean of
    /// the others, 3, and that is the period's demand.
    @Test("a period censored at zero gets the fitted mean")
    func censoredAtZero() throws {
        let series = CensoredSeries(sales: [2, 4, 0], censored: [false, false, true])
        let demand = try CensoredLikelihoodEstimator(family: .poisson).demand(for: series)
        #expect(abs(demand[2] - 3) < 1e-3)
    }

    /// E[D | D ≥ c] against direct sums of GSL's probabilities, for both families.
    @Test("conditional means match direct sums", arguments: [
        CountDistribution(family: .poisson, mean: 7.5),
        CountDistribution(family: .negativeBinomial(dispersion: 1.3), mean: 7.5),
        CountDistribution(family: .negativeBinomial(dispersion: 40), mean: 0.8),
        CountDistribution(family: .poisson, mean: 2, zeroProbability: 0.6),
    ])
    func conditionalMeans(distribution: CountDistribution) {
        for c in [0, 1, 3, 8, 15] {
            var weight = 0.0
            var sum = 0.0
            for k in c..<2000 {
                let p = distribution.probability(of: k)
                weight += p
                sum += Double(k) * p
            }
            let direct = sum / weight
            #expect(abs(CensoredCountModel.conditionalMean(distribution, atLeast: c) - direct) < 1e-7 * max(1, direct),
                    "\(distribution) c = \(c)")
        }
    }

    /// The log-mean design grows with the series: a constant under 4 periods, linear under 12,
    /// quadratic from 12, and two harmonics of a weekly cycle once two cycles are seen.
    @Test("the design's terms grow with the series")
    func design() {
        func terms(_ n: Int, season: Int) -> Int {
            LifecycleDesign(series: CensoredSeries(sales: Array(repeating: 1, count: n), censored: Array(repeating: false, count: n),
                                                   season: season)).parameterCount
        }
        #expect(terms(3, season: 1) == 1)
        #expect(terms(8, season: 1) == 2)
        #expect(terms(12, season: 1) == 3)
        #expect(terms(13, season: 7) == 3)
        #expect(terms(14, season: 7) == 7)
        #expect(terms(104, season: 52) == 7)
    }

    /// The spline trend: `knots` terms (1, τ, knots − 2 curvature terms), tried only with ten
    /// periods between knots, and natural: each curvature term's second derivative vanishes at
    /// both ends of the series (second differences on a fine grid, against the largest inside).
    @Test("the spline trend is a natural cubic spline")
    func splineDesign() {
        #expect(LifecycleDesign.allows(.naturalSpline(knots: 6), periods: 50))
        #expect(!LifecycleDesign.allows(.naturalSpline(knots: 6), periods: 49))
        #expect(LifecycleDesign.allows(.quadratic, periods: 3))
        let n = 401
        let series = CensoredSeries(sales: Array(repeating: 1, count: n), censored: Array(repeating: false, count: n))
        let design = LifecycleDesign(series: series, trend: .naturalSpline(knots: 5))
        #expect(design.trendCount == 5 && design.parameterCount == 5)
        #expect(design.rows.allSatisfy { $0[0] == 1 })
        for j in 2..<5 {
            let column: [Double] = design.rows.map { $0[j] }
            let second: [Double] = (1..<(n - 1)).map { (t: Int) -> Double in
                let bend: Double = column[t - 1] + column[t + 1]
                return bend - 2 * column[t]
            }
            let largest = second.map { abs($0) }.max() ?? 0
            let (first, last) = (abs(second[0]), abs(second[n - 3]))
            #expect(largest > 0, "column \(j) does not bend")
            #expect(first < 0.02 * largest && last < 0.02 * largest, "column \(j): ends \(first), \(last) of \(largest)")
        }
    }
}
