import Testing
@testable import Forecasting

/// SES as the ETS(A,N,N) model of the ETS framework: the recursion, the spread, the fit of α from
/// the first value, its bounds on intermittent demand, and statsforecast's
/// `SimpleExponentialSmoothingOptimized`.
@Suite("SES: ETS(A,N,N) from the first value")
struct SESTests {
    private typealias SES = ModelForecaster<ExponentialSmoothingModel>

    /// Σ_{t≥2} (y_t − ℓ_{t−1})² of SES with `alpha` started at ℓ₁ = y₁, and the final level.
    private func replay(_ y: [Double], alpha: Double) -> (sumOfSquares: Double, level: Double) {
        var level = y[0]
        var squares = 0.0
        for value in y.dropFirst() {
            squares += (value - level) * (value - level)
            level += alpha * (value - level)
        }
        return (squares, level)
    }

    private func alpha(_ forecaster: SES) -> Double { forecaster.fitted?.parameters.alpha ?? .nan }

    @Test("a fixed α follows the recursion computed by hand (short series)")
    func recursion() throws {
        let forecaster = fed(SES.ses(alpha: 0.3), [10, 12, 9, 15])
        let fitted = try #require(forecaster.fitted)
        // ℓ: 10 → 10.6 → 10.12 → 11.584; residuals 2, −1.6, 4.88.
        #expect(close(fitted.state.level, 11.584))
        let forecast = forecaster.forecast(horizon: 3)
        #expect(forecast.mean.allSatisfy { close($0, 11.584) })
        let sigma = ((4 + 2.56 + 4.88 * 4.88) / 3).squareRoot()
        #expect(close(fitted.sigma, sigma))
        let (step, cumulative) = normalSpread(forecast)
        for h in 1...3 {
            #expect(close(step[h - 1], sigma * (1 + Double(h - 1) * 0.09).squareRoot()), "h = \(h)")
        }
        // Σ_{m=0..k−1} (1 + 0.3m)²: 1, 1 + 1.69, 1 + 1.69 + 2.56.
        #expect(close(cumulative[0], sigma))
        #expect(close(cumulative[1], sigma * 2.69.squareRoot()))
        #expect(close(cumulative[2], sigma * 5.25.squareRoot()))
        #expect(forecaster.name == "ses")
    }

    @Test("a fixed α on a fitted window: the level from y₁, σ̂ the RMS of its one-step errors")
    func fixedAlphaFit() throws {
        let y: [Double] = [20, 24, 19, 30, 28, 35, 31, 40, 38, 45]
        var forecaster = SES.ses(alpha: 0.4)
        forecaster.observe(history: observations(y))
        let fitted = try #require(forecaster.fitted)
        let (squares, level) = replay(y, alpha: 0.4)
        #expect(fitted.method == "ETS(A,N,N)")
        #expect(fitted.parameters.alpha == 0.4)
        #expect(close(fitted.state.level, level, 1e-12))
        // The first error is 0 by construction and left out; fewer than 56 errors: all count.
        #expect(close(fitted.sigma, (squares / Double(y.count - 1)).squareRoot(), 1e-12))
    }

    @Test("the cumulative spread is σ·√(Σ_{m<k} (1 + αm)²), the closed form of ETS(A,N,N)")
    func cumulativeFactor() {
        for alpha in [0.01, 0.2, 0.5, 0.9, 1] {
            let fitted = FittedETS(method: "test", form: ETSForm(error: .additive, trend: .none),
                                   parameters: ETSParameters(alpha: alpha), state: ETSState(level: 100), sigma: 1)
            let (_, cumulative) = normalSpread(fitted.forecast(horizon: 60))
            for k in 1...60 {
                let direct = (0..<k).reduce(0.0) { $0 + (1 + alpha * Double($1)) * (1 + alpha * Double($1)) }
                #expect(close(cumulative[k - 1], direct.squareRoot(), 1e-12), "α = \(alpha), k = \(k)")
            }
        }
    }

