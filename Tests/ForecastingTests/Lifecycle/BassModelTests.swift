import Foundation
import Testing
import GSL
@testable import Forecasting

/// Sales of ages 1…count of a Bass curve.
private func bassSales(_ curve: BassCurve, count: Int) -> [Double] {
    var sales = [Double](repeating: 0, count: count)
    curve.fillSales(&sales, firstAge: 1)
    return sales
}

/// The fitted curve of a fit that did not fall back; fails the test otherwise.
private func fittedCurve(_ fitted: FittedBass, sourceLocation: SourceLocation = #_sourceLocation) -> BassFit? {
    guard case let .diffusion(fit, _) = fitted.state else {
        Issue.record("expected a fitted curve, got the fallback", sourceLocation: sourceLocation)
        return nil
    }
    return fit
}

@Suite("Bass curve")
struct BassCurveTests {
    @Test("F(1) and s(1) by hand; sales add up to m; the sequential fill matches the closed form")
    func closedForm() {
        let curve = BassCurve(marketSize: 1000, innovation: 0.03, imitation: 0.38)
        // e^−0.41 = 0.663650250; F(1) = (1 − 0.663650250)/(1 + (0.38/0.03)·0.663650250)
        //         = 0.336349750/9.406236498 = 0.0357581…
        let expected = (1 - exp(-0.41)) / (1 + 0.38 / 0.03 * exp(-0.41))
        #expect(abs(expected - 0.035758) < 1e-6)
        #expect(abs(curve.cumulativeShare(age: 1) - expected) < 1e-15)
        #expect(abs(curve.sales(age: 1) - 1000 * expected) < 1e-12)
        #expect(curve.cumulativeShare(age: 0) == 0)
        let sales = bassSales(curve, count: 200)
        #expect(abs(sales.reduce(0, +) - 1000) < 1e-9)
        for age in [1, 2, 7, 50, 200] {
            #expect(abs(sales[age - 1] - curve.sales(age: age)) <= 1e-9, "age \(age)")
        }
        var later = [Double](repeating: 0, count: 3)
        curve.fillSales(&later, firstAge: 6)
        #expect(zip(later, sales[5..<8]).allSatisfy { abs($0 - $1) <= 1e-9 })
        // t* = ln(q/p)/(p + q) = ln(12.667)/0.41 = 6.19 periods: sales peak at age 6 or 7.
        #expect(abs(curve.peakAge - log(0.38 / 0.03) / 0.41) < 1e-12)
        #expect(sales.firstIndex(of: sales.max()!)! + 1 == 7)
    }
}

/// A short history and the recent mean its fallback forecasts.
struct FallbackCase: Sendable, CustomTestStringConvertible {
    var history: [Double]
    var mean: Double
    init(_ history: [Double], _ mean: Double) { (self.history, self.mean) = (history, mean) }
    var testDescription: String { "\(history)" }
}

extension BassCurveTests {
    @Test("the analytic gradient in (m, p, q) matches central differences of the closed form")
    func gradient() {
        let curve = BassCurve(marketSize: 700, innovation: 0.015, imitation: 0.42)
        var rows = [Double](repeating: .nan, count: 30 * 3)
        curve.fillGradient(&rows, count: 30, stride: 3)
        for age in [1, 2, 5, 9, 17, 30] {
            let row = (age - 1) * 3
            let step = 1e-6
            let dm = (BassCurve(marketSize: 700 + step, innovation: 0.015, imitation: 0.42).sales(age: age)
                - BassCurve(marketSize: 700 - step, innovation: 0.015, imitation: 0.42).sales(age: age)) / (2 * step)
            let dp = (BassCurve(marketSize: 700, innovation: 0.015 + step, imitation: 0.42).sales(age: age)
                - BassCurve(marketSize: 700, innovation: 0.015 - step, imitation: 0.42).sales(age: age)) / (2 * step)
            let dq = (BassCurve(marketSize: 700, innovation: 0.015, imitation: 0.42 + step).sales(age: age)
                - BassCurve(marketSize: 700, innovation: 0.015, imitation: 0.42 - step).sales(age: age)) / (2 * step)
            #expect(abs(rows[row] - dm) <= 1e-7, "age \(age): ∂/∂m \(rows[row]) vs \(dm)")
            #expect(abs(rows[row + 1] - dp) <= 1e-5 * max(1, abs(dp)), "age \(age): ∂/∂p \(rows[row + 1]) vs \(dp)")
            #expect(abs(rows[row + 2] - dq) <= 1e-5 * max(1, abs(dq)), "age \(age): ∂/∂q \(rows[row + 2]) vs \(dq)")
        }
    }
}

