import Testing
@testable import Forecasting

/// The short series every hand computation below uses: demands of 3, 5 and 2 in periods 2, 5
/// and 7 (1-based).
let shortIntermittent: [Double] = [0, 3, 0, 0, 5, 0, 2]

@Suite("Croston and SBA recursions")
struct CrostonTests {
    /// By hand, α = 0.1: sizes 3 → 3 + 0.1·(5 − 3) = 3.2 → 3.2 + 0.1·(2 − 3.2) = 3.08. The first
    /// interval (2, from the start) is censored; complete intervals 3 (periods 2→5) and 2 (5→7):
    /// x = 3 → 3 + 0.1·(2 − 3) = 2.9. Forecast 3.08/2.9.
    @Test("classic Croston on [0, 3, 0, 0, 5, 0, 2]")
    func classic() {
        let fit = CrostonModel.classic().fit(shortIntermittent)
        #expect(close(fit.state.size!, 3.08))
        #expect(close(fit.state.interval!, 2.9))
        #expect(fit.state.periodsSinceDemand == 0)
        #expect(close(fit.nextPeriodMean, 3.08 / 2.9))
        #expect(fit.forecast(horizon: 4).mean.allSatisfy { close($0, 3.08 / 2.9) })
    }

    /// SBA multiplies by 1 − α/2: 0.95 at α = 0.1, 0.8 at α = 0.4. With α = 0.4: sizes 3 → 3.8
    /// → 3.08; intervals 3 → 3 + 0.4·(2 − 3) = 2.6.
    @Test("SBA factor 1 − α/2")
    func syntetosBoylan() {
        let classic = CrostonModel.classic().fit(shortIntermittent).nextPeriodMean
        #expect(close(CrostonModel.syntetosBoylan().fit(shortIntermittent).nextPeriodMean, 0.95 * classic))
        let fit = CrostonModel.syntetosBoylan(alpha: 0.4).fit(shortIntermittent)
        #expect(close(fit.state.size!, 3.08))
        #expect(close(fit.state.interval!, 2.6))
        #expect(close(fit.nextPeriodMean, 0.8 * 3.08 / 2.6))
    }

    /// Moving the fitted state on: a zero changes nothing; a demand of 4 two periods after the
    /// last one gives z = 3.08 + 0.1·(4 − 3.08) = 3.172 and x = 2.9 + 0.1·(2 − 2.9) = 2.81.
    @Test("updating the fitted state follows the recursions")
    func update() {
        var fit = CrostonModel.classic().fit(shortIntermittent)
        let before = fit.nextPeriodMean
        fit.update(with: 0)
        #expect(fit.nextPeriodMean == before)
        fit.update(with: 4)
        #expect(close(fit.state.size!, 3.172))
        #expect(close(fit.state.interval!, 2.81))
        #expect(fit == CrostonModel.classic().fit(shortIntermittent + [0, 4]))
    }

    /// With one demand only, the censored interval from the start stands in: 6 in period 3 of
    /// [0, 0, 6, 0] forecasts 6/3 (statsforecast: the same, its only interval is 3).
    @Test("a single demand divides by the periods up to it")
    func singleDemand() {
        let fit = CrostonModel.classic().fit([0, 0, 6, 0])
        #expect(close(fit.nextPeriodMean, 2))
        #expect(CrostonModel.classic().fit([0, 0, 0]).nextPeriodMean == 0)
    }

    /// The forecasts made before each period of [0, 3, 0, 0, 5, 0, 2]: none until the first
    /// demand, then 3/2 (censored interval 2) until the next, then 3.2/3: five origins, fewer
    /// than the 12 whose relative errors would make the paths. So the paths are the demand
    /// itself in circular blocks, rescaled to the forecast m by m/ȳ (ȳ = 10/7), then their
    /// pointwise minimum and maximum.
    @Test("a short history: block bootstrap of its demand, rescaled to the forecast")
    func shortHistorySpread() {
        let fit = CrostonModel.classic().fit(shortIntermittent)
        #expect(fit.calibrationCount == 7)
        let forecast = fit.forecast(horizon: 2)
        guard case let .samplePaths(paths) = forecast.spread else {
            Issue.record("expected sample paths")
            return
        }
        let scale = (3.08 / 2.9) / (10.0 / 7)
        let y = shortIntermittent
        var expected = (0..<7).map { [y[$0] * scale, y[($0 + 1) % 7] * scale] }
        expected += [[0, 0], [5 * scale, 5 * scale]]
        #expect(paths.count == expected.count)
        for (path, values) in zip(paths, expected) {
            #expect(close(path[0], values[0]) && close(path[1], values[1]), "\(path) vs \(values)")
        }
    }

    /// One sale in seven weeks: the forecast is 5/4 per week and the 90% quantile of the next
    /// eight weeks' total is a sale, not certain zero.
    @Test("a single sale leaves room for another")
    func singleSaleSpread() {
        let fit = CrostonModel.classic().fit([0, 0, 0, 5, 0, 0, 0])
        let forecast = fit.forecast(horizon: 8)
        #expect(close(fit.nextPeriodMean, 1.25))
        #expect(forecast.cumulativeQuantile(0.9, steps: 8) > 5)
        #expect(forecast.quantile(0.5, step: 0) == 0)
    }

    /// Sizes 3, 5, 2: SSE(α) = (5 − 3)² + (2 − 3 − 2α)² grows with α, so α_z = 0.1. Complete
    /// intervals 3, 2: only one one-step error, which does not depend on α, so α_x is the middle
    /// of 0.1…0.3 (where statsforecast's golden section ends too).
    @Test("croston-optimized fits each weight on its own series")
    func optimized() {
        let fit = CrostonModel.optimized().fit(shortIntermittent)
        #expect(close(fit.state.sizeWeight, 0.1, 1e-6))   // SSE 4 + (−1 − 2α)² is smallest at 0.1
        #expect(close(fit.state.intervalWeight, 0.2))     // intervals 3, 2: flat objective
        let size = 3.2 + 0.1 * (2 - 3.2)
        let interval = 3 + 0.2 * (2 - 3.0)
        #expect(close(fit.nextPeriodMean, size / interval, 1e-6))
    }
}
