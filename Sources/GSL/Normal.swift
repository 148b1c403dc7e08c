internal import CGSL

/// The standard normal distribution N(0, 1) through GSL: Φ, its upper tail, its inverse, the
/// density φ, and the standard normal loss function G used in safety-stock formulas.
///
/// Every function is total: NaN in gives NaN out, and the ends of the domain give the limits
/// (Φ(−∞) = 0, Φ⁻¹(1) = +∞, G(+∞) = 0, …) rather than trapping.
public enum StandardNormal {
    /// Φ(x) = P(Z ≤ x), by `gsl_cdf_ugaussian_P`.
    public static func cdf(_ x: Double) -> Double {
        GSLLibrary.configure()
        return gsl_cdf_ugaussian_P(x)
    }

    /// Q(x) = 1 − Φ(x) = P(Z > x), by `gsl_cdf_ugaussian_Q`. Use it rather than `1 − cdf(x)`
    /// for x above about 3, where that difference loses digits.
    public static func complementaryCDF(_ x: Double) -> Double {
        GSLLibrary.configure()
        return gsl_cdf_ugaussian_Q(x)
    }

    /// Φ⁻¹(p): the z with Φ(z) = p, for 0 ≤ p ≤ 1 (−∞ at 0, +∞ at 1), by
    /// `gsl_cdf_ugaussian_Pinv`. NaN outside [0, 1].
    public static func quantile(_ p: Double) -> Double {
        for level in commonLevels where level.p == p { return level.z }
        return computedQuantile(p)
    }

    /// Φ⁻¹(p) by GSL on every call (what ``quantile(_:)`` answers, cached or not).
    static func computedQuantile(_ p: Double) -> Double {
        GSLLibrary.configure()
        // GSL reports an out-of-range p through its (switched-off) error handler and returns
        // NaN or 0 depending on the version; answer NaN consistently.
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        return gsl_cdf_ugaussian_Pinv(p)
    }

    /// Φ⁻¹ at the levels asked every period of a closed loop (the backtest's scored quantiles,
    /// the usual service levels), each computed once by `gsl_cdf_ugaussian_Pinv`: the same
    /// bits as a call, without GSL's rational approximation every time (it was a tenth of a
    /// forecast-driven loop's time).
    static let commonLevels: [(p: Double, z: Double)] = [0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 0.975, 0.99]
        .map { ($0, computedQuantile($0)) }

    /// φ(x) = exp(−x²/2)/√(2π), by `gsl_ran_ugaussian_pdf`; 0 at ±∞.
    public static func density(_ x: Double) -> Double {
        GSLLibrary.configure()
        return x.isInfinite ? 0 : gsl_ran_ugaussian_pdf(x)
    }

    /// The standard normal loss function G(k) = E[(Z − k)⁺] = φ(k) − k·Q(k): the expected
    /// shortfall, in standard deviations, of a stock set k standard deviations above the mean
    /// (Silver, Pyke & Peterson, "Inventory Management and Production Planning and Scheduling",
    /// 3rd ed., appendix B; Axsäter, "Inventory Control", 2nd ed., §5.3).
    ///
    /// G is positive, strictly decreasing and convex, with G(k) → −k as k → −∞ and G(k) → 0 as
    /// k → +∞; G(−k) = G(k) + k. For k > 0 the two terms nearly cancel, so the result is accurate
    /// to about 1e-17 in absolute terms, not relative to G(k) itself far in the tail.
    public static func lossFunction(_ k: Double) -> Double {
        if k.isNaN { return .nan }
        if k == .infinity { return 0 }
        if k == -.infinity { return .infinity }
        return max(0, density(k) - k * complementaryCDF(k))
    }

    /// The k with G(k) = `loss`, for `loss` > 0: the safety factor that leaves `loss` standard
    /// deviations of expected shortfall. +∞ for 0; NaN for a negative or NaN `loss`.
    ///
    /// Solved by bisection on ``lossFunction(_:)`` (GSL's Φ and φ), which needs nothing but G's
    /// monotonicity and always converges. The bracket is exact, not guessed: G(−loss) =
    /// G(loss) + loss > loss, and G(k) ≤ φ(k)/k² for k > 0 falls below any representable loss by
    /// k = 40. Bisection stops when the bracket no longer shrinks (neighbouring doubles) or after
    /// 2 000 halvings; since |G′| = Q(k) ≤ 1, G at the answer is within one rounding of `loss`.
    ///
    /// GSL's own bracketing solvers (`gsl_root_fsolver_brent`) would do the same job, but their
    /// header is not part of the CGSL shim; bisection on a strictly monotone function loses
    /// nothing here but a few dozen evaluations.
    public static func lossFunctionInverse(_ loss: Double) -> Double {
        guard loss >= 0 else { return .nan }  // also NaN
        if loss == 0 { return .infinity }
        if loss == .infinity { return -.infinity }
        var low = -loss - 1   // G(low) > loss
        var high = 40.0       // G(high) < loss for every positive double of interest
        if lossFunction(high) >= loss { return high }
        for _ in 0..<2_000 {
            let middle = low + (high - low) / 2
            guard middle > low, middle < high else { break }
            if lossFunction(middle) > loss {
                low = middle
            } else {
                high = middle
            }
        }
        // Return whichever end of the final bracket is closer in G.
        return abs(lossFunction(low) - loss) < abs(lossFunction(high) - loss) ? low : high
    }
}
