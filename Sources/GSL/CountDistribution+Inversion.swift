import Foundation
internal import CGSL

/// Inversion of the Poisson and negative binomial CDFs by chop-down search: the hot path.
///
/// The search walks up from a starting count s, carrying the pmf f(k) by its ratio recurrence
/// and the running sum F(k), and stops at the first k with F(k) ≥ u:
///
///     Poisson(m):              f(k+1) = f(k)·m/(k+1)
///     negative binomial(m, r): f(k+1) = f(k)·(k+r)/(k+1)·q,  q = m/(r+m)
///
/// It costs about (k − s) multiply-adds and no allocation. Starting point:
/// - s = 0 with f(0) = e^{−m} (Poisson) or (r/(r+m))^r (negative binomial), while the mean
///   is small; the expected number of steps is then mean + 1.
/// - s = ⌊m − 9σ⌋ with f(s) from GSL's pmf once that skips at least 32 counts. The mass below s
///   is ignored: both families have sub-Gaussian lower tails, P(X ≤ m − t) ≤ exp(−t²/2σ²)
///   (Chernoff bound; σ² = m for the Poisson, m + m²/r for the negative binomial, the Poisson–
///   gamma mixture), so it is below e^{−40.5} ≈ 2.6e−18. The expected number of steps is ~9σ.
///
/// Starting from below and summing upwards also makes the result monotone in u for a given
/// mean. GSL's own CDFs are not used here: for means of 20–10⁶ `gsl_cdf_poisson_P` costs
/// 0.4–8 µs per call (more than the whole search) and above 10⁶ it can fail.
///
/// Termination: every loop stops when F no longer grows (F + f == F, i.e. f is negligible or has
/// underflowed), so rounding can never make it run forever; it then returns the count reached.
extension CountDistribution {
    /// Standard deviations below the mean at which the search may start.
    static let skippedStandardDeviations: Double = 9
    /// Start at 0 unless the 9σ start skips at least this many counts: for fewer, the GSL pmf
    /// call that seeds a later start costs more than the steps it saves.
    static let minimumSkip: Double = 32

    /// Where a search for a distribution with this mean and standard deviation starts.
    @inline(__always)
    static func searchStart(mean: Double, sd: Double) -> Double {
        let start = (mean - skippedStandardDeviations * sd).rounded(.down)
        return start < minimumSkip ? 0 : start
    }

    /// The smallest k with P(X ≤ k) ≥ u for X ~ Poisson(mean); mean > 0, 0 < u < 1.
    static func poissonQuantile(_ u: Double, mean: Double) -> Int {
        var k = searchStart(mean: mean, sd: mean.squareRoot())
        var f = k == 0 ? exp(-mean) : gsl_ran_poisson_pdf(UInt32(k), mean)
        var cumulative = f
        while cumulative < u {
            // mean / (k + 1) does not depend on f, so the division overlaps with the multiply
            // chain instead of lengthening it.
            f *= mean / (k + 1)
            k += 1
            let next = cumulative + f
            if next == cumulative { break }
            cumulative = next
        }
        return Int(k)
    }

    /// The smallest k with P(X ≤ k) ≥ u for X ~ negative binomial(mean, dispersion); mean > 0,
    /// 0 < u < 1. Chop-down search when its expected length is short, otherwise a search from
    /// an approximate quantile against GSL's CDF (`CountDistribution+Search.swift`).
    static func negativeBinomialQuantile(_ u: Double, mean: Double, dispersion: Double) -> Int {
        precondition(dispersion > 0, "negative binomial dispersion must be > 0")
        let variance = mean + mean * mean / dispersion
        let start = searchStart(mean: mean, sd: variance.squareRoot())
        // Expected chop-down steps ≈ mean − start. GSL's incomplete-beta CDF costs ~0.15–0.4 µs
        // for small dispersion and grows like √dispersion; a step costs ~1–2 ns.
        let stepBudget = max(400, 8 * dispersion.squareRoot())
        if mean - start > stepBudget,
           let k = negativeBinomialSearch(u, mean: mean, dispersion: dispersion, variance: variance) {
            return k
        }
        return negativeBinomialChopDown(u, mean: mean, dispersion: dispersion, start: start)
    }

    /// Chop-down search for the negative binomial from `start` (0 or the 9σ start).
    static func negativeBinomialChopDown(_ u: Double, mean: Double, dispersion r: Double, start: Double) -> Int {
        let q = mean / (r + mean)
        var k = start
        // (r/(r+m))^r = exp(−r·log1p(m/r)), accurate when m ≪ r.
        var f = k == 0
            ? exp(-r * log1p(mean / r))
            : gsl_ran_negative_binomial_pdf(UInt32(k), r / (r + mean), r)
        var cumulative = f
        while cumulative < u, k < Double(maximumCount) {
            f *= (k + r) * q / (k + 1)
            k += 1
            let next = cumulative + f
            if next == cumulative { break }
            cumulative = next
        }
        return Int(k)
    }
}