    @Test("the ETS(A,N,N) spread is bit for bit the general linear propagation's")
    func localLevelPath() {
        for (alpha, sigma) in [(0.0001, 3.0), (0.3, 0.7), (0.61, 12.5), (0.99, 1e-3), (1, 2)] {
            let variance = ETSPredictionVariance(form: ETSForm(error: .additive, trend: .none),
                                                 parameters: ETSParameters(alpha: alpha), state: ETSState(level: 5), sigma: sigma)
            let fast = variance.localLevelDeviations(horizon: 40)
            let general = LinearErrorPropagation.standardDeviations(
                horizon: 40, variance: { _ in sigma * sigma }, weight: { j, i in j == i ? 1 : alpha })
            #expect(fast.step == general.step, "α = \(alpha), σ = \(sigma)")
            #expect(fast.cumulative == general.cumulative, "α = \(alpha), σ = \(sigma)")
        }
    }

    @Test("α = 1 is the naive method (means, and spreads up to σ̂)", arguments: [[3.0, 5, 2, 8], [0, 0, 4, 1, 9, 9, 2]])
    func alphaOneIsNaive(_ values: [Double]) {
        let ses = fed(SES.ses(alpha: 1), values).forecast(horizon: 6)
        let naive = fed(NaiveForecaster(), values).forecast(horizon: 6)
        #expect(ses.mean == naive.mean)
        let (sesStep, sesCumulative) = normalSpread(ses)
        let (naiveStep, naiveCumulative) = normalSpread(naive)
        for h in 0..<6 {
            #expect(close(sesStep[h] / sesStep[0], naiveStep[h] / naiveStep[0]), "h = \(h + 1)")
            #expect(close(sesCumulative[h] / sesStep[0], naiveCumulative[h] / naiveStep[0]), "h = \(h + 1)")
        }
    }

    @Test("σ̂ is the RMS of the last 56 one-step errors of the fit, not of older ones")
    func recentResiduals() throws {
        // A quiet start (errors ±1) and a noisy end (±10): σ̂ must see only the last 56 errors.
        let y = (0..<100).map { (t: Int) -> Double in 100 + (t % 2 == 0 ? 1 : -1) * (t < 44 ? 1 : 10) }
        var forecaster = SES.ses(alpha: 0.5)
        forecaster.observe(history: observations(y))
        let fitted = try #require(forecaster.fitted)
        var level = y[0]
        var errors: [Double] = []
        for value in y.dropFirst() {
            errors.append(value - level)
            level += 0.5 * (value - level)
        }
        let recent = errors.suffix(56)
        #expect(close(fitted.sigma, (recent.reduce(0) { $0 + $1 * $1 } / 56).squareRoot(), 1e-9))
    }

