import Testing
@testable import Forecasting

/// SES as fitted at a rolling-origin cutoff: the α search range for intermittent demand, the
/// replay with the fitted α, and statsforecast's `SimpleExponentialSmoothingOptimized`.
@Suite("SES at a cutoff: intermittent bounds, replay, statsforecast")
struct SESFittingTests {
    @Test("on a smooth series it matches statsforecast's SESOpt (α and forecast)")
    func statsforecastSmooth() {
        // statsforecast 2.1.1: _optimized_ses_forecast(y, (0.01, 0.99)) → forecast
        // 16.347079069020182 with α = 0.6525955447542995 (golden section on the same SSE).
        let y: [Double] = [10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17]
        var ses = SESForecaster()
        ses.observe(history: observations(y))
        #expect(abs(ses.alpha - 0.6525955447542995) < 1e-3)
        #expect(abs(ses.nextPeriodMean - 16.347079069020182) < 1e-3)
    }

    @Test("after observe(history:), the level is SES replayed with the fitted α from the first value")
    func replayWithFittedAlpha() {
        let y: [Double] = [20, 24, 19, 30, 28, 35, 31, 40, 38, 45, 41, 50, 47, 55, 52, 60, 57, 66, 61, 70]
        var ses = SESForecaster()
        ses.observe(history: observations(y))
        var level = y[0]
        var squares = 0.0
        for value in y.dropFirst() {
            squares += (value - level) * (value - level)
            level += ses.alpha * (value - level)
        }
        #expect(close(ses.nextPeriodMean, level, 1e-12))
        #expect(close(ses.residualStandardDeviation, (squares / Double(y.count - 1)).squareRoot(), 1e-12))
    }

    @Test("intermittent demand: α is searched in [0.1, 0.99] and minimises the SSE there")
    func intermittentBounds() throws {
        // Two sales in 20 periods (mean interval 10 > 1.32): least squares alone would take
        // α ≈ 0.04 and all but freeze the level.
        let y: [Double] = [0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0]
        var ses = SESForecaster()
        ses.observe(history: observations(y))
        #expect(SESForecaster.isIntermittent(ses.history))
        #expect((0.1...0.99).contains(ses.alpha))
        let sse = { (a: Double) in SESForecaster.replay(ses.history, alpha: a, censoring: .lowerBound).sumOfSquares }
        let grid = stride(from: 0.1, through: 0.99, by: 0.0005).map { $0 }
        let best = try #require(grid.min { sse($0) < sse($1) })
        #expect(sse(ses.alpha) <= sse(best) * (1 + 1e-9))
        let wide = stride(from: 0.01, through: 0.99, by: 0.005).map { $0 }
        let unrestricted = try #require(wide.min { sse($0) < sse($1) })
        #expect(unrestricted < 0.1, "the example should need the floor: unrestricted α̂ = \(unrestricted)")
    }

    @Test("smooth demand keeps the full range")
    func smoothNotIntermittent() {
        var ses = SESForecaster()
        ses.observe(history: observations([5, 0, 6, 7, 5, 6, 0, 8, 7, 6]))
        // Mean interval 10/8 = 1.25 ≤ 1.32.
        #expect(!SESForecaster.isIntermittent(ses.history))
    }
}
