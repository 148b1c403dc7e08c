internal import CGSL

/// Inversion of a large-mean, strongly dispersed negative binomial, where a chop-down search
/// would need O(mean) steps: start from an approximate quantile, take the exact tail there from
/// GSL's CDF (`gsl_cdf_negative_binomial_P`/`_Q`, an incomplete beta function that is cheap
/// when the dispersion is small) and walk to the exact quantile with the pmf recurrence.
///
/// - Approximate quantile: the gamma distribution with the same mean and variance, inverted with
///   the Wilson–Hilferty cube-root approximation. It is exact in the limit the negative binomial
///   approaches here (large mean: gamma(r, m/r) plus comparatively small Poisson noise), and then
///   refined by up to `newtonLimit` Newton steps k ← k + (u − F(k))/f(k) on GSL's CDF, because a
///   relative error of a few percent is still thousands of counts at these means.
/// - Accuracy in the upper half: for u > 1/2 the search compares P(X > k) with 1 − u (exact for
///   u ≥ 1/2) rather than P(X ≤ k) with u, so upper quantiles are not limited by the spacing of
///   doubles just below 1.
/// - Bounded cost: after `walkLimit` steps the walk gives way to galloping (doubling steps)
///   and bisection on GSL's CDF, O(log distance) CDF calls. If GSL returns a non-finite value
///   (its continued fraction fails for dispersions around 10⁷ and means ≥ 10⁶) the caller falls
///   back to the chop-down search, which is exact but slower.
extension CountDistribution {
    /// Pmf-recurrence steps before switching to galloping and bisection on GSL's CDF.
    static let walkLimit = 48
    /// Newton steps on GSL's CDF before walking.
    static let newtonLimit = 6

    /// The smallest k with P(X ≤ k) ≥ u, or nil when GSL's CDF or pmf is not finite.
    static func negativeBinomialSearch(_ u: Double, mean: Double, dispersion r: Double, variance: Double) -> Int? {
        // GSL's incomplete beta can report errors; they must not reach the abort handler even
        // if no RandomStream (whose init also does this) was ever created. One atomic read.
        GSLLibrary.configure()
        let tails = NegativeBinomialTails(mean: mean, dispersion: r, level: u)
        var k = approximateQuantile(u, mean: mean, variance: variance)
        var tail = 0.0
        var f = 0.0
        // Newton steps on the CDF, k ← k + (u − F(k))/f(k): at large means the approximation
        // is off by a few percent of the mean, far more than a walk should cover.
        // The loop always ends right after evaluating tail and f at the current k.
        for iteration in 1...newtonLimit {
            guard let exact = tails.tail(at: k) else { return nil }
            tail = exact
            f = gsl_ran_negative_binomial_pdf(UInt32(k), tails.p, r)
            guard f.isFinite else { return nil }
            if iteration == newtonLimit { break }
            let shortfall = tails.upperHalf ? tail - tails.target : tails.target - tail
            let jump = (shortfall / f).rounded()
            // A jump the walk covers, or none usable (f underflowed to 0): walk from here.
            guard jump.magnitude > Double(walkLimit / 2), jump.isFinite else { break }
            k = Int(min(max(Double(k) + jump, 0), Double(maximumCount)))
        }
        let q = tails.q
        if tails.reaches(tail) {
            // Walk down while k − 1 still reaches the level.
            for _ in 0..<walkLimit {
                guard k > 0 else { return 0 }
                let below = tails.upperHalf ? tail + f : tail - f
                guard tails.reaches(below) else { return k }
                tail = below
                let kd = Double(k)
                f *= kd / ((kd - 1 + r) * q)  // f(k−1) = f(k)·k / ((k−1+r)·q)
                k -= 1
            }
            return tails.gallopDown(from: k)
        } else {
            // Walk up until k reaches the level.
            for _ in 0..<walkLimit {
                guard k < maximumCount else { return maximumCount }
                let kd = Double(k)
                f *= (kd + r) * q / (kd + 1)  // f(k+1) = f(k)·(k+r)·q / (k+1)
                k += 1
                tail = tails.upperHalf ? tail - f : tail + f
                if tails.reaches(tail) { return k }
            }
            return tails.gallopUp(from: k)
        }
    }

