import Testing
@testable import Forecasting

@Suite("SES prediction intervals cover at their nominal rate")
struct IntervalCoverageTests {
    /// A local level model is the process SES is optimal for (α ≈ 0.33 for these variances);
    /// the level starts far from zero so that censoring at zero never matters.
    @Test("80% and 95% intervals: one step ahead and cumulative over 5 periods")
    func coverage() throws {
        let seed: UInt = 20_260_310
        let warmUp = 200
        let origins = 4_000
        let horizon = 5
        let series = try randomWalkPlusNoise(count: warmUp + origins + horizon, start: 1_000,
                                             levelSD: 2, noiseSD: 5, seed: seed)
        var forecaster = fed(ModelForecaster.ses(), Array(series.prefix(warmUp)))
        var stepHits = [0.8: 0, 0.95: 0]
        var cumulativeHits = [0.8: 0, 0.95: 0]
        var cumulativeOrigins = 0
        for origin in warmUp..<(warmUp + origins) {
            let forecast = forecaster.forecast(horizon: horizon)
            let next = series[origin]
            // Non-overlapping windows, so that their hits are independent.
            let checkCumulative = (origin - warmUp) % horizon == 0
            let total = series[origin..<(origin + horizon)].reduce(0, +)
            for level in [0.8, 0.95] {
                let tail = (1 - level) / 2
                if forecast.quantile(tail, step: 0) <= next, next <= forecast.quantile(1 - tail, step: 0) {
                    stepHits[level, default: 0] += 1
                }
                if checkCumulative,
                   forecast.cumulativeQuantile(tail, steps: horizon) <= total,
                   total <= forecast.cumulativeQuantile(1 - tail, steps: horizon) {
                    cumulativeHits[level, default: 0] += 1
                }
            }
            if checkCumulative { cumulativeOrigins += 1 }
            forecaster.observe(SalesObservation(period: origin, sales: next))
        }
        for level in [0.8, 0.95] {
            let stepRate = Double(stepHits[level, default: 0]) / Double(origins)
            let stepTolerance = zTolerance * (level * (1 - level) / Double(origins)).squareRoot()
            #expect(abs(stepRate - level) <= stepTolerance,
                    "seed \(seed): one-step \(level) coverage \(stepRate), tolerance \(stepTolerance)")
            let cumulativeRate = Double(cumulativeHits[level, default: 0]) / Double(cumulativeOrigins)
            let cumulativeTolerance = zTolerance * (level * (1 - level) / Double(cumulativeOrigins)).squareRoot()
            #expect(abs(cumulativeRate - level) <= cumulativeTolerance,
                    "seed \(seed): \(horizon)-period \(level) coverage \(cumulativeRate), tolerance \(cumulativeTolerance)")
        }
    }
}
