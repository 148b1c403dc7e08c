import GSL
import Testing
@testable import Forecasting

@Suite("Holt, damped and Holt-Winters models: fitting, fixed parameters, fallbacks")
struct ExponentialSmoothingModelTests {
    @Test("fixed parameters are used as given (β* scaled by α, γ capped at 1 − α)")
    func fixedParameters() {
        let y: [Double] = [10, 12, 11, 14, 15, 13, 17, 18, 20, 19, 22, 24]
        let holt = ExponentialSmoothingModel(.holt, fixed: ETSFixedParameters(alpha: 0.3, betaStar: 0.2)).fit(y)
        #expect(holt.parameters.alpha == 0.3)
        #expect(close(holt.parameters.beta, 0.06, 1e-15))
        let damped = ExponentialSmoothingModel(.damped, fixed: ETSFixedParameters(phi: 0.9)).fit(y)
        #expect(damped.parameters.phi == 0.9)
        #expect(damped.form.isDamped)
        let seasonal = (0..<16).map { (t: Int) -> Double in Double(10 + t % 4 * 3) }
        let winters = ExponentialSmoothingModel(.holtWinters(seasonality: .additive, period: 4),
                                                fixed: ETSFixedParameters(alpha: 0.7, gamma: 0.5)).fit(seasonal)
        #expect(winters.form.hasSeason)
        #expect(close(winters.parameters.gamma, 0.3, 1e-15))
    }

    @Test("the estimates are a local minimum of the criterion (ETS(A,Ad,N) process, seed 707)")
    func localMinimum() throws {
        // Simulated from ETS(A,Ad,N) with α = 0.4, β = 0.1, φ = 0.9, σ = 2, so the optimum lies
        // inside the bounds.
        let stream = try RandomStream(seed: 707)
        let noise = try Distribution.normal(mean: 0, sd: 2).makeSampler()
        let form = ETSForm(error: .additive, trend: .damped)
        let truth = ETSParameters(alpha: 0.4, beta: 0.1, phi: 0.9)
        var state = ETSState(level: 30, slope: 1)
        var y: [Double] = []
        for _ in 0..<80 {
            let value = state.oneStepMean(form, truth) + noise.sample(stream)
            y.append(value)
            state.update(with: value, form, truth)
        }
        let fit = try #require(ETSEstimator(form: form).fit(y))
        let best = fit.likelihood.sumOfSquaredErrors
        func sse(_ parameters: ETSParameters, _ initial: ETSState) -> Double {
            ETSFit(y, form: form, parameters: parameters, initial: initial, estimatedCount: 0)?
                .likelihood.sumOfSquaredErrors ?? .infinity
        }
        // Moving any one coordinate a little, staying inside the bounds, does not lower the SSE
        // by more than the simplex tolerance allows (relative 1e-5).
        for delta in [-0.01, 0.01] {
            var p = fit.parameters
            p.alpha += delta
            if ETSParameters.Bounds.alpha.contains(p.alpha) {
                #expect(sse(p, fit.initialState) >= best * (1 - 1e-5), "α \(delta)")
            }
            p = fit.parameters
            p.beta += delta / 10
            if p.beta > 0, p.beta <= p.alpha {
                #expect(sse(p, fit.initialState) >= best * (1 - 1e-5), "β \(delta)")
            }
            p = fit.parameters
            p.phi += delta
            if ETSParameters.Bounds.phi.contains(p.phi) {
                #expect(sse(p, fit.initialState) >= best * (1 - 1e-5), "φ \(delta)")
            }
            var initial = fit.initialState
            initial.level += delta * 10
            #expect(sse(fit.parameters, initial) >= best * (1 - 1e-5), "ℓ₀ \(delta)")
            initial = fit.initialState
            initial.slope += delta
            #expect(sse(fit.parameters, initial) >= best * (1 - 1e-5), "b₀ \(delta)")
        }
        // And the estimates land near the truth (80 observations: loose, a few standard errors).
        #expect(abs(fit.parameters.alpha - 0.4) < 0.25)
    }

    @Test("Holt continues a noiseless line")
    func line() {
        let y = (0..<20).map { (t: Int) -> Double in 5 + 3 * Double(t) }
        let forecast = ExponentialSmoothingModel(.holt).fit(y).forecast(horizon: 5)
        for h in 0..<5 {
            #expect(abs(forecast.mean[h] - (5 + 3 * Double(20 + h))) < 1e-3, "h = \(h + 1)")
        }
    }

    @Test("Holt-Winters follows a clean additive season (m = 4)")
    func seasonal() throws {
        let stream = try RandomStream(seed: 808)
        let noise = try Distribution.normal(mean: 0, sd: 0.5).makeSampler()
        let pattern: [Double] = [6, -2, -7, 3]
        let y = (0..<36).map { (t: Int) -> Double in 40 + 0.5 * Double(t) + pattern[t % 4] + noise.sample(stream) }
        let fitted = ExponentialSmoothingModel(.holtWinters(seasonality: .additive, period: 4)).fit(y)
        #expect(fitted.method == "ETS(A,A,A)")
        let forecast = fitted.forecast(horizon: 8)
        for h in 0..<8 {
            let truth = 40 + 0.5 * Double(36 + h) + pattern[(36 + h) % 4]
            #expect(abs(forecast.mean[h] - truth) < 2.5, "h = \(h + 1)")
        }
    }

