import Testing
@testable import Forecasting

/// Φ⁻¹ at common levels, to 16 digits (independent of GSL).
private let z90 = 1.2815515655446004
private let z95 = 1.6448536269514722
private let z975 = 1.959963984540054

@Suite("Forecast quantiles: normal, censored at zero, cumulative, sample paths")
struct QuantileTests {
    let forecast = Forecast(mean: [10, 20, 5], spread: .normal(stepSD: [2, 3, 1], cumulativeSD: [2, 4, 5]))

    @Test("normal per-period quantile is μ + σΦ⁻¹(p)")
    func normalQuantile() {
        #expect(close(forecast.quantile(0.9, step: 1), 20 + 3 * z90))
        #expect(close(forecast.quantile(0.1, step: 1), 20 - 3 * z90))
        #expect(close(forecast.quantile(0.975, step: 0), 10 + 2 * z975))
        #expect(forecast.quantile(0.5, step: 2) == 5)
        #expect(forecast.standardDeviation(step: 1) == 3)
    }

    @Test("normal quantiles are censored at zero")
    func truncation() {
        let small = Forecast(mean: [1], spread: .normal(stepSD: [5], cumulativeSD: [5]))
        #expect(small.quantile(0.1, step: 0) == 0)           // 1 − 6.4 < 0
        #expect(small.quantile(0.5, step: 0) == 1)
        #expect(close(small.quantile(0.95, step: 0), 1 + 5 * z95))
        #expect(small.cumulativeQuantile(0.01, steps: 1) == 0)
    }

    @Test("cumulative quantiles use the cumulative SD, not the root of summed variances")
    func cumulative() {
        #expect(forecast.cumulativeMean(steps: 2) == 30)
        #expect(forecast.cumulativeStandardDeviation(steps: 2) == 4)
        #expect(close(forecast.cumulativeQuantile(0.95, steps: 2), 30 + 4 * z95))
        #expect(close(forecast.cumulativeQuantile(0.95, steps: 3), 35 + 5 * z95))
        // Summing independent variances would have given √13 for k = 2.
        #expect(!close(forecast.cumulativeQuantile(0.95, steps: 2), 30 + 13.0.squareRoot() * z95, 1e-6))
        #expect(forecast.cumulativeMean(steps: 0) == 0)
        #expect(forecast.cumulativeQuantile(0.9, steps: 0) == 0)
        #expect(forecast.cumulativeStandardDeviation(steps: 0) == 0)
    }

    @Test("steps beyond the horizon are clamped to it")
    func clamping() {
        #expect(forecast.quantile(0.9, step: 7) == forecast.quantile(0.9, step: 2))
        #expect(forecast.cumulativeMean(steps: 10) == 35)
        #expect(forecast.cumulativeQuantile(0.8, steps: 10) == forecast.cumulativeQuantile(0.8, steps: 3))
        #expect(forecast.cumulativeStandardDeviation(steps: 4) == 5)
        let empty = Forecast(mean: [], spread: .normal(stepSD: [], cumulativeSD: []))
        #expect(empty.quantile(0.9, step: 0) == 0)
        #expect(empty.cumulativeQuantile(0.9, steps: 3) == 0)
    }

    @Test("a forecast of a forecaster is consistent with its own spread")
    func forecasterQuantiles() {
        let naive = fed(NaiveForecaster(), [3, 5, 2, 8]).forecast(horizon: 4)
        let sigma = (49.0 / 3).squareRoot()
        #expect(close(naive.quantile(0.95, step: 3), 8 + sigma * 2 * z95))
        #expect(close(naive.cumulativeQuantile(0.95, steps: 4), 32 + sigma * 30.0.squareRoot() * z95))
    }

    let paths = Forecast(mean: [3, 30], spread: .samplePaths([
        [4, 40], [1, 10], [5, 50], [2, 20], [3, 30],
    ]))

    @Test("sample-path quantiles interpolate linearly between order statistics (type 7)")
    func samplePathQuantiles() {
        #expect(paths.quantile(0.5, step: 0) == 3)
        // h = 4·0.3 = 1.2: 20 + 0.2·(30 − 20).
        #expect(close(paths.quantile(0.3, step: 1), 22))
        // Sums 11, 22, 33, 44, 55; h = 4·0.9 = 3.6: 44 + 0.6·11.
        #expect(close(paths.cumulativeQuantile(0.9, steps: 2), 50.6))
        #expect(close(paths.cumulativeStandardDeviation(steps: 2), 11 * 2.5.squareRoot()))
        #expect(close(paths.standardDeviation(step: 0), 2.5.squareRoot()))
        #expect(paths.cumulativeMean(steps: 2) == 33)
        // Extremes stay within the sample.
        #expect(paths.quantile(1e-9, step: 1) >= 10)
        #expect(paths.quantile(1 - 1e-9, step: 1) <= 50)
        #expect(paths.quantile(0.9, step: 5) == paths.quantile(0.9, step: 1))
    }

    @Test("sample-path quantiles are never negative; no paths means a point mass at the mean")
    func samplePathEdges() {
        let negative = Forecast(mean: [0], spread: .samplePaths([[-3], [-1], [2]]))
        #expect(negative.quantile(0.1, step: 0) == 0)
        #expect(negative.quantile(0.99, step: 0) > 1.9)
        let none = Forecast(mean: [4, 6], spread: .samplePaths([]))
        #expect(none.quantile(0.9, step: 1) == 6)
        #expect(none.cumulativeQuantile(0.9, steps: 2) == 10)
        #expect(none.cumulativeStandardDeviation(steps: 2) == 0)
    }

    @Test("a quantile level outside (0, 1) stops the program")
    func levelOutOfRange() async {
        await #expect(processExitsWith: .failure) {
            let forecast = Forecast(mean: [1], spread: .normal(stepSD: [1], cumulativeSD: [1]))
            _ = forecast.quantile(1, step: 0)
        }
    }
}