@Suite("Bass model")
struct BassModelTests {
    @Test("recovers m, p, q exactly from a noiseless curve without priors, and within 1% with them")
    func noiselessRecovery() throws {
        let truth = BassCurve(marketSize: 1000, innovation: 0.01, imitation: 0.3)
        let sales = bassSales(truth, count: 30)
        let plain = BassModel(priorWeight: 0).fit(sales)
        let (m, p, q) = try #require(plain.parameters)
        #expect(abs(m / 1000 - 1) < 1e-6 && abs(p / 0.01 - 1) < 1e-6 && abs(q / 0.3 - 1) < 1e-6, "\(m) \(p) \(q)")
        // The weak priors pull p toward 0.03 and q toward 0.38; on 30 exact points the pull is
        // about 0.5% (measured), well inside 1%.
        let (mp, pp, qp) = try #require(BassModel().fit(sales).parameters)
        #expect(abs(mp / 1000 - 1) < 0.01 && abs(pp / 0.01 - 1) < 0.01 && abs(qp / 0.3 - 1) < 0.01, "\(mp) \(pp) \(qp)")
        #expect(abs(plain.nextPeriodMean - truth.sales(age: 31)) < 1e-6 * truth.sales(age: 31) + 1e-9)
    }

    @Test("a leading run of zeros is not part of the lifecycle: the launch is the first sale")
    func launchAtFirstSale() throws {
        let truth = BassCurve(marketSize: 500, innovation: 0.02, imitation: 0.4)
        let sales = bassSales(truth, count: 25)
        let shifted = BassModel(priorWeight: 0).fit(Array(repeating: 0, count: 9) + sales)
        let (m, p, q) = try #require(shifted.parameters)
        #expect(abs(m / 500 - 1) < 1e-6 && abs(p / 0.02 - 1) < 1e-6 && abs(q / 0.4 - 1) < 1e-6)
    }

    @Test("matches scipy's least_squares on the same reparametrised problem, with and without priors")
    func scipyCrossCheck() throws {
        // A curve m = 800, p = 0.02, q = 0.35 with N(0, 4²) noise (numpy default_rng(7)),
        // rounded. Reference values: scipy.optimize.least_squares(method="lm", tolerances 1e-15)
        // on θ = (log(m − C), logit p, logit q), started from both of the model's starts
        // (same optimum); with priors, on sales divided by their mean with the residuals
        // λ(logit p − logit 0.03), λ(logit q − logit 0.38), λ = max(1/√49.2, 0.1)/1.5.
        let sales: [Double] = [19, 27, 33, 41, 54, 62, 74, 83, 75, 68, 63, 51, 40, 26, 22]
        let (m, p, q) = try #require(BassModel(priorWeight: 0).fit(sales).parameters)
        #expect(abs(m / 788.2581996596 - 1) < 1e-6, "m \(m)")
        #expect(abs(p / 0.018728139829 - 1) < 1e-5, "p \(p)")
        #expect(abs(q / 0.359600931661 - 1) < 1e-5, "q \(q)")
        let (mp, pp, qp) = try #require(BassModel().fit(sales).parameters)
        #expect(abs(mp / 788.6281243379 - 1) < 1e-6, "m \(mp)")
        #expect(abs(pp / 0.018795448996 - 1) < 1e-5, "p \(pp)")
        #expect(abs(qp / 0.359026852980 - 1) < 1e-5, "q \(qp)")
    }

