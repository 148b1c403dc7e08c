import Testing
@testable import Forecasting

/// Series that break intermittent models: no demand, one sale, constant, very short, huge,
/// trailing zeros.
private let hardSeries: [(name: String, values: [Double])] = {
    let zeros = { (count: Int) -> [Double] in Array(repeating: 0, count: count) }
    let huge: [Double] = (0..<80).map { (i: Int) -> Double in i % 3 == 0 ? 1e9 * Double(1 + i % 5) : 0 }
    let enormous: [Double] = (0..<40).map { (i: Int) -> Double in i % 4 == 0 ? 1e300 : 0 }
    let tiny: [Double] = (0..<40).map { (i: Int) -> Double in i % 4 == 0 ? 1e-300 : 0 }
    var series = [(name: String, values: [Double])]()
    series.append(("all zero", zeros(60)))
    series.append(("single sale", zeros(20) + [4] + zeros(20)))
    series.append(("sale first", [9] + zeros(30)))
    series.append(("constant", Array(repeating: 7, count: 50)))
    series.append(("one point", [5]))
    series.append(("one zero", [0]))
    series.append(("two points", [0, 3]))
    series.append(("three points", [2, 0, 4]))
    series.append(("huge values", huge))
    series.append(("enormous values", enormous))
    series.append(("tiny values", tiny))
    series.append(("trailing zeros", [3, 0, 5, 2, 0, 0, 8, 1] + zeros(60)))
    return series
}()

@Suite("Intermittent models on hard series")
struct IntermittentHardSeriesTests {
    @Test("finite, non-negative means and quantiles", arguments: hardSeries.indices)
    func finite(_ index: Int) {
        let series = hardSeries[index]
        for template in intermittentModels {
            var batch = template
            batch.observe(history: observations(series.values))
            let online = fed(template, series.values)
            for forecaster in [batch, online] {
                let label = "\(series.name), \(forecaster.name)"
                let forecast = forecaster.forecast(horizon: 12)
                #expect(forecast.horizon == 12, "\(label)")
                #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): \(forecast.mean)")
                #expect(forecaster.nextPeriodMean == forecast.mean[0], "\(label)")
                for p in [0.01, 0.5, 0.9, 0.999] {
                    for k in [0, 1, 8, 12, 20] {
                        let q = forecast.cumulativeQuantile(p, steps: k)
                        #expect(q.isFinite && q >= 0, "\(label): cumulative p = \(p), k = \(k)")
                    }
                    let q = forecast.quantile(p, step: 11)
                    #expect(q.isFinite && q >= 0, "\(label): p = \(p)")
                    // (Forecast's sample standard deviation squares the values: skipped near 1e300.)
                    if series.values.allSatisfy({ $0 < 1e150 }) {
                        #expect(forecast.standardDeviation(step: 0).isFinite, "\(label)")
                    }
                }
            }
        }
    }

    @Test("no demand: zero forecast, zero spread")
    func allZero() {
        for template in intermittentModels {
            var forecaster = template
            forecaster.observe(history: observations(Array(repeating: 0, count: 40)))
            let forecast = forecaster.forecast(horizon: 6)
            #expect(forecast.mean == Array(repeating: 0, count: 6), "\(forecaster.name)")
            #expect(forecast.cumulativeQuantile(0.999, steps: 6) == 0, "\(forecaster.name)")
        }
    }

    /// Every model forecasts a constant series exactly (sizes c, intervals 1, probability 1,
    /// aggregation level 1) except SBA, which by definition forecasts 0.95c. The calibrated
    /// distribution is a point mass at c for all of them: every past period had demand c.
    @Test("constant series: exact, with no spread", arguments: [7.0, 1e9])
    func constant(_ value: Double) {
        for template in intermittentModels {
            var forecaster = template
            forecaster.observe(history: observations(Array(repeating: value, count: 40)))
            let forecast = forecaster.forecast(horizon: 5)
            let mean = forecaster.name == "sba" ? 0.95 * value : value
            #expect(forecast.mean.allSatisfy { close($0, mean) }, "\(forecaster.name): \(forecast.mean)")
            #expect(close(forecast.cumulativeQuantile(0.01, steps: 5), 5 * value), "\(forecaster.name)")
            #expect(close(forecast.cumulativeQuantile(0.99, steps: 5), 5 * value), "\(forecaster.name)")
        }
    }

    /// Obsolescence: after a long run of zeros TSB's forecast has decayed towards 0; Croston's and
    /// SBA's stand still (they update only on demand), a known weakness TSB was made to fix.
    @Test("trailing zeros: TSB decays, Croston does not")
    func trailingZeros() {
        let active: [Double] = [3, 0, 5, 2, 0, 0, 8, 1, 0, 4]
        let obsolete = active + Array(repeating: 0, count: 40)
        let tsb = TSBModel(sizeWeight: .fixed(0.1), probabilityWeight: .fixed(0.1))
        #expect(tsb.fit(obsolete).nextPeriodMean < 0.02 * tsb.fit(active).nextPeriodMean)
        #expect(CrostonModel.classic().fit(obsolete).nextPeriodMean == CrostonModel.classic().fit(active).nextPeriodMean)
    }

    /// The same input always gives the same output (no randomness anywhere).
    @Test("deterministic")
    func deterministic() {
        let series: [Double] = [0, 2, 0, 0, 7, 1, 0, 0, 0, 3, 0, 5, 0, 0, 2, 0, 0, 9, 0, 1]
        for template in intermittentModels {
            var first = template
            var second = template
            first.observe(history: observations(series))
            second.observe(history: observations(series))
            #expect(first.forecast(horizon: 8) == second.forecast(horizon: 8), "\(first.name)")
        }
    }
}
