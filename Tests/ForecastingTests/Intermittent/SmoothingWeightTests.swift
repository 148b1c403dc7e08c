import Testing
@testable import Forecasting

@Suite("Least-squares smoothing weights (GSL Brent)")
struct SmoothingWeightTests {
    /// statsforecast 2.1.1's `_lib.ses.golden_section_ses(x, 0.1, 0.3)` on these series (a golden
    /// section to 1e-12); the objective of each is unimodal on 0.1…0.3.
    @Test("agrees with statsforecast's golden-section weights")
    func statsforecastReference() {
        let cases: [([Double], Double)] = [
            ([2, 4, 3, 1, 6, 4, 2, 3], 0.17120722404867106),
            ([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 0.12189478008537283),
            ([3, 5, 2, 8, 1, 0, 4, 4, 6], 0.10000000000032039),
            ([5, 8, 6, 9, 12, 10, 13, 9, 11], 0.29999999999967963),
            ([1, 2, 3, 4, 5, 6], 0.29999999999967963),
        ]
        for (series, expected) in cases {
            let weight = SmoothingWeight.leastSquaresWeight(series[...], bounds: 0.1...0.3)
            #expect(abs(weight - expected) < 1e-6, "\(series): \(weight)")
        }
    }

    /// The fit is at least as good as every point of a fine grid (it is a minimum).
    @Test("no grid point beats the fitted weight")
    func isMinimum() {
        let series: [Double] = [48, 21, 0, 0, 150, 0, 2, 10, 0, 0, 52, 50, 6, 16, 10, 6, 3, 20, 1, 10, 14, 6, 60]
        let weight = SmoothingWeight.leastSquaresWeight(series[...], bounds: 0.1...0.3)
        let best = SmoothingWeight.sumOfSquares(series[...], weight: weight, scale: 1)
        for step in 0...200 {
            let other = 0.1 + 0.2 * Double(step) / 200
            #expect(best <= SmoothingWeight.sumOfSquares(series[...], weight: other, scale: 1) * (1 + 1e-12))
        }
    }

    /// Two values or a constant series leave the objective flat: the middle of the bounds. Huge
    /// values do not overflow.
    @Test("degenerate series")
    func degenerate() {
        #expect(SmoothingWeight.leastSquaresWeight([5, 3][...], bounds: 0.1...0.3) == 0.2)
        #expect(SmoothingWeight.leastSquaresWeight([7, 7, 7, 7][...], bounds: 0.1...0.3) == 0.2)
        #expect(SmoothingWeight.leastSquaresWeight([0, 0, 0][...], bounds: 0.1...0.3) == 0.2)
        let huge = [1e200, 3e200, 2e200, 5e200, 1e200]
        let weight = SmoothingWeight.leastSquaresWeight(huge[...], bounds: 0.1...0.3)
        let scaled = SmoothingWeight.leastSquaresWeight(huge.map { $0 / 1e200 }[...], bounds: 0.1...0.3)
        #expect(weight.isFinite && abs(weight - scaled) < 1e-6, "\(weight) vs \(scaled)")
    }
}
