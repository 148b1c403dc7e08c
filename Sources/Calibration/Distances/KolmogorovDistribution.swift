import Foundation

/// The distribution of Kolmogorov's statistic D_n = sup |F_n − F| for a sample of n from a
/// continuous F: the tail P(D_n ≥ d) that two-sample tests read at their effective size.
///
/// Computed as Marsaglia, Tsang & Wang (2003), "Evaluating Kolmogorov's distribution",
/// *J. Stat. Software* 8(18): P(D_n < d) is an entry of the n-th power of a (2k − 1)-square
/// matrix, k = ⌊nd⌋ + 1 (Durbin 1973), scaled by n!/nⁿ, with the matrix power kept in range by
/// a decimal exponent. For n > 99 and nd² > 3.76 the right tail takes their shortcut
/// 2·exp(−(2.000071 + 0.331/√n + 1.409/n)·nd²): there the p-value is below 0.0011 and the
/// shortcut within 7·10⁻⁷ of scipy's `kstwo.sf` (measured for n = 100…10⁵, nd² = 3.76…12), but
/// not relatively close far out (0.01% off at p = 8·10⁻⁴, 1% at 2·10⁻⁶, 37% at 2·10⁻¹⁴).
/// Their other shortcut, nd² > 7.24 at any n, is not taken: for n ≤ 99 the matrix is small and
/// exact (at n = 10, d = 0.9 the shortcut says 2.5·10⁻⁸ where the truth is 2·10⁻¹⁰).
/// Where the matrix would pass ``largestExactMatrix`` (only for n above about 10⁴) it is too
/// costly, and Kolmogorov's limit Q is read at Vrbik's (2018) small-sample correction,
/// P(D_n ≥ d) ≈ Q(x + 1/(6√n) + (x − 1)/(4n)), x = √n·d ("Small-sample corrections to
/// Kolmogorov–Smirnov test statistic", *Pioneer J. Theor. Appl. Stat.* 15): within 2.2·10⁻⁶
/// of `kstwo.sf` there (measured for n = 10⁴…10⁶), where Stephens' (1970) λ = d(√n + 0.12 +
/// 0.11/√n) is off by up to 10⁻³.
public enum KolmogorovDistribution {
    /// The largest matrix order evaluated exactly: a 401-square power costs about 30 products
    /// of 6·10⁷ multiply-adds each.
    static let largestExactMatrix = 401

    /// P(D_n ≥ d), in 0…1. `size` n ≥ 1 (smaller sizes are read as 1); d is clamped to 0…1.
    public static func survival(_ d: Double, size: Int) -> Double {
        let n = max(1, size)
        if d <= 0 { return 1 }
        if d >= 1 { return 0 }
        let nd = Double(n) * d
        let s = nd * d
        if s > 3.76 && n > 99 {
            let rate = 2.000071 + 0.331 / Double(n).squareRoot() + 1.409 / Double(n)
            return min(1, 2 * exp(-rate * s))
        }
        let k = Int(nd) + 1
        guard 2 * k - 1 <= largestExactMatrix else {
            let root = Double(n).squareRoot()
            let x = root * d
            return limitSurvival(x + 1 / (6 * root) + (x - 1) / (4 * Double(n)))
        }
        return min(1, max(0, 1 - DurbinMatrix(n: n, d: d, k: k).cumulative()))
    }

    /// Kolmogorov's limit Q(λ) = P(K ≥ λ), by the series that converges fast on each side of
    /// λ = 1.18 (Numerical Recipes, 3rd ed., §6.14): the alternating series above, the theta
    /// form 1 − (√(2π)/λ) Σ e^{−(2j−1)²π²/(8λ²)} below.
    static func limitSurvival(_ lambda: Double) -> Double {
        if lambda <= 0 { return 1 }
        if lambda < 1.18 {
            let y = exp(-Double.pi * Double.pi / (8 * lambda * lambda))
            let sum = y + pow(y, 9) + pow(y, 25) + pow(y, 49)
            return 1 - (2 * Double.pi).squareRoot() / lambda * sum
        }
        let x = exp(-2 * lambda * lambda)
        return 2 * (x - pow(x, 4) + pow(x, 9))
    }
}
