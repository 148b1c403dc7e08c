import Testing
import TestSupport
@testable import Forecasting

/// The closed loop scores next period's quantiles every period from ``NextPeriodForecast``; it
/// must say exactly what `forecast(horizon: 1)` says, whether a model builds it directly (naive,
/// the ETS family) or by default.
@Suite("Next-period forecast")
struct NextPeriodForecastTests {
    /// Levels asked by the loop, and odd ones.
    static let levels = [0.025, 0.1, 0.5, 0.9, 0.975, 0.05, 0.95, 0.3, 0.999]

    /// Every catalogue forecaster the closed loop can run (a cross-section of every family).
    static let names = ["naive", "ses", "holt", "damped", "autoets", "theta", "croston", "tsb", "ma", "snaive",
                        "holt-winters", "imapa", "bass"]

    @Test("quantiles bit for bit those of forecast(horizon: 1), before and after learning a noisy series (seed 0x1E57)",
          arguments: names)
    func sameAsOnePeriodForecast(_ name: String) throws {
        let entry = try #require(ForecasterCatalogue.entry(named: name), "\(name)")
        var forecaster = try entry.makeForecaster(context: ForecastingContext(season: 7))
        var generator = SplitMix64(seed: 0x1E57)
        for period in 0..<120 {
            if period % 17 == 0 || period == 1 { try Self.expectSame(forecaster, name, period) }
            // Lumpy demand with zeros, a level shift and a stockout now and then.
            let level = period < 60 ? 8.0 : 20.0
            let sales = generator.chance(0.2) ? 0 : (level * generator.uniform(0.3...1.7)).rounded()
            forecaster.observe(SalesObservation(period: period, sales: sales, stockout: generator.chance(0.05)))
        }
        try Self.expectSame(forecaster, name, 120)
    }

    static func expectSame(_ forecaster: any Forecaster, _ name: String, _ period: Int) throws {
        let next = forecaster.nextPeriodForecast()
        let forecast = forecaster.forecast(horizon: 1)
        for p in levels {
            #expect(next.quantile(p).bitPattern == forecast.quantile(p, step: 0).bitPattern,
                    "\(name) at period \(period), p = \(p): \(next.quantile(p)) vs \(forecast.quantile(p, step: 0))")
        }
    }

    @Test("naive and SES answer without building the forecast")
    func directForms() throws {
        for name in ["naive", "ses"] {
            var forecaster = try #require(ForecasterCatalogue.entry(named: name)).makeForecaster(context: ForecastingContext(season: 7))
            for period in 0..<40 { forecaster.observe(SalesObservation(period: period, sales: Double(5 + period % 4))) }
            guard case .normal = forecaster.nextPeriodForecast() else {
                Issue.record("\(name) built its one-period forecast")
                continue
            }
        }
    }
}
