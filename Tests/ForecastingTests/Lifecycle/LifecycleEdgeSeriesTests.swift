import Foundation
import Testing
@testable import Forecasting

/// A small library of comparable launches, for the analog forecaster in these tests.
private let library = AnalogLibrary(references: (0..<6).map { index in
    let curve = BassCurve(marketSize: 300 + 100 * Double(index), innovation: 0.02 + 0.01 * Double(index % 3), imitation: 0.3)
    return AnalogLibrary.Reference(
        profile: ProductProfile(id: "ref\(index)", category: "toys", attributes: index % 2 == 0 ? ["wood"] : ["plastic"],
                                price: 5 + Double(index)),
        firstPeriod: -200, sales: (0..<600).map { $0 < 10 * index ? 0 : curve.sales(age: $0 - 10 * index + 1) })
})

private let profile = ProductProfile(id: "new", category: "toys", attributes: ["wood"], price: 6)

/// Every lifecycle-aware forecaster, and ensembles of them.
private func lifecycleForecasters() -> [any Forecaster] {
    let context = ForecastingContext(season: 7, profile: profile, analogs: library)
    return CensoringTreatment.allCases.flatMap { treatment -> [any Forecaster] in
        let bass = ModelForecaster(BassModel(), fitWindow: BassModel.defaultFitWindow, censoring: treatment)
        let analog = AnalogForecaster(context: context, censoring: treatment)
        let lonelyAnalog = AnalogForecaster(profile: nil, library: nil, censoring: treatment)
        let pooled = PooledStackForecaster(library: library, settings: PooledStackSettings(season: 7), censoring: treatment)
        let lonelyPooled = PooledStackForecaster(library: nil, settings: PooledStackSettings(), censoring: treatment)
        return [bass, analog, lonelyAnalog, pooled, lonelyPooled,
                EnsembleForecaster(name: "mean", rule: .mean, members: [bass, analog, ModelForecaster.ses(censoring: treatment)]),
                EnsembleForecaster(name: "median", rule: .median, members: [bass, lonelyAnalog, analog])]
    }
}

/// Series that break fits: empty of sales, flat, very short, huge, ending in zeros, spiky.
private let hardSeries: [(name: String, values: [Double], stockouts: Bool)] = [
    ("all zero", Array(repeating: 0, count: 60), false),
    ("single sale", Array(repeating: 0, count: 20) + [7] + Array(repeating: 0, count: 20), false),
    ("constant", Array(repeating: 7, count: 60), false),
    ("one point", [5], false),
    ("two points", [5, 9], false),
    ("three points", [1, 4, 2], false),
    ("three zeros", [0, 0, 0], false),
    ("huge values", (0..<120).map { 1e9 + Double($0 % 5) * 1e7 }, false),
    ("huge launch", (0..<30).map { 1e9 * Double($0 + 1) }, false),
    ("trailing zeros", [3, 8, 15, 20, 18, 12, 6] + Array(repeating: 0, count: 30), false),
    ("a single spike", Array(repeating: 0, count: 30) + [1e9] + Array(repeating: 0, count: 30), false),
    ("alternating", (0..<80).map { $0 % 2 == 0 ? 1e6 : 0 }, false),
    ("stockouts", (0..<50).map { Double($0 % 4) }, true),
]

@Suite("Lifecycle forecasters on hard series")
struct LifecycleEdgeSeriesTests {
    @Test("finite, non-negative means and quantiles, batch and one by one", arguments: hardSeries.indices)
    func finiteAndNonNegative(_ index: Int) {
        let series = hardSeries[index]
        let history = series.values.enumerated().map {
            SalesObservation(period: $0.offset, sales: $0.element, stockout: series.stockouts)
        }
        for template in lifecycleForecasters() {
            var batch = template
            batch.observe(history: history)
            var single = template
            for observation in history { single.observe(observation) }
            for forecaster in [batch, single] {
                let label = "\(series.name), \(forecaster.name)"
                let forecast = forecaster.forecast(horizon: 12)
                #expect(forecast.horizon == 12, "\(label)")
                #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): \(forecast.mean)")
                #expect(forecaster.nextPeriodMean.isFinite && forecaster.nextPeriodMean >= 0, "\(label)")
                var previous = 0.0
                for p in [0.01, 0.5, 0.9, 0.999] {
                    let q = forecast.cumulativeQuantile(p, steps: 12)
                    #expect(q.isFinite && q >= previous, "\(label): p \(p) gives \(q)")
                    previous = q
                    for step in [0, 11] {
                        let value = forecast.quantile(p, step: step)
                        #expect(value.isFinite && value >= 0, "\(label): p \(p), step \(step)")
                    }
                }
                #expect(forecast.standardDeviation(step: 0).isFinite, "\(label)")
                #expect(forecast.cumulativeStandardDeviation(steps: 12).isFinite, "\(label)")
            }
        }
    }

    @Test("Bass in the closed loop follows a launch and forecasts its decline")
    func bassClosedLoop() {
        let truth = BassCurve(marketSize: 2_000, innovation: 0.02, imitation: 0.35)
        var forecaster = ModelForecaster(BassModel(), fitWindow: BassModel.defaultFitWindow)
        for age in 1...20 { forecaster.observe(SalesObservation(period: age, sales: truth.sales(age: age).rounded())) }
        forecaster.refit()
        let forecast = forecaster.forecast(horizon: 10)
        // Past the peak (age 8.3): the forecast falls, and stays within 10% of the truth.
        for h in 1..<10 { #expect(forecast.mean[h] < forecast.mean[h - 1]) }
        for h in 0..<10 {
            let expected = truth.sales(age: 21 + h)
            #expect(abs(forecast.mean[h] - expected) <= 0.1 * expected + 1, "h \(h): \(forecast.mean[h]) vs \(expected)")
        }
    }
}
