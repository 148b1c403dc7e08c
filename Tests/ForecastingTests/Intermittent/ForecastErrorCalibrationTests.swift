import Foundation
import GSL
import Testing
@testable import Forecasting

@Suite("Intermittent spread: conformal paths from the model's own errors")
struct ForecastErrorCalibrationTests {
    /// Outcomes (forecast, actual): (1, 0), (1, 3), (2, 0), (2, 5) … 14 of them, so that at
    /// horizon 2 there are 13 ≥ 12 complete origins. The path from origin i is
    /// (y_i, y_{i+1})·f_T/f_i; then the pointwise minimum and maximum.
    @Test("paths are the demand after each past origin, rescaled to the current forecast")
    func pathArithmetic() {
        var calibration = ForecastErrorCalibration(window: 100)
        let outcomes: [(forecast: Double, actual: Double)] = (0..<14).map { (i: Int) -> (forecast: Double, actual: Double) in
            let forecast = Double(1 + i / 2)
            let actual: Double = i % 2 == 0 ? 0 : Double(i + 2)
            return (forecast, actual)
        }
        calibration.record(forecast: nil, actual: 9)   // no forecast yet: remembered, but no origin
        for outcome in outcomes { calibration.record(forecast: outcome.forecast, actual: outcome.actual) }
        #expect(calibration.count == 15)
        let forecast = calibration.forecast(mean: 2, horizon: 2)
        guard case let .samplePaths(paths) = forecast.spread else {
            Issue.record("expected sample paths")
            return
        }
        #expect(paths.count == 13 + 2)
        var expected = [[Double]]()
        for i in 0..<13 {
            let first: Double = outcomes[i].actual * (2 / outcomes[i].forecast)
            let second: Double = outcomes[i + 1].actual * (2 / outcomes[i].forecast)
            expected.append([first, second])
        }
        let firsts = expected.map { $0[0] }
        let seconds = expected.map { $0[1] }
        expected.append([firsts.min()!, seconds.min()!])
        expected.append([firsts.max()!, seconds.max()!])
        #expect(paths == expected)
        #expect(forecast.mean == [2, 2])
    }

    /// TSB's forecast decays as 0.9ⁿ through empty periods. Three sales in 300 periods, the last
    /// after 200 empty ones (forecast then 0.5·0.9²⁰⁰ ≈ 3.5·10⁻¹⁰): without the floor the path
    /// from that origin is 1 × 0.05 / 3.5·10⁻¹⁰ ≈ 10⁸ units, and the 99% quantile of 20 periods'
    /// demand with it; with it, the origin's forecast counts as 0.1 × 3/300 = 0.001.
    @Test("one sale after a long quiet spell cannot make the paths explode")
    func nearZeroForecasts() {
        var calibration = ForecastErrorCalibration(window: 300)
        for i in 0..<300 {
            let sold: Double = [20, 60, 260].contains(i) ? 1 : 0
            let quiet = i < 60 ? i % 20 : i - 60
            calibration.record(forecast: 0.5 * pow(0.9, Double(quiet)), actual: sold)
        }
        let forecast = calibration.forecast(mean: 0.05, horizon: 20)
        let total = forecast.cumulativeQuantile(0.99, steps: 20)
        // At most one sale falls in any 20 periods, rescaled by at most 0.05 / 0.001 = 50. (The
        // envelope path, which could hold more, is read only beyond p = n/(n + 1) = 281/282.)
        #expect(total <= 50 + 1e-9, "99% of 20 periods' demand: \(total)")
        #expect(forecast.cumulativeQuantile(0.5, steps: 20) == 0)
    }

    /// With the envelope, the type-7 quantile of n + 2 paths is the conformal (type-6) quantile of
    /// the n paths: demands 11 … 29 after forecasts of 10 (n = 19 relative errors 1.1 … 2.9),
    /// rescaled to a forecast of 100, are 110 … 290; p = 0.9 gives the order statistic
    /// 0.9·20 = 18, i.e. 280 (type 7 on the 19 alone would give 272), p = 0.5 the 10th (200),
    /// p = 0.1 the 2nd (120).
    @Test("the envelope turns type-7 readings into conformal quantiles")
    func conformalQuantile() {
        var calibration = ForecastErrorCalibration(window: 100)
        for error in 1...19 { calibration.record(forecast: 10, actual: 10 + Double(error)) }
        let forecast = calibration.forecast(mean: 100, horizon: 1)
        #expect(close(forecast.quantile(0.9, step: 0), 280))
        #expect(close(forecast.quantile(0.5, step: 0), 200))
        #expect(close(forecast.quantile(0.1, step: 0), 120))
    }

    /// Zero demand stays zero whatever the forecasts; origins whose forecast was 0 give no path
    /// (one period of demand 7 after a forecast of 0 falls back to its own block, rescaled to the
    /// mean 3); nothing remembered gives a point mass at the mean.
    @Test("zeros stay zero; zero forecasts carry no scale")
    func zeros() {
        var calibration = ForecastErrorCalibration(window: 100)
        #expect(calibration.forecast(mean: 2, horizon: 1).quantile(0.9, step: 0) == 2)
        calibration.record(forecast: 0, actual: 7)
        let pointMass = calibration.forecast(mean: 3, horizon: 2)
        #expect(pointMass.quantile(0.99, step: 1) == 3 && pointMass.quantile(0.01, step: 0) == 3)
        for _ in 0..<20 { calibration.record(forecast: 0.5, actual: 0) }
        let forecast = calibration.forecast(mean: 4, horizon: 3)
        #expect(forecast.cumulativeQuantile(0.999, steps: 3) == 0)
        #expect(forecast.mean == [4, 4, 4])
    }

