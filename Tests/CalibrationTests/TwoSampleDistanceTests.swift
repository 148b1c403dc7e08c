import Testing
@testable import Calibration

/// Kolmogorov–Smirnov and Wasserstein-1 against scipy 1.17.1, values computed once with
/// (samples as in ``ReferenceSamples``):
///
///     from scipy import stats
///     r = stats.ks_2samp(x, y, method="asymp"); r.statistic, r.pvalue
///     stats.wasserstein_distance(x, y)
///
/// ab: 0.4920634920634921  0.20105013908178893  0.9898412698412699   (N = round(63/16) = 4)
/// cd: 0.30000000000000004 0.7707999999999998   1.4857142857142858   (N = round(70/17) = 4)
/// ef: 0.18888888888888888 0.2752842963743253   0.15465305548717026  (N = 26, exact matrix)
/// gh: 0.3041666666666667  1.5502359750892997e-14 0.29832639279688283 (N = 171, nD² = 15.8: tail)
@Suite("two-sample distances: against scipy")
struct TwoSampleDistanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let x: [Double], y: [Double]
        let d: Double, p: Double, w: Double
        /// Absolute tolerance on p: 1e-12 where the matrix is exact; 1e-6 in the right-tail
        /// shortcut (see ``KolmogorovDistributionTests``).
        let pTolerance: Double
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "ab", x: ReferenceSamples.a, y: ReferenceSamples.b,
             d: 0.4920634920634921, p: 0.20105013908178893, w: 0.9898412698412699, pTolerance: 1e-12),
        Case(name: "cd (ties)", x: ReferenceSamples.c, y: ReferenceSamples.d,
             d: 0.30000000000000004, p: 0.7707999999999998, w: 1.4857142857142858, pTolerance: 1e-12),
        Case(name: "ef", x: ReferenceSamples.e, y: ReferenceSamples.f,
             d: 0.18888888888888888, p: 0.2752842963743253, w: 0.15465305548717026, pTolerance: 1e-12),
        Case(name: "gh (tail)", x: ReferenceSamples.g, y: ReferenceSamples.h,
             d: 0.3041666666666667, p: 1.5502359750892997e-14, w: 0.29832639279688283, pTolerance: 1e-6),
    ]

    @Test("D, p-value and W1", arguments: cases)
    func againstScipy(_ c: Case) throws {
        let x = SortedSample(c.x), y = SortedSample(c.y)
        let test = try #require(KolmogorovSmirnov(x, y))
        #expect(abs(test.statistic - c.d) < 1e-12, "D = \(test.statistic)")
        let p = try #require(test.pValue)
        #expect(abs(p - c.p) < c.pTolerance, "p = \(p)")
        let w = Wasserstein.distance(x.values, y.values)
        #expect(abs(w - c.w) < 1e-12, "W1 = \(w)")
        // Both are symmetric in their samples.
        #expect(KolmogorovSmirnov(y, x) == test)
        #expect(abs(Wasserstein.distance(y.values, x.values) - w) < 1e-12)
    }

    @Test("an empty sample has no distance")
    func empty() throws {
        #expect(KolmogorovSmirnov(SortedSample([]), SortedSample([1, 2])) == nil)
        let same = KolmogorovSmirnov(SortedSample([1, 2, 3]), SortedSample([3, 2, 1]))
        #expect(same?.statistic == 0 && same?.pValue == 1)
        // N = 1·1/2 rounds to 0 (scipy: NaN): a distance but no p-value.
        let single = try #require(KolmogorovSmirnov(SortedSample([1]), SortedSample([2])))
        #expect(single.statistic == 1 && single.pValue == nil)
    }
}
