import Testing
@testable import Calibration

/// P(D_n ≥ d) against two references computed once:
/// - `exact`: Durbin's matrix evaluated in 50-digit arithmetic (mpmath 1.3, `mp.dps = 50`: H
///   built as in `DurbinMatrix`, then `1 - (H**n)[k-1,k-1] * n!/n**n`), which checks the
///   double-precision power, its scaling and the shortcuts;
/// - `scipy`: scipy 1.17.1's `stats.kstwo.sf(d, n)`, what `ks_2samp(method="asymp")` reads,
///   by Simard & L'Ecuyer's methods. Up to n = 140 it agrees with `exact` to 1e-16; above, its
///   approximations differ from `exact` by up to 3.2·10⁻⁹ (d = 0.12, n = 171), hence 1e-8.
@Suite("Kolmogorov distribution: against 50-digit Durbin and scipy's kstwo")
struct KolmogorovDistributionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let d: Double, n: Int
        let exact: Double?, scipy: Double
        /// Tolerance against `exact` when there is one, else against `scipy`. 1e-12 where the
        /// matrix is evaluated (1e-14 where p is 2·10⁻¹⁰); 1e-6 in the right-tail shortcut
        /// (n > 99, nd² > 3.76), whose largest error against scipy on a grid of n = 100…10⁵ and
        /// nd² = 3.76…12 was 6.8·10⁻⁷; 3e-6 in Vrbik's corrected limit (n > 10⁴ with a matrix
        /// over 401), whose largest error on n = 10⁴…10⁶, nd² ≤ 3.76 was 2.2·10⁻⁶.
        let tolerance: Double
        var testDescription: String { "d = \(d), n = \(n)" }
    }

    static let cases: [Case] = [
        Case(d: 0.3, n: 10, exact: 0.27053557480000004, scipy: 0.27053557479999946, tolerance: 1e-12),
        Case(d: 0.5, n: 4, exact: 0.1875, scipy: 0.1875, tolerance: 1e-12),
        Case(d: 0.9, n: 10, exact: 1.9999999999999956e-10, scipy: 1.9999999999999957e-10, tolerance: 1e-14),
        Case(d: 0.05, n: 100, exact: 0.95321597106357248, scipy: 0.9532159710635725, tolerance: 1e-12),
        Case(d: 0.12, n: 171, exact: 0.013281386071255053, scipy: 0.013281389292501312, tolerance: 1e-12),
        Case(d: 0.02, n: 2500, exact: 0.26645045196975493, scipy: 0.2664504478465197, tolerance: 1e-12),
        Case(d: 0.03, n: 2160, exact: 0.040145568190971154, scipy: 0.04014557059708668, tolerance: 1e-12),
        Case(d: 0.2, n: 171, exact: 1.7997657117524673e-6, scipy: 1.7997657117524674e-06, tolerance: 1e-6),
        Case(d: 0.1, n: 1000, exact: 3.7036870968177107e-9, scipy: 3.703687096817711e-09, tolerance: 1e-6),
        // A 401-square matrix, the largest evaluated: 50 digits were too slow to run here.
        Case(d: 0.01, n: 20000, exact: nil, scipy: 0.03638603905248727, tolerance: 1e-8),
        Case(d: 0.015, n: 20000, exact: nil, scipy: 0.00024427802730063317, tolerance: 1e-6),
        Case(d: 0.005, n: 50000, exact: nil, scipy: 0.16353363492434803, tolerance: 3e-6),
    ]

    @Test("tail probabilities", arguments: cases)
    func tail(_ c: Case) {
        let p = KolmogorovDistribution.survival(c.d, size: c.n)
        #expect(abs(p - (c.exact ?? c.scipy)) <= c.tolerance, "got \(p)")
        #expect(abs(p - c.scipy) <= max(c.tolerance, 1e-8), "got \(p), scipy \(c.scipy)")
    }

    @Test("the ends of the range")
    func ends() {
        #expect(KolmogorovDistribution.survival(0, size: 50) == 1)
        #expect(KolmogorovDistribution.survival(1, size: 50) == 0)
        // d ≤ 1/(2n) cannot be beaten: every sample has D_n ≥ 1/(2n).
        #expect(KolmogorovDistribution.survival(0.01, size: 50) == 1)
    }
}