    /// Every model, on a lumpy series: quantiles never negative, monotone in p, per step and for
    /// totals; totals grow with k.
    @Test("quantiles are monotone and non-negative", arguments: intermittentModels.indices)
    func monotone(_ index: Int) throws {
        let series = try crostonProcess(count: 60, probability: 0.3, meanSize: 5, seed: 20_261_129)
        var forecaster = intermittentModels[index]
        forecaster.observe(history: observations(series))
        let forecast = forecaster.forecast(horizon: 8)
        let levels = [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.999]
        for step in 0..<8 {
            let q = levels.map { forecast.quantile($0, step: step) }
            #expect(q.allSatisfy { $0 >= 0 && $0.isFinite }, "\(forecaster.name)")
            #expect(zip(q, q.dropFirst()).allSatisfy { $0 <= $1 }, "\(forecaster.name) step \(step): \(q)")
        }
        for k in 1...8 {
            let q = levels.map { forecast.cumulativeQuantile($0, steps: k) }
            #expect(q.allSatisfy { $0 >= 0 && $0.isFinite }, "\(forecaster.name)")
            #expect(zip(q, q.dropFirst()).allSatisfy { $0 <= $1 }, "\(forecaster.name) k \(k): \(q)")
            #expect(forecast.cumulativeQuantile(0.9, steps: k) >= forecast.cumulativeQuantile(0.9, steps: k - 1))
        }
    }

    /// A Croston process (demand with probability 0.5, sizes 1 + Exp(mean 4), so P(no demand) =
    /// 0.5 per period and 0.5⁸ ≈ 0.004 over 8 periods): 1,500 independent series of 104 periods
    /// (seed 20261129), each model fitted, one forecast of the next 8 periods per series.
    ///
    /// With an atom at zero, an interval [q_lo, q_hi] of the true distribution covers
    /// p_hi − (p_lo if q_lo > 0, else 0): per period 0.9 (80%) and 0.975 (95%), since the lower
    /// quantiles are 0; for 8-period totals, whose atom is below 2.5%, 0.8 and 0.95. (With the
    /// atom near a quantile level, as 0.7⁸ ≈ 0.058 is near 0.025, the coverage depends on whether
    /// ~100 paths happen to hold 2 or 3 zero totals, and no fixed target applies.) The tolerance is
    /// 4.5 binomial standard errors for 1,500 series plus 1/(n + 1) ≈ 0.01 for conformal
    /// quantiles from n ≈ 97 calibration paths.
    @Test("80% and 95% intervals cover at their rate on a simulated Croston process", arguments: intermittentModels.indices)
    func coverage(_ index: Int) throws {
        let seed: UInt = 20_261_129
        let (count, history, horizon) = (1_500, 104, 8)
        let stream = try RandomStream(seed: seed)
        var stepHits = [0, 0]
        var totalHits = [0, 0]
        let levels = [0.8, 0.95]
        for _ in 0..<count {
            let series = crostonProcess(count: history + horizon, probability: 0.5, meanSize: 4, stream: stream)
            var forecaster = intermittentModels[index]
            forecaster.observe(history: observations(Array(series.prefix(history))))
            let forecast = forecaster.forecast(horizon: horizon)
            let next = series[history]
            let total = series[history...].reduce(0, +)
            for (i, level) in levels.enumerated() {
                let tail = (1 - level) / 2
                if forecast.quantile(tail, step: 0) <= next, next <= forecast.quantile(1 - tail, step: 0) { stepHits[i] += 1 }
                if forecast.cumulativeQuantile(tail, steps: horizon) <= total,
                   total <= forecast.cumulativeQuantile(1 - tail, steps: horizon) { totalHits[i] += 1 }
            }
        }
        let name = intermittentModels[index].name
        let expectedStep = [0.9, 0.975]
        let expectedTotal = [0.8, 0.95]
        for i in 0..<2 {
            let checks = [(stepHits[i], expectedStep[i], "one period"), (totalHits[i], expectedTotal[i], "8-period total")]
            for (hits, expected, what) in checks {
                let rate = Double(hits) / Double(count)
                let tolerance = zTolerance * (expected * (1 - expected) / Double(count)).squareRoot() + 1.0 / 98
                #expect(abs(rate - expected) <= tolerance,
                        "seed \(seed), \(name), \(what), \(levels[i]) interval: coverage \(rate), expected \(expected) ± \(tolerance)")
            }
        }
    }
}

/// One forecaster of each intermittent model, having observed nothing.
let intermittentModels: [any Forecaster] = [
    ModelForecaster(CrostonModel.classic()), ModelForecaster(CrostonModel.optimized()),
    ModelForecaster(CrostonModel.syntetosBoylan()), ModelForecaster(TSBModel()),
    ModelForecaster(ADIDAModel()), ModelForecaster(IMAPAModel()),
]

/// A Croston process: each period independently has demand with `probability`, of size 1 plus
/// an exponential draw of mean `meanSize` (units, continuous, so quantiles above 0 have no ties).
func crostonProcess(count: Int, probability: Double, meanSize: Double, stream: RandomStream) -> [Double] {
    (0..<count).map { _ in
        let occurs = stream.uniform() < probability
        let size = 1 - meanSize * log(stream.uniformPositive())
        return occurs ? size : 0
    }
}

/// ``crostonProcess(count:probability:meanSize:stream:)`` from a fresh stream seeded with `seed`.
func crostonProcess(count: Int, probability: Double, meanSize: Double, seed: UInt) throws -> [Double] {
    crostonProcess(count: count, probability: probability, meanSize: meanSize, stream: try RandomStream(seed: seed))
}
