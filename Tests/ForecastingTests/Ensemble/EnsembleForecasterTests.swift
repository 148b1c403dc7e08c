import Foundation
import Testing
import GSL
@testable import Forecasting

/// A member that forecasts a given forecast whatever it saw, and remembers how it was fed.
private struct FixedForecaster: Forecaster {
    var name = "fixed"
    var forecastToGive: Forecast
    var observed: [SalesObservation] = []
    var batches = 0

    mutating func observe(_ observation: SalesObservation) { observed.append(observation) }

    mutating func observe(history: [SalesObservation]) {
        observed += history
        batches += 1
    }

    func forecast(horizon: Int) -> Forecast {
        Forecast(mean: Array(forecastToGive.mean.prefix(horizon)), spread: forecastToGive.spread)
    }
}

/// A normal forecast with the given means and per-period sds; cumulative sds as if independent.
private func normal(_ mean: [Double], _ sd: [Double]) -> Forecast {
    var cumulative: [Double] = []
    var variance = 0.0
    for value in sd {
        variance += value * value
        cumulative.append(variance.squareRoot())
    }
    return Forecast(mean: mean, spread: .normal(stepSD: sd, cumulativeSD: cumulative))
}

private let members: [any Forecaster] = [
    FixedForecaster(forecastToGive: normal([10, 11], [2, 2])),
    FixedForecaster(forecastToGive: normal([20, 19], [4, 3])),
    FixedForecaster(forecastToGive: normal([30, 40], [1, 5])),
]

@Suite("Ensemble forecaster")
struct EnsembleForecasterTests {
    @Test("mean and median of the members' mean paths, by hand")
    func meanPaths() {
        let mean = EnsembleForecaster(name: "blend", rule: .mean, members: members).forecast(horizon: 2)
        #expect(mean.mean == [20, 70.0 / 3])
        let median = EnsembleForecaster(name: "blend", rule: .median, members: members).forecast(horizon: 2)
        #expect(median.mean == [20, 19])
        let two = EnsembleForecaster(name: "pair", rule: .median, members: Array(members.prefix(2)))
        #expect(two.forecast(horizon: 2).mean == [15, 15])
        #expect(two.nextPeriodMean == 15)
    }

    @Test("quantiles are the mean or median of the members' quantiles (Vincentization), per period")
    func stepQuantiles() {
        let mean = EnsembleForecaster(name: "m", rule: .mean, members: members).forecast(horizon: 2)
        let median = EnsembleForecaster(name: "d", rule: .median, members: members).forecast(horizon: 2)
        for p in [0.01, 0.1, 0.5, 0.9, 0.99] {
            let z = StandardNormal.quantile(p)
            // Period 0: members N(10, 2²), N(20, 4²), N(30, 1²), each censored at 0.
            let q0 = [10 + 2 * z, 20 + 4 * z, 30 + z].map { max(0, $0) }
            #expect(abs(mean.quantile(p, step: 0) - q0.reduce(0, +) / 3) < 1e-12, "p \(p)")
            #expect(abs(median.quantile(p, step: 0) - q0.sorted()[1]) < 1e-12, "p \(p)")
            // Period 1: N(11, 2²), N(19, 3²), N(40, 5²).
            let q1 = [11 + 2 * z, 19 + 3 * z, 40 + 5 * z].map { max(0, $0) }
            #expect(abs(mean.quantile(p, step: 1) - q1.reduce(0, +) / 3) < 1e-12, "p \(p)")
            #expect(abs(median.quantile(p, step: 1) - q1.sorted()[1]) < 1e-12, "p \(p)")
            // Beyond the horizon: clamped to the last period, as for every forecast.
            #expect(mean.quantile(p, step: 5) == mean.quantile(p, step: 1))
        }
        #expect(abs(mean.standardDeviation(step: 0) - 7.0 / 3) < 1e-12)
        #expect(median.standardDeviation(step: 1) == 3)
    }

    @Test("cumulative quantiles combine the members' cumulative quantiles, not the steps'")
    func cumulativeQuantiles() {
        let mean = EnsembleForecaster(name: "m", rule: .mean, members: members).forecast(horizon: 2)
        let median = EnsembleForecaster(name: "d", rule: .median, members: members).forecast(horizon: 2)
        let z = StandardNormal.quantile(0.95)
        // Totals: N(21, 8), N(39, 25), N(70, 26) (variances).
        let totals = [21 + 8.0.squareRoot() * z, 39 + 5 * z, 70 + 26.0.squareRoot() * z]
        #expect(abs(mean.cumulativeQuantile(0.95, steps: 2) - totals.reduce(0, +) / 3) < 1e-12)
        #expect(abs(median.cumulativeQuantile(0.95, steps: 2) - totals.sorted()[1]) < 1e-12)
        #expect(mean.cumulativeQuantile(0.95, steps: 0) == 0)
        #expect(abs(mean.cumulativeMean(steps: 2) - (20 + 70.0 / 3)) < 1e-12)
        #expect(abs(mean.cumulativeStandardDeviation(steps: 2) - (8.0.squareRoot() + 5 + 26.0.squareRoot()) / 3) < 1e-12)
    }