    @Test("a fitted α recovers the α of an SES process", arguments: [0.15, 0.3, 0.7])
    func recoversAlpha(_ alpha: Double) throws {
        let seed: UInt = 20_260_301
        let count = 2_000
        let series = try sesProcess(count: count, alpha: alpha, initialLevel: 1_000, sigma: 10, seed: seed)
        var forecaster = fed(SES.ses(fitWindow: count), series)
        forecaster.refit()
        // α̂ of SES = 1 + θ̂ of an ARIMA(0,1,1); asymptotically Var(θ̂) = (1 − θ²)/n = α(2 − α)/n.
        let tolerance = zTolerance * (alpha * (2 - alpha) / Double(count)).squareRoot()
        #expect(abs(self.alpha(forecaster) - alpha) <= tolerance,
                "seed \(seed): α̂ = \(self.alpha(forecaster)), α = \(alpha), tolerance \(tolerance)")
    }

    @Test("the fitted α minimises the sum of squares from y₁ (checked on a fine grid)")
    func fitMinimises() throws {
        let seed: UInt = 20_260_302
        let series = try sesProcess(count: 112, alpha: 0.4, initialLevel: 50, sigma: 4, seed: seed)
        var forecaster = SES.ses()
        forecaster.observe(history: observations(series))
        let fitted = alpha(forecaster)
        let sse = { (a: Double) in self.replay(series, alpha: a).sumOfSquares }
        let grid = stride(from: 0.01, through: 0.99, by: 0.0005).map { $0 }
        let best = try #require(grid.min { sse($0) < sse($1) })
        // Brent's bracket is 1e-4 wide; the grid step is 5e-4.
        #expect(abs(fitted - best) <= 1e-3, "seed \(seed): fitted \(fitted), grid \(best)")
        #expect(sse(fitted) <= sse(best) * (1 + 1e-9))
    }

    @Test("in the closed loop α is refitted on ModelForecaster's schedule and stays in [0.01, 0.99]")
    func refitSchedule() throws {
        let series = try randomWalkPlusNoise(count: 60, start: 100, levelSD: 5, noiseSD: 0.1, seed: 20_260_303)
        var forecaster = SES.ses()
        var changes: [Int] = []
        var previous = Double.nan
        for observation in observations(series) {
            forecaster.observe(observation)
            if alpha(forecaster) != previous { changes.append(forecaster.observationCount) }
            previous = alpha(forecaster)
            if forecaster.observationCount >= 2 { #expect((0.01...0.99).contains(previous)) }
        }
        // Fits happen after 1, 2, 4, 8, 16, 32 and 60 observations; α may stay put at some of them.
        #expect(Set(changes).isSubset(of: [1, 2, 4, 8, 16, 32, 60]), "α changed after \(changes)")
        // A random walk with little noise wants the largest α.
        #expect(alpha(forecaster) >= 0.9)
    }

    @Test("a fixed α never changes")
    func fixedAlphaStays() {
        var forecaster = fed(SES.ses(alpha: 0.25), (0..<100).map { Double($0 % 7) })
        forecaster.refit()
        #expect(alpha(forecaster) == 0.25)
    }

    @Test("on a smooth series it matches statsforecast's SESOpt (α and forecast)")
    func statsforecastSmooth() {
        // statsforecast 2.1.1: _optimized_ses_forecast(y, (0.01, 0.99)) → forecast
        // 16.347079069020182 with α = 0.6525955447542995 (golden section on the same SSE).
        let y: [Double] = [10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17]
        var ses = SES.ses()
        ses.observe(history: observations(y))
        #expect(abs(alpha(ses) - 0.6525955447542995) < 1e-3)
        #expect(abs(ses.nextPeriodMean - 16.347079069020182) < 1e-3)
    }

    @Test("at a cutoff the level is SES replayed with the fitted α from y₁; σ̂ the RMS of its errors")
    func replayWithFittedAlpha() throws {
        let y: [Double] = [20, 24, 19, 30, 28, 35, 31, 40, 38, 45, 41, 50, 47, 55, 52, 60, 57, 66, 61, 70]
        var ses = SES.ses()
        ses.observe(history: observations(y))
        let fitted = try #require(ses.fitted)
        let (squares, level) = replay(y, alpha: fitted.parameters.alpha)
        #expect(close(ses.nextPeriodMean, level, 1e-12))
        #expect(close(fitted.sigma, (squares / Double(y.count - 1)).squareRoot(), 1e-12))
    }

    @Test("intermittent demand: α is searched in [0.1, 0.99] and minimises the SSE there")
    func intermittentBounds() throws {
        // Two sales in 20 periods (mean interval 10 > 1.32): least squares alone would take
        // α ≈ 0.04 and all but freeze the level.
        let y: [Double] = [0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0]
        var ses = SES.ses()
        ses.observe(history: observations(y))
        #expect(ExponentialSmoothingModel.isIntermittent(y))
        #expect((0.1...0.99).contains(alpha(ses)))
        let sse = { (a: Double) in self.replay(y, alpha: a).sumOfSquares }
        let grid = stride(from: 0.1, through: 0.99, by: 0.0005).map { $0 }
        let best = try #require(grid.min { sse($0) < sse($1) })
        #expect(sse(alpha(ses)) <= sse(best) * (1 + 1e-9))
        let wide = stride(from: 0.01, through: 0.99, by: 0.005).map { $0 }
        let unrestricted = try #require(wide.min { sse($0) < sse($1) })
        #expect(unrestricted < 0.1, "the example should need the floor: unrestricted α̂ = \(unrestricted)")
    }

    @Test("smooth demand keeps the full range")
    func smoothNotIntermittent() {
        // Mean interval 10/8 = 1.25 ≤ 1.32.
        #expect(!ExponentialSmoothingModel.isIntermittent([5, 0, 6, 7, 5, 6, 0, 8, 7, 6]))
        #expect(!ExponentialSmoothingModel.isIntermittent([0, 0, 0]))
    }
}
