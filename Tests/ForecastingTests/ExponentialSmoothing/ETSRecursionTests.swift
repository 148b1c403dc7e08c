import Testing
@testable import Forecasting

/// The ETS recursions against values computed by hand (with FPP3's component forms, an
/// independent statement of the same methods) and against statsforecast's own state recursion.
@Suite("ETS recursions: Holt, damped and Holt-Winters on short series")
struct ETSRecursionTests {
    /// The fitted model of `form` run over `y` from `initial` with fixed parameters.
    func run(_ y: [Double], _ form: ETSForm, _ parameters: ETSParameters, _ initial: ETSState) throws -> (ETSFit, Forecast) {
        let fit = try #require(ETSFit(y, form: form, parameters: parameters, initial: initial, estimatedCount: 0))
        return (fit, FittedETS(fit).forecast(horizon: 3))
    }

    @Test("Holt's linear trend: ℓ = αy + (1 − α)(ℓ + b), b = β*(Δℓ) + (1 − β*)b")
    func holt() throws {
        // y = 10, 12, 15, 14; α = 0.5, β* = 0.4 (β = 0.2); ℓ₀ = 9, b₀ = 1. By hand:
        // ℓ = 10, 11.5, 13.85, 14.755 and b = 1, 1.2, 1.66, 1.358; errors 0, 1, 2.3, −1.51.
        let (fit, forecast) = try run([10, 12, 15, 14], ETSForm(error: .additive, trend: .additive),
                                      ETSParameters(alpha: 0.5, beta: 0.2), ETSState(level: 9, slope: 1))
        #expect(close(fit.state.level, 14.755, 1e-12))
        #expect(close(fit.state.slope, 1.358, 1e-12))
        #expect(close(fit.likelihood.sumOfSquaredErrors, 1 + 2.3 * 2.3 + 1.51 * 1.51, 1e-12))
        for (h, expected) in [16.113, 17.471, 18.829].enumerated() {
            #expect(close(forecast.mean[h], expected, 1e-12), "h = \(h + 1)")
        }
    }

    @Test("damped trend: ŷ_{T+h} = ℓ + (φ + … + φ^h)b with φ = 0.9")
    func damped() throws {
        // Component form of FPP3 §8.2 run in Python (hand.py) on the same numbers as `holt`.
        let (fit, forecast) = try run([10, 12, 15, 14], ETSForm(error: .additive, trend: .damped),
                                      ETSParameters(alpha: 0.5, beta: 0.2, phi: 0.9), ETSState(level: 9, slope: 1))
        #expect(close(fit.state.level, 14.5109876, 1e-12))
        #expect(close(fit.state.slope, 1.14050016, 1e-12))
        for (h, expected) in [15.537437744, 16.4612428736, 17.29266749024].enumerated() {
            #expect(close(forecast.mean[h], expected, 1e-12), "h = \(h + 1)")
        }
    }

    @Test("Holt-Winters additive, m = 2")
    func holtWintersAdditive() throws {
        // FPP3 §8.3 component form: α = 0.3, β* = 1/3 (β = 0.1), γ = 0.2, ℓ₀ = 7, b₀ = 0.5,
        // s = (−2, 2) for the first two periods. Forecasts from hand.py; errors from
        // statsforecast's pegelsresid_C (same parameters and states).
        let form = ETSForm(error: .additive, trend: .additive, season: .additive, period: 2)
        let (fit, forecast) = try run([5, 9, 6, 10, 7], form, ETSParameters(alpha: 0.3, beta: 0.1, gamma: 0.2),
                                      ETSState(level: 7, slope: 0.5, seasons: [-2, 2]))
        for (h, expected) in [10.99408, 7.61414, 11.80532].enumerated() {
            #expect(close(forecast.mean[h], expected, 1e-12), "h = \(h + 1)")
        }
        let errors = [-0.5, -0.8, 0.17, -0.208, 0.3942]
        #expect(close(fit.likelihood.sumOfSquaredErrors, errors.reduce(0) { $0 + $1 * $1 }, 1e-12))
        // statsforecast's final states: ℓ = 8.79006, b = 0.40562, newest seasons −1.98716, 1.7984.
        #expect(close(fit.state.level, 8.79006, 1e-12))
        #expect(close(fit.state.slope, 0.40562, 1e-12))
        #expect(close(fit.state.season(ahead: 1), 1.7984, 1e-12))
        #expect(close(fit.state.season(ahead: 2), -1.98716, 1e-12))
    }

    @Test("Holt-Winters multiplicative, m = 2")
    func holtWintersMultiplicative() throws {
        let form = ETSForm(error: .additive, trend: .additive, season: .multiplicative, period: 2)
        let (fit, forecast) = try run([5, 9, 6, 10, 7], form, ETSParameters(alpha: 0.3, beta: 0.1, gamma: 0.2),
                                      ETSState(level: 7, slope: 0.5, seasons: [0.7, 1.3]))
        // hand.py (FPP3 §8.3 multiplicative component form).
        for (h, expected) in [11.966045078500393, 7.299275610052841, 13.178731544120334].enumerated() {
            #expect(close(forecast.mean[h], expected, 1e-12), "h = \(h + 1)")
        }
        // statsforecast pegelsresid_C(…, "A", "A", "M", …): final ℓ, b and n·log SSE.
        #expect(close(fit.state.level, 9.103775713475075, 1e-12))
        #expect(close(fit.state.slope, 0.48592937313575035, 1e-12))
        #expect(close(fit.likelihood.concentratedCriterion, 5.957130615020131, 1e-12))
    }

    @Test("the state moves on period by period exactly as a fit over the longer series")
    func updateMatchesFilter() throws {
        let form = ETSForm(error: .additive, trend: .damped, season: .additive, period: 3)
        let parameters = ETSParameters(alpha: 0.4, beta: 0.1, gamma: 0.3, phi: 0.85)
        let initial = ETSState(level: 10, slope: 0.2, seasons: [-1, 0, 1])
        let y: [Double] = [9, 11, 12, 8, 10, 13, 9, 12]
        let whole = try #require(ETSFit(y, form: form, parameters: parameters, initial: initial, estimatedCount: 0))
        var stepped = FittedETS(try #require(ETSFit(Array(y.prefix(5)), form: form, parameters: parameters,
                                                    initial: initial, estimatedCount: 0)))
        for value in y.dropFirst(5) { stepped.update(with: value) }
        #expect(stepped.state == whole.state)
        // (σ̂ differs: it is estimated at the fit, on the shorter series.)
        #expect(stepped.forecast(horizon: 4).mean == FittedETS(whole).forecast(horizon: 4).mean)
    }
}