    /// An approximate quantile: mean·(1 − c + z√c)³ with c = 1/(9·shape), shape = mean²/variance
    /// (Wilson–Hilferty for the moment-matched gamma), less ½ for the discreteness, clamped to
    /// 0…maximumCount. z = Φ⁻¹(u) from `gsl_cdf_ugaussian_Pinv`.
    static func approximateQuantile(_ u: Double, mean: Double, variance: Double) -> Int {
        let z = gsl_cdf_ugaussian_Pinv(u)
        let c = variance / (9 * mean * mean)
        let root = max(0, 1 - c + z * c.squareRoot())
        let x = (mean * root * root * root - 0.5).rounded()
        return Int(min(max(x, 0), Double(maximumCount)))
    }
}

/// Exact tail probabilities of one negative binomial from GSL, oriented for one search level:
/// P(X ≤ k) compared with u in the lower half (u ≤ ½), P(X > k) compared with 1 − u above it.
struct NegativeBinomialTails {
    /// GSL's success probability r/(r+m).
    let p: Double
    /// 1 − p = m/(r+m), computed directly rather than by subtraction.
    let q: Double
    let dispersion: Double
    let upperHalf: Bool
    /// u in the lower half, 1 − u in the upper half.
    let target: Double

    init(mean: Double, dispersion: Double, level u: Double) {
        p = dispersion / (dispersion + mean)
        q = mean / (dispersion + mean)
        self.dispersion = dispersion
        upperHalf = u > 0.5
        target = upperHalf ? 1 - u : u
    }

    /// P(X ≤ k) (lower half) or P(X > k) (upper half); nil if GSL's value is not finite.
    func tail(at k: Int) -> Double? {
        let count = UInt32(k)
        let value = upperHalf
            ? gsl_cdf_negative_binomial_Q(count, p, dispersion)
            : gsl_cdf_negative_binomial_P(count, p, dispersion)
        return value.isFinite ? value : nil
    }

    /// Whether a count with this tail value already has P(X ≤ k) ≥ u.
    func reaches(_ tail: Double) -> Bool {
        upperHalf ? tail <= target : tail >= target
    }

    /// Whether k reaches the level, by GSL's CDF; nil if GSL's value is not finite.
    func reaches(count k: Int) -> Bool? {
        tail(at: k).map { reaches($0) }
    }

    /// The answer, given that `k` reaches the level: gallop down until a count does not, then
    /// bisect.
    func gallopDown(from k: Int) -> Int? {
        var reached = k
        var step = CountDistribution.walkLimit
        while true {
            let candidate = max(0, reached - step)
            guard let ok = reaches(count: candidate) else { return nil }
            if !ok { return bisect(notReached: candidate, reached: reached) }
            if candidate == 0 { return 0 }
            reached = candidate
            step *= 2
        }
    }

    /// The answer, given that `k` does not reach the level: gallop up until a count does, then
    /// bisect. Saturates at ``CountDistribution/maximumCount``.
    func gallopUp(from k: Int) -> Int? {
        var notReached = k
        var step = CountDistribution.walkLimit
        while notReached < CountDistribution.maximumCount {
            let candidate = min(CountDistribution.maximumCount, notReached + step)
            guard let ok = reaches(count: candidate) else { return nil }
            if ok { return bisect(notReached: notReached, reached: candidate) }
            notReached = candidate
            step *= 2
        }
        return CountDistribution.maximumCount
    }

    /// The smallest count in (notReached, reached] that reaches the level, by bisection on GSL's CDF.
    func bisect(notReached: Int, reached: Int) -> Int? {
        var low = notReached
        var high = reached
        while high - low > 1 {
            let middle = low + (high - low) / 2
            guard let ok = reaches(count: middle) else { return nil }
            if ok { high = middle } else { low = middle }
        }
        return high
    }
}
