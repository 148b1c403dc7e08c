internal import CGSL

/// The pieces of a truncated normal(mean, sd) on [lower, upper] that its moments, its validation
/// and its sampler share: the standardised bounds α, β and the normal probabilities at them.
///
/// Accuracy in the tails: when the whole interval lies above the mean, Φ(α) and Φ(β) are both
/// close to 1 and their difference would cancel, so the upper-tail functions Q = 1 − Φ are used
/// instead (`gsl_cdf_ugaussian_Q`, `gsl_cdf_ugaussian_Qinv`); below or around the mean the lower
/// tail (`gsl_cdf_ugaussian_P`, `gsl_cdf_ugaussian_Pinv`) is already accurate. This keeps an
/// interval such as [mean + 10 sd, ∞) usable although Φ(10) rounds to 1.
struct TruncatedNormalParts: Hashable, Sendable {
    let mean: Double
    let sd: Double
    let lower: Double
    let upper: Double
    /// (lower − mean) / sd; may be −∞.
    let alpha: Double
    /// (upper − mean) / sd; may be +∞.
    let beta: Double
    /// True when the probabilities below are upper-tail probabilities Q (interval above the mean).
    let usesUpperTail: Bool
    /// Φ(α) or, with `usesUpperTail`, Q(α).
    let atLower: Double
    /// Φ(β) or, with `usesUpperTail`, Q(β).
    let atUpper: Double

    init(mean: Double, sd: Double, lower: Double, upper: Double) {
        GSLLibrary.configure()
        self.mean = mean
        self.sd = sd
        self.lower = lower
        self.upper = upper
        alpha = (lower - mean) / sd
        beta = (upper - mean) / sd
        usesUpperTail = alpha > 0
        if usesUpperTail {
            atLower = gsl_cdf_ugaussian_Q(alpha)
            atUpper = gsl_cdf_ugaussian_Q(beta)
        } else {
            atLower = gsl_cdf_ugaussian_P(alpha)
            atUpper = gsl_cdf_ugaussian_P(beta)
        }
    }

    /// Z = Φ(β) − Φ(α): the probability of [lower, upper] under the untruncated normal.
    var mass: Double {
        usesUpperTail ? atLower - atUpper : atUpper - atLower
    }

    /// The truncated distribution's mean: mean + sd·(φ(α) − φ(β))/Z.
    var truncatedMean: Double {
        mean + sd * (density(alpha) - density(beta)) / mass
    }

    /// The truncated distribution's variance:
    /// sd²·[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²], never below 0 (the bracket can round
    /// to a tiny negative number for very narrow or very remote intervals).
    var truncatedVariance: Double {
        let z = mass
        let shift = (density(alpha) - density(beta)) / z
        let bracket = 1 + (weightedDensity(alpha) - weightedDensity(beta)) / z - shift * shift
        return max(0, sd * sd * bracket)
    }

    /// The value with truncated-distribution probability `u` below it (0 < u < 1), by inverting
    /// the normal CDF with GSL: x = mean + sd·Φ⁻¹(Φ(α) + u·Z), or the upper-tail mirror of it.
    /// The result is clamped to [lower, upper] against rounding at the ends.
    func quantile(_ u: Double) -> Double {
        let standard: Double
        if usesUpperTail {
            standard = gsl_cdf_ugaussian_Qinv(atLower - u * (atLower - atUpper))
        } else {
            standard = gsl_cdf_ugaussian_Pinv(atLower + u * (atUpper - atLower))
        }
        return min(max(mean + sd * standard, lower), upper)
    }

    /// φ(x), with φ(±∞) = 0.
    private func density(_ x: Double) -> Double {
        x.isFinite ? gsl_ran_ugaussian_pdf(x) : 0
    }

    /// x·φ(x), with the limit 0 at ±∞ (where the product would be ∞·0 = NaN).
    private func weightedDensity(_ x: Double) -> Double {
        x.isFinite ? x * gsl_ran_ugaussian_pdf(x) : 0
    }
}