    @Test("too short for the form: Holt-Winters → damped → Holt → SES → fixed-α SES")
    func fallbacks() {
        let y: [Double] = [4, 6, 5, 8, 7, 9, 8, 11, 10, 12, 11, 14, 13, 15, 14, 17, 16, 18, 17, 20]
        let winters = ExponentialSmoothingModel(.holtWinters(seasonality: .multiplicative, period: 12))
        #expect(winters.fit(y).method == "ETS(A,Ad,N)")              // 20 < 2·12
        #expect(winters.fit(Array(y.prefix(8))).method == "ETS(A,A,N)")  // damped needs 5 + 4
        #expect(ExponentialSmoothingModel(.holt).fit(Array(y.prefix(7))).method == "ETS(A,N,N)")
        let short = ExponentialSmoothingModel(.damped).fit([3, 5, 4])
        #expect(short.method.contains("short series"))
        // α = 0.5 from ℓ = 3: 4, 4 → errors 2, 0 → σ̂ = √(4/2).
        #expect(short.nextPeriodMean == 4)
        #expect(close(short.sigma, 2.0.squareRoot(), 1e-15))
    }

    static let models: [any SeriesModel] = [
        ExponentialSmoothingModel(.holt), ExponentialSmoothingModel(.damped),
        ExponentialSmoothingModel(.holtWinters(seasonality: .additive, period: 7)),
        ExponentialSmoothingModel(.holtWinters(seasonality: .multiplicative, period: 7)),
        AutoETSModel(period: 7), ThetaModel(period: 7),
    ]

    @Test("hard series: finite, non-negative, exact where the answer is obvious")
    func hardSeries() {
        let trailing = (0..<70).map { (t: Int) -> Double in t < 40 ? Double(10 + t % 3) : 0 }
        let huge = (0..<80).map { (t: Int) -> Double in 1e9 + Double(t % 5) * 1e7 }
        let intermittent = (0..<90).map { (t: Int) -> Double in t % 7 == 0 ? Double(1 + t % 4) : 0 }
        var single = [Double](repeating: 0, count: 60)
        single[30] = 4
        for model in Self.models {
            let zero = model.anyFit([Double](repeating: 0, count: 30)).forecast(horizon: 6)
            #expect(zero.mean == [0, 0, 0, 0, 0, 0], "\(model.name)")
            #expect(zero.quantile(0.95, step: 5) == 0, "\(model.name)")
            #expect(model.anyFit([5]).forecast(horizon: 3).mean == [5, 5, 5], "\(model.name)")
            let constant = model.anyFit([Double](repeating: 7, count: 40)).forecast(horizon: 4)
            #expect(constant.mean == [7, 7, 7, 7], "\(model.name)")
            #expect(constant.cumulativeQuantile(0.99, steps: 4) == 28, "\(model.name)")
            for series in [[3, 0], [0, 2, 9], single, trailing, huge, intermittent] {
                let forecast = model.anyFit(series).forecast(horizon: 12)
                let (step, cumulative) = normalSpread(forecast)
                let values = forecast.mean + step + cumulative
                #expect(values.allSatisfy { $0.isFinite && $0 >= 0 }, "\(model.name) on \(series.prefix(4))…")
            }
            let hugeMean = model.anyFit(huge).nextPeriodMean
            #expect(hugeMean > 0.9e9 && hugeMean < 1.2e9, "\(model.name): \(hugeMean)")
        }
    }

    @Test("catalogue entries make forecasters and check their settings")
    func catalogue() throws {
        let context = ForecastingContext(season: 4)
        for name in ["holt", "damped", "holt-winters", "autoets", "theta"] {
            let entry = try #require(ForecasterCatalogue.entry(named: name))
            var forecaster = try entry.makeForecaster(context: context)
            forecaster.observe(history: observations((0..<30).map { (t: Int) -> Double in Double(20 + t % 4 * 5) }))
            #expect(forecaster.name == name)
            #expect(forecaster.forecast(horizon: 4).mean.allSatisfy { $0.isFinite && $0 >= 0 })
        }
        let winters = try #require(ForecasterCatalogue.entry(named: "holt-winters"))
        let bad = ForecasterSettings(["seasonality": .choice("cubic")])
        #expect(winters.problems(with: bad).count == 1)
        let good = ForecasterSettings(["seasonality": .choice("multiplicative"), "season": .integer(4), "alpha": .real(0.2)])
        #expect(winters.problems(with: good).isEmpty)
        let forecaster = try winters.makeForecaster(settings: good, context: context)
        let model = try #require(forecaster as? ModelForecaster<ExponentialSmoothingModel>)
        #expect(model.model.method == .holtWinters(seasonality: .multiplicative, period: 4))
        #expect(model.model.fixed.alpha == 0.2)
    }
}
