import Foundation
import Testing
@testable import Forecasting

/// Every forecaster in every censoring treatment.
private let everyConfiguration: [any Forecaster] = CensoringTreatment.allCases.flatMap { treatment -> [any Forecaster] in
    [NaiveForecaster(censoring: treatment), SeasonalNaiveForecaster(season: 7, censoring: treatment),
     MovingAverageForecaster(window: 7, censoring: treatment), ModelForecaster.ses(censoring: treatment),
     ModelForecaster.ses(alpha: 0.9, censoring: treatment)]
}

/// Series that have broken forecasters before.
private let edgeSeries: [(name: String, values: [Double], stockouts: Bool)] = [
    ("all zero", Array(repeating: 0, count: 100), false),
    ("constant", Array(repeating: 7, count: 100), false),
    ("one point", [5], false),
    ("huge values", (0..<200).map { 1e9 + Double($0 % 5) * 1e7 }, false),
    ("huge swings", (0..<200).map { $0 % 2 == 0 ? 1e9 : 0 }, false),
    ("a single spike", Array(repeating: 0, count: 50) + [1e9] + Array(repeating: 0, count: 50), false),
    ("all stockouts", (0..<60).map { Double($0 % 3) }, true),
    ("zero stockouts", Array(repeating: 0, count: 40), true),
]

@Suite("Edge series: forecasts stay finite and non-negative")
struct EdgeSeriesTests {
    @Test("finite, non-negative means, spreads and quantiles", arguments: edgeSeries.indices)
    func finiteAndNonNegative(_ index: Int) {
        let series = edgeSeries[index]
        for template in everyConfiguration {
            var forecaster = template
            for (period, sales) in series.values.enumerated() {
                forecaster.observe(SalesObservation(period: period, sales: sales, stockout: series.stockouts))
            }
            let forecast = forecaster.forecast(horizon: 30)
            let label = "\(series.name), \(forecaster.name), \(String(describing: forecaster))"
            #expect(forecast.horizon == 30, "\(label)")
            #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): mean \(forecast.mean)")
            let (step, cumulative) = normalSpread(forecast)
            #expect((step + cumulative).allSatisfy { $0.isFinite && $0 >= 0 }, "\(label)")
            for p in [0.01, 0.5, 0.95, 0.999] {
                for k in [0, 1, 7, 30, 60] {
                    let q = forecast.cumulativeQuantile(p, steps: k)
                    #expect(q.isFinite && q >= 0, "\(label): cumulative p = \(p), k = \(k)")
                }
                let q = forecast.quantile(p, step: 29)
                #expect(q.isFinite && q >= 0, "\(label): p = \(p)")
            }
        }
    }

    @Test("a constant series is forecast exactly, with zero spread", arguments: [0.0, 7, 1e9])
    func constant(_ value: Double) {
        for template in everyConfiguration {
            let forecaster = fed(template, Array(repeating: value, count: 50))
            let forecast = forecaster.forecast(horizon: 10)
            #expect(forecast.mean == Array(repeating: value, count: 10), "\(forecaster.name)")
            #expect(forecast.cumulativeStandardDeviation(steps: 10) == 0, "\(forecaster.name)")
            #expect(forecast.cumulativeQuantile(0.99, steps: 10) == 10 * value, "\(forecaster.name)")
        }
    }
}
