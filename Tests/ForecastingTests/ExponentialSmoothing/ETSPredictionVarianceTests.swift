import Foundation
import Testing
@testable import Forecasting

@Suite("ETS prediction variances: class 1 formulas, cumulative totals, approximations")
struct ETSPredictionVarianceTests {
    let sigma = 2.0
    let horizon = 20

    func spread(_ form: ETSForm, _ parameters: ETSParameters, _ state: ETSState, sigma: Double? = nil) -> (step: [Double], cumulative: [Double]) {
        let fitted = FittedETS(method: "test", form: form, parameters: parameters, state: state, sigma: sigma ?? self.sigma)
        return normalSpread(fitted.forecast(horizon: horizon))
    }

    /// Hyndman & Athanasopoulos FPP3 table 8.8 (Hyndman et al. 2008, table 6.1): σ_h² / σ².
    func tableVariance(_ form: ETSForm, _ p: ETSParameters, h: Int) -> Double {
        let (a, b, g, phi) = (p.alpha, p.beta, p.gamma, p.phi)
        let h = Double(h)
        let k = form.hasSeason ? ((h - 1) / Double(form.period)).rounded(.down) : 0
        let m = Double(form.period)
        switch (form.trend, form.season) {
        case (.none, .none):
            return 1 + a * a * (h - 1)
        case (.additive, .none):
            return 1 + (h - 1) * (a * a + a * b * h + b * b * h * (2 * h - 1) / 6)
        case (.damped, .none):
            let one = b * phi * h / ((1 - phi) * (1 - phi)) * (2 * a * (1 - phi) + b * phi)
            let two = b * phi * (1 - pow(phi, h)) / ((1 - phi) * (1 - phi) * (1 - phi * phi))
                * (2 * a * (1 - phi * phi) + b * phi * (1 + 2 * phi - pow(phi, h)))
            return 1 + a * a * (h - 1) + one - two
        case (.none, .additive):
            return 1 + a * a * (h - 1) + g * k * (2 * a + g)
        case (.additive, .additive):
            return 1 + (h - 1) * (a * a + a * b * h + b * b * h * (2 * h - 1) / 6) + g * k * (2 * a + g + b * m * (k + 1))
        default:
            Issue.record("no table entry for \(form)")
            return .nan
        }
    }

    static let linearForms: [ETSForm] = [
        ETSForm(error: .additive, trend: .none),
        ETSForm(error: .additive, trend: .additive),
        ETSForm(error: .additive, trend: .damped),
        ETSForm(error: .additive, trend: .none, season: .additive, period: 4),
        ETSForm(error: .additive, trend: .additive, season: .additive, period: 4),
    ]

    @Test("per-step variances equal FPP3 table 8.8", arguments: linearForms)
    func classOneSteps(_ form: ETSForm) {
        let parameters = ETSParameters(alpha: 0.4, beta: form.hasTrend ? 0.15 : 0,
                                       gamma: form.hasSeason ? 0.25 : 0, phi: form.isDamped ? 0.9 : 1)
        let state = ETSState(level: 50, slope: form.hasTrend ? 1 : 0, seasons: form.hasSeason ? [3, -1, -4, 2] : [])
        let (step, _) = spread(form, parameters, state)
        for h in 1...horizon {
            let expected = sigma * tableVariance(form, parameters, h: h).squareRoot()
            #expect(close(step[h - 1], expected, 1e-12), "\(form) h = \(h)")
        }
    }

    @Test("cumulative variances carry the covariances: Σ_i (1 + c_1 + … + c_{k−i})²·σ²", arguments: linearForms)
    func classOneCumulative(_ form: ETSForm) {
        let parameters = ETSParameters(alpha: 0.3, beta: form.hasTrend ? 0.1 : 0,
                                       gamma: form.hasSeason ? 0.2 : 0, phi: form.isDamped ? 0.85 : 1)
        let state = ETSState(level: 20, slope: form.hasTrend ? -0.5 : 0, seasons: form.hasSeason ? [1, 2, -2, -1] : [])
        let (step, cumulative) = spread(form, parameters, state)
        // c_d = α + β(φ + … + φ^d) + γ·[d ≡ 0 mod m] (Hyndman et al. 2008, §6.1).
        func c(_ d: Int) -> Double {
            let phiSum = (1...d).reduce(0.0) { $0 + pow(parameters.phi, Double($1)) }
            let seasonal = form.hasSeason && d % form.period == 0 ? parameters.gamma : 0
            return parameters.alpha + parameters.beta * phiSum + seasonal
        }
        for k in 1...horizon {
            var variance = 0.0
            for i in 1...k {
                let weight = 1 + (0..<(k - i)).reduce(0.0) { $0 + c($1 + 1) }
                variance += weight * weight
            }
            #expect(close(cumulative[k - 1], sigma * variance.squareRoot(), 1e-12), "\(form) k = \(k)")
            // Positively correlated errors: the total is more uncertain than independent steps.
            let independent = step.prefix(k).reduce(0.0) { $0 + $1 * $1 }.squareRoot()
            #expect(cumulative[k - 1] >= independent * (1 - 1e-12))
        }
    }

