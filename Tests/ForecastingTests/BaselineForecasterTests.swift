import Testing
@testable import Forecasting

@Suite("Naive, seasonal naive and moving average: exact forecasts on hand-made series")
struct BaselineForecasterTests {
    @Test("naive forecasts the last value; σ̂ from the one-step residuals; random-walk spread")
    func naive() {
        let forecaster = fed(NaiveForecaster(), [3, 5, 2, 8])
        let forecast = forecaster.forecast(horizon: 3)
        #expect(forecast.mean == [8, 8, 8])
        // Residuals 2, −3, 6: σ̂² = 49/3.
        let sigma = (49.0 / 3).squareRoot()
        #expect(close(forecaster.residualStandardDeviation, sigma))
        let (step, cumulative) = normalSpread(forecast)
        #expect(step.count == 3 && cumulative.count == 3)
        for h in 1...3 {
            #expect(close(step[h - 1], sigma * Double(h).squareRoot()), "h = \(h)")
        }
        // √(Σ i²): 1, √5, √14.
        #expect(close(cumulative[0], sigma))
        #expect(close(cumulative[1], sigma * 5.0.squareRoot()))
        #expect(close(cumulative[2], sigma * 14.0.squareRoot()))
        #expect(forecaster.name == "naive")
    }

    @Test("seasonal naive repeats the last season, with FPP3's seasonal spread")
    func seasonalNaive() {
        let forecaster = fed(SeasonalNaiveForecaster(season: 3), [1, 2, 3, 4, 5, 6, 10])
        let forecast = forecaster.forecast(horizon: 7)
        #expect(forecast.mean == [5, 6, 10, 5, 6, 10, 5])
        // Warm-up residuals are naive (2−1, 3−2), then seasonal (4−1, 5−2, 6−3, 10−4).
        let sigma = (65.0 / 6).squareRoot()
        #expect(close(forecaster.residualStandardDeviation, sigma))
        let (step, cumulative) = normalSpread(forecast)
        let stepFactors = [1, 1, 1, 2, 2, 2, 3].map { Double($0).squareRoot() }
        for h in 1...7 {
            #expect(close(step[h - 1], sigma * stepFactors[h - 1]), "h = \(h)")
        }
        // k = 7, m = 3: c_j = 3, 2, 2, 2, 1, 1, 1, Σ c² = 24.
        #expect(close(cumulative[6], sigma * 24.0.squareRoot()))
        #expect(forecaster.name == "snaive")
    }

    @Test("the closed form of the seasonal cumulative factor matches the sum it replaces")
    func seasonalCumulativeFactor() {
        for m in 1...9 {
            for k in 1...40 {
                let direct = (1...k).reduce(0.0) { total, j in
                    let c = Double((k - j) / m + 1)
                    return total + c * c
                }
                #expect(close(SeasonalNaiveForecaster.cumulativeFactor(k, season: m), direct.squareRoot()),
                        "m = \(m), k = \(k)")
            }
        }
    }

    @Test("seasonal naive is the naive method until a season is complete")
    func seasonalWarmUp() {
        let seasonal = fed(SeasonalNaiveForecaster(season: 7), [4, 9, 6])
        let naive = fed(NaiveForecaster(), [4, 9, 6])
        #expect(!seasonal.isSeasonal)
        #expect(seasonal.forecast(horizon: 10) == naive.forecast(horizon: 10))
    }

    @Test("moving average forecasts the mean of the last n values")
    func movingAverage() {
        let forecaster = fed(MovingAverageForecaster(window: 3), [4, 8, 6, 10, 2])
        let forecast = forecaster.forecast(horizon: 4)
        #expect(forecast.mean == [6, 6, 6, 6])
        // Residuals 8−4, 6−6, 10−6, 2−8: σ̂² = 68/4 = 17.
        let sigma = 17.0.squareRoot()
        #expect(close(forecaster.residualStandardDeviation, sigma))
        let (step, cumulative) = normalSpread(forecast)
        for k in 1...4 {
            #expect(close(step[k - 1], sigma * (1 + 1.0 / 3).squareRoot()), "h = \(k)")
            let variance = Double(k) * 17 + Double(k * k) * 17 / 3
            #expect(close(cumulative[k - 1], variance.squareRoot()), "k = \(k)")
        }
        #expect(forecaster.name == "ma")
    }

    @Test("moving average over fewer values than the window uses what it has")
    func movingAverageWarmUp() {
        let forecaster = fed(MovingAverageForecaster(window: 7), [2, 4])
        let forecast = forecaster.forecast(horizon: 2)
        #expect(forecast.mean == [3, 3])
        // One residual, 4 − 2 = 2; n = 2.
        let (step, _) = normalSpread(forecast)
        #expect(close(step[0], 2 * 1.5.squareRoot()))
    }

    @Test("a long run through the ring buffers keeps only the window")
    func ringBufferWraps() {
        let values = (0..<1_000).map { Double($0 % 13) }
        let average = fed(MovingAverageForecaster(window: 5), values)
        #expect(average.forecast(horizon: 1).mean == [Double([7, 8, 9, 10, 11].reduce(0, +)) / 5])
        let seasonal = fed(SeasonalNaiveForecaster(season: 4), values)
        #expect(seasonal.forecast(horizon: 4).mean == [8, 9, 10, 11])
    }

    @Test("nothing observed: zero mean and zero spread", arguments: allForecasters)
    func nothingObserved(_ forecaster: any Forecaster) {
        let forecast = forecaster.forecast(horizon: 5)
        #expect(forecast.mean == [0, 0, 0, 0, 0])
        #expect(forecast.spread == .normal(stepSD: [0, 0, 0, 0, 0], cumulativeSD: [0, 0, 0, 0, 0]))
        #expect(forecaster.forecast(horizon: 0).mean.isEmpty)
    }

    @Test("one observation: that value with zero spread", arguments: allForecasters)
    func onePoint(_ forecaster: any Forecaster) {
        var forecaster = forecaster
        forecaster.observe(SalesObservation(period: 0, sales: 12))
        let forecast = forecaster.forecast(horizon: 3)
        #expect(forecast.mean == [12, 12, 12])
        #expect(forecast.spread == .normal(stepSD: [0, 0, 0], cumulativeSD: [0, 0, 0]))
    }
}

/// One of each forecaster with default settings.
let allForecasters: [any Forecaster] = [
    NaiveForecaster(), SeasonalNaiveForecaster(), MovingAverageForecaster(), ModelForecaster.ses(),
    ModelForecaster.ses(alpha: 0.2),
]