    @Test("recovers m, p, q from a seeded noisy curve within z standard errors of the fit")
    func noisyRecovery() throws {
        // 15 periods: past the peak (age 9.4) but with a fifth of the market still to come, so
        // m is identified away from its bound m ≥ C.
        let seed: UInt = 1_969
        let (m, p, q, sigma, count) = (5_000.0, 0.02, 0.25, 8.0, 15)
        let truth = BassCurve(marketSize: m, innovation: p, imitation: q)
        let stream = try RandomStream(seed: seed)
        let noise = try Distribution.normal(mean: 0, sd: sigma).makeSampler()
        let sales = bassSales(truth, count: count).map { max(0, $0 + noise.sample(stream)) }
        let fitted = BassModel().fit(sales)
        let fit = try #require(fittedCurve(fitted))
        let curve = fit.curve
        // Standard errors by the delta method from the covariance of θ = (u, v, w):
        // m = C + e^u so sd(m) = (m − C)·sd(u); p = logistic(v) so sd(p) = p(1 − p)·sd(v).
        let sdM = (curve.marketSize - fit.base) * fit.covariance[0].squareRoot()
        let sdP = p * (1 - p) * fit.covariance[4].squareRoot()
        let sdQ = q * (1 - q) * fit.covariance[8].squareRoot()
        #expect(abs(curve.marketSize - m) <= zTolerance * sdM, "seed \(seed): m \(curve.marketSize) ± \(sdM)")
        #expect(abs(curve.innovation - p) <= zTolerance * sdP, "seed \(seed): p \(curve.innovation) ± \(sdP)")
        #expect(abs(curve.imitation - q) <= zTolerance * sdQ, "seed \(seed): q \(curve.imitation) ± \(sdQ)")
        // σ̂² = (SSR + 2·ȳ)/(ν + 2), ν = 12 degrees of freedom, shrunk toward the Poisson
        // variance ȳ: E ≈ (νσ² + 2ȳ)/(ν + 2), sd(SSR) = σ²√(2ν).
        let mean = sales.reduce(0, +) / Double(count)
        let expected = (12 * sigma * sigma + 2 * mean) / 14
        #expect(abs(fit.sigma * fit.sigma - expected) <= zTolerance * sigma * sigma * 24.0.squareRoot() / 14,
                "seed \(seed): σ̂ \(fit.sigma)")
    }

    @Test("fewer than 3 non-zero periods fall back to the recent mean since launch",
          arguments: [FallbackCase([5], 5), FallbackCase([0, 0, 3], 3), FallbackCase([0, 0, 3, 0, 4], 7.0 / 3),
                      FallbackCase([2, 6], 4)])
    func fallbackOnFewPoints(_ example: FallbackCase) {
        let (history, mean) = (example.history, example.mean)
        let fitted = BassModel().fit(history)
        #expect(fitted.usesFallback)
        #expect(fitted.parameters == nil)
        #expect(abs(fitted.nextPeriodMean - mean) < 1e-12)
        let forecast = fitted.forecast(horizon: 4)
        #expect(forecast.mean.allSatisfy { abs($0 - mean) < 1e-12 })
        #expect(forecast.standardDeviation(step: 0) > 0)
    }

    @Test("the fallback's spread by hand: s²(1 + 1/n) per period, s²(k + k²/n) for k periods")
    func fallbackSpread() {
        // [0, 3, 0, 4]: since launch 3, 0, 4 (two sales), mean 7/3, s² = (4/9 + 49/9 + 25/9)/2 = 13/3.
        let forecast = BassModel().fit([0, 3, 0, 4]).forecast(horizon: 3)
        let (step, cumulative) = normalSpread(forecast)
        let s2 = 13.0 / 3
        #expect(abs(step[0] - (s2 * (1 + 1.0 / 3)).squareRoot()) < 1e-12)
        #expect(abs(cumulative[2] - (s2 * (3 + 9.0 / 3)).squareRoot()) < 1e-12)
        // A single sale: the Poisson guess s² = the value.
        let single = normalSpread(BassModel().fit([9]).forecast(horizon: 1))
        #expect(abs(single.step[0] - (9 * 2.0).squareRoot()) < 1e-12)
    }

    @Test("an all-zero history forecasts 0 with zero spread")
    func allZero() {
        let fitted = BassModel().fit([0, 0, 0, 0])
        #expect(fitted.usesFallback)
        #expect(fitted.forecast(horizon: 3).mean == [0, 0, 0])
        #expect(fitted.forecast(horizon: 3).cumulativeQuantile(0.95, steps: 3) == 0)
    }

    @Test("update(with:) ages the curve by one period with the parameters held")
    func updateAges() throws {
        let truth = BassCurve(marketSize: 1000, innovation: 0.01, imitation: 0.3)
        var fitted = BassModel(priorWeight: 0).fit(bassSales(truth, count: 12))
        let before = try #require(fitted.parameters)
        fitted.update(with: 1e6)   // the value does not move a fitted curve
        let after = try #require(fitted.parameters)
        #expect(before.marketSize == after.marketSize && before.innovation == after.innovation)
        #expect(abs(fitted.nextPeriodMean - truth.sales(age: 14)) < 1e-6 * truth.sales(age: 14))
        #expect(abs(fitted.forecast(horizon: 2).mean[1] - truth.sales(age: 15)) < 1e-6 * truth.sales(age: 15))
    }

    @Test("the delta-method spread: σ̂² plus the curve's estimation variance, totals above steps")
    func deltaMethodSpread() throws {
        let sales: [Double] = [19, 27, 33, 41, 54, 62, 74, 83, 75, 68, 63, 51, 40, 26, 22]
        let fitted = BassModel().fit(sales)
        let fit = try #require(fittedCurve(fitted))
        let forecast = fitted.forecast(horizon: 6)
        let (step, cumulative) = normalSpread(forecast)
        #expect(step[0] == cumulative[0])
        for h in 0..<6 {
            #expect(step[h] >= fit.sigma * (1 - 1e-12), "step \(h)")
            #expect(step[h] < 10 * fit.sigma, "step \(h): an estimation variance larger than the noise is suspect here")
        }
        for k in 1..<6 { #expect(cumulative[k] > cumulative[k - 1]) }
        // g for step 0 by a central difference of the closed form, independently of the model's.
        let age = Double(sales.count + 1)
        var g = [Double](repeating: 0, count: 3)
        for j in 0..<3 {
            var up = fit.theta, down = fit.theta
            up[j] += 1e-6
            down[j] -= 1e-6
            let value = { (theta: [Double]) -> Double in
                let curve = BassParameters.curve(theta, base: fit.base)
                return curve.marketSize * (curve.cumulativeShare(age: age) - curve.cumulativeShare(age: age - 1))
            }
            g[j] = (value(up) - value(down)) / 2e-6
        }
        var estimation = 0.0
        for i in 0..<3 { for j in 0..<3 { estimation += g[i] * fit.covariance[i * 3 + j] * g[j] } }
        #expect(abs(step[0] * step[0] - (fit.sigma * fit.sigma + estimation)) <= 1e-5 * step[0] * step[0])
    }
}
