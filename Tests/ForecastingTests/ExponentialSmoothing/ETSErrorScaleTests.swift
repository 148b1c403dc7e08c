import Testing
@testable import Forecasting

/// σ̂ of the ETS family moves on every observed period between refits, by the rule it was fitted
/// with, and stockout periods whose error is not observed leave it alone.
@Suite("ETS error scale: σ̂ per period")
struct ETSErrorScaleTests {
    @Test("pooled: √(Σε²/(n − k)) with n − k floored at 1; recent: RMS of the last errors")
    func rules() {
        var pooled = ETSErrorScale.pooled(sumOfSquares: 8, count: 5, parameterCount: 3)
        #expect(close(pooled.sigma, 2))
        pooled.record(4)
        #expect(close(pooled.sigma, (24.0 / 3).squareRoot()))
        #expect(ETSErrorScale.pooled(sumOfSquares: 9, count: 2, parameterCount: 3).sigma == 3)
        var recent = ETSErrorScale.recent(window: 2)
        #expect(recent.sigma == 0)
        for error in [100.0, 3, -4] { recent.record(error) }
        #expect(close(recent.sigma, (12.5).squareRoot()))
    }

    @Test("a fit's σ̂ is ETSFit's formula, and moves on with each update")
    func fittedMovesOn() throws {
        let y: [Double] = [12, 15, 11, 18, 14, 16, 13, 17, 15, 19, 14, 18]
        var fitted = ExponentialSmoothingModel(.holt).fit(y)
        let before = fitted.sigma
        #expect(before > 0)
        let mean = fitted.nextPeriodMean
        fitted.update(with: mean + 40, errorObserved: false)
        #expect(fitted.sigma == before, "an unobserved error leaves σ̂")
        let next = fitted.nextPeriodMean
        fitted.update(with: next + 40, errorObserved: true)
        #expect(fitted.sigma > before * 1.5)
    }

    @Test("SES: σ̂ between refits is the RMS of the last 56 one-step errors, the new ones included")
    func sesBetweenRefits() throws {
        var forecaster = ModelForecaster.ses()
        let calm = (0..<60).map { 20 + Double($0 % 3) }
        for value in calm { forecaster.observe(SalesObservation(period: 0, sales: value, stockout: false)) }
        let calmSigma = try #require(forecaster.fitted).sigma
        // Five wild periods, no refit in between (the last was at 60, the next is due at 88).
        for value in [60.0, 0, 55, 2, 58] { forecaster.observe(SalesObservation(period: 0, sales: value, stockout: false)) }
        let wild = try #require(forecaster.fitted)
        #expect(wild.sigma > 3 * calmSigma, "σ̂ \(wild.sigma) after five wild periods, \(calmSigma) before")
        #expect(close(normalSpread(forecaster.forecast(horizon: 1)).step[0], wild.sigma))
    }

    @Test("a constant series' fallback starts at σ̂ = 0, learns from the next error, and moves slowly")
    func constantFallback() {
        var fitted = ExponentialSmoothingModel(.simple).fit([5, 5, 5, 5])
        #expect(fitted.sigma == 0)
        fitted.update(with: 9, errorObserved: true)
        #expect(close(fitted.sigma, (16.0 / 4).squareRoot()), "RMS of the errors 0, 0, 0, 4")
        #expect(close(fitted.nextPeriodMean, 5.04), "α = 0.01, not a random walk's 0.9999")
        // A random walk's spread of a 70-period total would be about 70^1.5/√3 ≈ 340 σ̂.
        let total = normalSpread(fitted.forecast(horizon: 70)).cumulative[69]
        #expect(total < 12 * fitted.sigma, "spread of the 70-period total \(total), σ̂ \(fitted.sigma)")
        var holt = ExponentialSmoothingModel(.holt).fit(Array(repeating: 0, count: 30))
        holt.update(with: 3, errorObserved: true)
        #expect(close(holt.nextPeriodMean, 0.03))
        let fixed = ExponentialSmoothingModel(.simple, fixed: ETSFixedParameters(alpha: 0.5)).fit([2, 2, 2])
        #expect(fixed.parameters.alpha == 0.5)
    }
}
