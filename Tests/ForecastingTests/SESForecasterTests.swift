import Testing
@testable import Forecasting

@Suite("SES: the recursion, the spread and the fit of α")
struct SESForecasterTests {
    @Test("a fixed α follows the recursion computed by hand")
    func recursion() {
        let forecaster = fed(SESForecaster(alpha: .fixed(0.3)), [10, 12, 9, 15])
        // ℓ: 10 → 10.6 → 10.12 → 11.584; residuals 2, −1.6, 4.88.
        #expect(close(forecaster.level, 11.584))
        let forecast = forecaster.forecast(horizon: 3)
        #expect(forecast.mean.allSatisfy { close($0, 11.584) })
        let sigma = ((4 + 2.56 + 4.88 * 4.88) / 3).squareRoot()
        #expect(close(forecaster.residualStandardDeviation, sigma))
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

    @Test("the closed form of the cumulative factor matches the sum it replaces")
    func cumulativeFactor() {
        for alpha in [0.01, 0.2, 0.5, 0.9, 1] {
            for k in 1...60 {
                let direct = (0..<k).reduce(0.0) { $0 + (1 + alpha * Double($1)) * (1 + alpha * Double($1)) }
                #expect(close(SESForecaster.cumulativeFactor(k, alpha: alpha), direct.squareRoot(), 1e-12),
                        "α = \(alpha), k = \(k)")
            }
        }
        // α = 1 is the naive method.
        #expect(close(SESForecaster.cumulativeFactor(9, alpha: 1), NaiveForecaster.randomWalkCumulativeFactor(9)))
    }

    @Test("α = 1 is the naive method", arguments: [[3.0, 5, 2, 8], [0, 0, 4, 1, 9, 9, 2]])
    func alphaOneIsNaive(_ values: [Double]) {
        let ses = fed(SESForecaster(alpha: .fixed(1)), values).forecast(horizon: 6)
        let naive = fed(NaiveForecaster(), values).forecast(horizon: 6)
        #expect(ses == naive)
    }

    @Test("an optimised α recovers the α of an SES process", arguments: [0.15, 0.3, 0.7])
    func recoversAlpha(_ alpha: Double) throws {
        let seed: UInt = 20_260_301
        let count = 2_000
        let series = try sesProcess(count: count, alpha: alpha, initialLevel: 1_000, sigma: 10, seed: seed)
        var forecaster = fed(SESForecaster(alpha: .optimized, fitWindow: count), series)
        forecaster.refit()
        // α̂ of SES = 1 + θ̂ of an ARIMA(0,1,1); asymptotically Var(θ̂) = (1 − θ²)/n = α(2 − α)/n.
        let tolerance = zTolerance * (alpha * (2 - alpha) / Double(count)).squareRoot()
        #expect(abs(forecaster.alpha - alpha) <= tolerance,
                "seed \(seed): α̂ = \(forecaster.alpha), α = \(alpha), tolerance \(tolerance)")
    }

    @Test("the fitted α minimises the sum of squares (checked on a fine grid)")
    func fitMinimises() throws {
        let seed: UInt = 20_260_302
        let series = try sesProcess(count: 112, alpha: 0.4, initialLevel: 50, sigma: 4, seed: seed)
        let forecaster = fed(SESForecaster(alpha: .optimized), series)
        let fitted = try #require(SESForecaster.fittedAlpha(history: forecaster.history, censoring: .lowerBound))
        let sse = { (a: Double) in SESForecaster.replay(forecaster.history, alpha: a, censoring: .lowerBound).sumOfSquares }
        let grid = stride(from: 0.01, through: 0.99, by: 0.0005).map { $0 }
        let best = try #require(grid.min { sse($0) < sse($1) })
        // Brent's bracket is 1e-4 wide; the grid step is 5e-4.
        #expect(abs(fitted - best) <= 1e-3, "seed \(seed): fitted \(fitted), grid \(best)")
        #expect(sse(fitted) <= sse(best) * (1 + 1e-9))
    }

    @Test("α is refitted on the documented schedule, and stays in [0.01, 0.99]")
    func refitSchedule() throws {
        let series = try randomWalkPlusNoise(count: 60, start: 100, levelSD: 5, noiseSD: 0.1, seed: 20_260_303)
        var forecaster = SESForecaster(alpha: .optimized, refitEvery: 28)
        var changes: [Int] = []
        var previous = forecaster.alpha
        for observation in observations(series) {
            forecaster.observe(observation)
            if forecaster.alpha != previous { changes.append(forecaster.observationCount) }
            previous = forecaster.alpha
            #expect((0.01...0.99).contains(forecaster.alpha))
        }
        // Fits happen after 4, 8, 16, 32 and 60 observations; α may stay put at some of them.
        #expect(Set(changes).isSubset(of: [4, 8, 16, 32, 60]), "α changed after \(changes)")
        // A random walk with little noise wants the largest α.
        #expect(forecaster.alpha >= 0.9)
    }

    @Test("a fixed α never changes")
    func fixedAlphaStays() {
        var forecaster = fed(SESForecaster(alpha: .fixed(0.25)), (0..<100).map { Double($0 % 7) })
        forecaster.refit()
        #expect(forecaster.alpha == 0.25)
        #expect(forecaster.fitWindow == 1)
    }
}