    @Test("ETS(M,N,N): the first-order variance is within O(σ²) of the exact class 2 value")
    func multiplicativeApproximation() {
        // Exact (FPP3 table 8.8, Hyndman et al. 2008 §6.3): v_h = (1 + σ²)θ_h − μ², with
        // θ_1 = μ², θ_h = μ² + σ²α²·Σ_{j=1}^{h−1} θ_{h−j}. The approximation drops terms of
        // relative size ~σ²·(1 + α²h), so it must agree within a few times that.
        let (alpha, mu, relativeSigma) = (0.3, 40.0, 0.1)
        let form = ETSForm(error: .multiplicative, trend: .none)
        let (step, _) = spread(form, ETSParameters(alpha: alpha), ETSState(level: mu), sigma: relativeSigma)
        var theta = [mu * mu]
        for h in 2...horizon {
            let sum = (1...(h - 1)).reduce(0.0) { $0 + theta[h - 1 - $1] }
            theta.append(mu * mu + relativeSigma * relativeSigma * alpha * alpha * sum)
        }
        for h in 1...horizon {
            let exact = ((1 + relativeSigma * relativeSigma) * theta[h - 1] - mu * mu).squareRoot()
            let tolerance = 2 * relativeSigma * relativeSigma * (1 + alpha * alpha * Double(h))
            #expect(abs(step[h - 1] / exact - 1) <= tolerance, "h = \(h)")
            #expect(close(step[h - 1], relativeSigma * mu * (1 + alpha * alpha * Double(h - 1)).squareRoot(), 1e-12))
        }
    }

    @Test("multiplicative season: weights follow the linearised recursion (checked by finite differences)")
    func multiplicativeSeasonWeights() throws {
        // Perturb the period-i observation by δ and watch period j's mean move: ψ_{j,i}·δ.
        let form = ETSForm(error: .additive, trend: .damped, season: .multiplicative, period: 3)
        let parameters = ETSParameters(alpha: 0.35, beta: 0.05, gamma: 0.2, phi: 0.9)
        let state = ETSState(level: 30, slope: 0.8, seasons: [0.8, 1.3, 0.9])
        let fitted = FittedETS(method: "test", form: form, parameters: parameters, state: state, sigma: 1)
        let (step, cumulative) = normalSpread(fitted.forecast(horizon: 7))
        let delta = 1e-6
        var weights = [[Double]](repeating: [Double](repeating: 0, count: 7), count: 7)
        for i in 0..<7 {
            for j in i..<7 {
                if i == j { weights[j][i] = 1; continue }
                var base = fitted
                for _ in 0..<i { base.update(with: base.nextPeriodMean) }
                var moved = base
                let mean = base.nextPeriodMean
                base.update(with: mean)
                moved.update(with: mean + delta)
                let gap = j - i
                weights[j][i] = (moved.forecast(horizon: gap).mean[gap - 1] - base.forecast(horizon: gap).mean[gap - 1]) / delta
            }
        }
        for j in 0..<7 {
            let variance = (0...j).reduce(0.0) { $0 + weights[j][$1] * weights[j][$1] }
            #expect(abs(step[j] - variance.squareRoot()) <= 1e-4 * variance.squareRoot(), "j = \(j)")
        }
        let total = (0..<7).reduce(0.0) { sum, i in
            let column = (i..<7).reduce(0.0) { $0 + weights[$1][i] }
            return sum + column * column
        }
        #expect(abs(cumulative[6] - total.squareRoot()) <= 1e-4 * total.squareRoot())
    }

    @Test("intervals widen with the horizon and quantiles are monotone", arguments: [
        [12.0, 15, 11, 18, 20, 17, 22, 25, 21, 27, 30, 26, 31, 35, 33],
        [0.0, 3, 0, 0, 5, 1, 0, 2, 0, 0, 4, 0, 1, 0, 0, 3],
        [100.0, 80, 120, 95, 105, 90, 110, 98, 102, 97, 115, 85],
    ])
    func widening(_ values: [Double]) {
        let models: [any SeriesModel] = [ExponentialSmoothingModel(.holt), ExponentialSmoothingModel(.damped),
                                         AutoETSModel(period: 4), ThetaModel(period: 4),
                                         ExponentialSmoothingModel(.holtWinters(seasonality: .multiplicative, period: 3))]
        for model in models {
            let forecast = model.anyFit(values).forecast(horizon: 12)
            let (step, cumulative) = normalSpread(forecast)
            for h in 1..<12 {
                #expect(step[h] >= step[h - 1] * (1 - 1e-12) || model.name == "holt-winters" || model.name == "theta",
                        "\(model.name) step \(h)")
                #expect(cumulative[h] > cumulative[h - 1], "\(model.name) cumulative \(h)")
            }
            for h in 0..<12 {
                let levels = [0.05, 0.25, 0.5, 0.75, 0.95]
                let quantiles = levels.map { forecast.quantile($0, step: h) }
                let totals = levels.map { forecast.cumulativeQuantile($0, steps: h + 1) }
                #expect(zip(quantiles, quantiles.dropFirst()).allSatisfy { $0 <= $1 }, "\(model.name) h \(h)")
                #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 <= $1 }, "\(model.name) k \(h + 1)")
                #expect(quantiles.allSatisfy { $0 >= 0 && $0.isFinite })
            }
        }
    }
}

extension SeriesModel {
    /// The fitted model, type-erased for tests over several models.
    func anyFit(_ history: [Double]) -> any FittedSeriesModel { fit(history) }
}