    @Test("sample-path and nested members combine the same way")
    func mixedMembers() {
        let paths = FixedForecaster(forecastToGive: Forecast(mean: [2], spread: .samplePaths([[0], [2], [4]])))
        let point = FixedForecaster(forecastToGive: normal([6], [0]))
        let inner = EnsembleForecaster(name: "inner", rule: .mean, members: [paths, point])
        let outer = EnsembleForecaster(name: "outer", rule: .median, members: [inner, point, paths])
        // Median (p = 0.5): paths 2, point 6 → inner 4; outer median of 4, 6, 2 = 4.
        #expect(outer.forecast(horizon: 1).quantile(0.5, step: 0) == 4)
        // p = 0.75: paths 3 (type 7), point 6 → inner 4.5; outer median of 4.5, 6, 3 = 4.5.
        #expect(outer.forecast(horizon: 1).quantile(0.75, step: 0) == 4.5)
        #expect(outer.forecast(horizon: 1).mean == [4])
    }

    @Test("quantiles are monotone in p and never negative")
    func monotone() {
        for rule in EnsembleRule.allCases {
            let forecast = EnsembleForecaster(name: "e", rule: rule, members: members).forecast(horizon: 2)
            var previous = -1.0
            for p in stride(from: 0.01, through: 0.99, by: 0.01) {
                let q = forecast.cumulativeQuantile(p, steps: 2)
                #expect(q >= previous && q >= 0, "\(rule), p \(p)")
                previous = q
            }
        }
    }

    @Test("a normal member's cumulative quantiles never fall with more periods (running maximum)")
    func monotoneTotals() {
        // Totals N(5, 1²) over one period, N(5, 10²) over two: at p = 0.1 the second would be
        // 5 − 12.8 < 0, yet two periods' demand is at least one period's, path by path.
        let forecast = Forecast(mean: [5, 0], spread: .normal(stepSD: [1, 10], cumulativeSD: [1, 10]))
        let z = StandardNormal.quantile(0.1)
        #expect(abs(forecast.cumulativeQuantile(0.1, steps: 1) - (5 + z)) < 1e-12)
        #expect(abs(forecast.cumulativeQuantile(0.1, steps: 2) - (5 + z)) < 1e-12)
        // Where the totals rise, the running maximum is the last one.
        #expect(abs(forecast.cumulativeQuantile(0.9, steps: 2) - (5 - 10 * z)) < 1e-12)
        let combined = Forecast(mean: [5, 0], spread: .combined(members: [forecast, forecast], rule: .mean))
        #expect(abs(combined.cumulativeQuantile(0.1, steps: 2) - (5 + z)) < 1e-12)
    }

    @Test("observations and whole histories are forwarded to every member")
    func forwarding() throws {
        var ensemble = EnsembleForecaster(name: "e", rule: .mean, members: members)
        ensemble.observe(SalesObservation(period: 0, sales: 3))
        ensemble.observe(history: observations([4, 5, 6]))
        for member in ensemble.members {
            let fixed = try #require(member as? FixedForecaster)
            #expect(fixed.observed.map(\.sales) == [3, 4, 5, 6])
            #expect(fixed.batches == 1)
        }
    }

    @Test("the rule ignores non-finite values; an ensemble without members forecasts 0")
    func degenerate() {
        #expect(EnsembleRule.mean.combine([1, .nan, 3]) == 2)
        #expect(EnsembleRule.median.combine([.infinity, 5]) == 5)
        #expect(EnsembleRule.median.combine([]) == 0)
        let empty = EnsembleForecaster(name: "none", rule: .mean, members: [])
        #expect(empty.forecast(horizon: 2).mean == [0, 0])
        #expect(empty.forecast(horizon: 2).cumulativeQuantile(0.9, steps: 2) == 0)
    }

    @Test("an ensemble named on the command line is made from the catalogue and forecasts")
    func fromChoice() throws {
        let choice = try ForecasterChoice(text: "blend=median(ses,bass,analog,ma(window=4))")
        #expect(choice.problems.isEmpty)
        var forecaster = try choice.makeForecaster(context: ForecastingContext(season: 7))
        #expect(forecaster.name == "blend")
        forecaster.observe(history: observations([0, 2, 5, 9, 12, 14, 13, 11, 9, 6]))
        let forecast = forecaster.forecast(horizon: 4)
        #expect(forecast.mean.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(forecast.cumulativeQuantile(0.95, steps: 4) > forecast.cumulativeMean(steps: 4))
    }
}
