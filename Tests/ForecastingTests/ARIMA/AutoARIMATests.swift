import Foundation
import GSL
import Testing
@testable import Forecasting

/// A stationary ARMA(p, q) series around `mean`: wₜ = Σφᵢwₜ₋ᵢ + εₜ + Σθⱼεₜ₋ⱼ, ε ~ N(0, σ²), after
/// a burn-in of 200 values (so the start does not matter), drawn from GSL's mt19937 with `seed`.
func armaProcess(count: Int, phi: [Double], theta: [Double], mean: Double, sigma: Double, seed: UInt) throws -> [Double] {
    let stream = try RandomStream(seed: seed)
    let noise = try Distribution.normal(mean: 0, sd: sigma).makeSampler()
    var w: [Double] = []
    var e: [Double] = []
    for t in 0..<(count + 200) {
        let shock = noise.sample(stream)
        var value = shock
        for (i, coefficient) in phi.enumerated() where t - i - 1 >= 0 { value += coefficient * w[t - i - 1] }
        for (j, coefficient) in theta.enumerated() where t - j - 1 >= 0 { value += coefficient * e[t - j - 1] }
        w.append(value)
        e.append(shock)
    }
    return w.suffix(count).map { $0 + mean }
}

@Suite("ARIMA: order selection, forecasts and their spread")
struct AutoARIMATests {
    @Test("KPSS statistic equals statsmodels' on a fixed series")
    func kpssStatistic() throws {
        // statsmodels 0.15.0: kpss(x, "c", nlags=1)[0] for x_t = sin(0.5t) + 0.05t, t = 0 … 59
        // (lags ⌊3√60/13⌋ = 1) is 1.8517304745362275; for 3cos(0.9t) + (t mod 7), t = 0 … 99
        // (lags 2), 0.015490666397035516.
        let x = (0..<60).map { sin(0.5 * Double($0)) + 0.05 * Double($0) }
        #expect(abs(try #require(KPSSTest.statistic(x)) - 1.8517304745362275) < 1e-12)
        let z = (0..<100).map { 3 * cos(0.9 * Double($0)) + Double($0 % 7) }
        #expect(abs(try #require(KPSSTest.statistic(z)) - 0.015490666397035516) < 1e-12)
        #expect(KPSSTest.differences(x, maximum: 2) >= 1)
        #expect(KPSSTest.differences(z, maximum: 2) == 0)
    }

    /// A simulated ARMA process.
    struct Process: Sendable, CustomStringConvertible {
        var phi: [Double]
        var theta: [Double]
        var description: String { "φ \(phi) θ \(theta)" }
    }

    static let processes = [
        Process(phi: [0.7], theta: []),
        Process(phi: [], theta: [0.6]),
        Process(phi: [0.5, -0.4], theta: []),
        Process(phi: [0.6], theta: [0.4]),
    ]

    @Test("the stepwise search recovers the orders of simulated ARMA processes", arguments: processes)
    func recoversOrder(_ process: Process) throws {
        // 500 values per series, seeds 1_000 … 1_009. The KPSS test rejects a stationary series
        // more often than its nominal 5% with few lags, and AICc overfits now and then (an extra
        // AR and MA root that nearly cancel: statsforecast picks ARIMA(1,0,3) for seed 1_001 of
        // the AR(1) too, see `matchesStatsforecast`), so the check is on the share of seeds where
        // auto-ARIMA finds exactly (p, 0, q) with a mean: at least 5 of 10 (a broken search finds
        // far fewer). The coefficients of the recovered fits lie within 4.5 standard errors
        // (≈ 1/√500) of the truth.
        let model = AutoARIMAModel(period: 1)
        var recovered = 0
        for seed in UInt(1_000)..<1_010 {
            let y = try armaProcess(count: 500, phi: process.phi, theta: process.theta, mean: 50, sigma: 2, seed: seed)
            let fit = model.fit(y)
            let o = fit.order
            guard o.p == process.phi.count, o.q == process.theta.count, o.d == 0, o.constant else {
                print("seed \(seed): \(fit.method)")
                continue
            }
            recovered += 1
            let tolerance = zTolerance / 500.0.squareRoot()
            for (got, want) in zip(fit.ar, process.phi) { #expect(abs(got - want) < tolerance, "seed \(seed): φ̂ \(fit.ar)") }
            for (got, want) in zip(fit.ma, process.theta) { #expect(abs(got - want) < tolerance, "seed \(seed): θ̂ \(fit.ma)") }
            #expect(abs(fit.mean - 50) < 1, "seed \(seed): μ̂ \(fit.mean)")
        }
        #expect(recovered >= 5, "recovered \(recovered) of 10")
    }

    @Test("on the AR(1) series of seed 1001 the exact search picks what statsforecast picks")
    func matchesStatsforecast() throws {
        // statsforecast 2.1.1, auto_arima_f(y, period=1) on this series (written out from Swift):
        // ARIMA(1,0,3) with mean, ar1 0.65610, ma 0.12540, −0.04193, 0.09392, intercept 50.01895.
        let y = try armaProcess(count: 500, phi: [0.7], theta: [], mean: 50, sigma: 2, seed: 1001)
        let fit = AutoARIMAModel(period: 1).fit(y)
        #expect(fit.method == "ARIMA(1,0,3) with mean")
        for (got, want) in zip(fit.ar + fit.ma + [fit.mean], [0.65610, 0.12540, -0.04193, 0.09392, 50.01895]) {
            #expect(abs(got - want) < 2e-3, "\(fit.ar) \(fit.ma) \(fit.mean)")
        }
    }

    @Test("a random walk is differenced once")
    func randomWalk() throws {
        let y = try armaProcess(count: 300, phi: [], theta: [], mean: 0, sigma: 1, seed: 77).reduce(into: [Double]()) {
            $0.append(($0.last ?? 100) + $1)
        }
        let fit = AutoARIMAModel(period: 1).fit(y)
        #expect(fit.order.d == 1, "\(fit.method)")
    }

    @Test("forecasts of a fitted AR(1) are μ + φʰ(y_T − μ) with variance σ²(1 − φ²ʰ)/(1 − φ²)")
    func autoregressiveForecast() throws {
        let y = try armaProcess(count: 200, phi: [0.6], theta: [], mean: 20, sigma: 1.5, seed: 31)
        let order = ARIMAOrder(p: 1, d: 0, q: 0, constant: true)
        let fit = try #require(ARIMAEstimator(order: order).fit(y))
        let model = FittedARIMA(fit, history: y)
        let (phi, mu, sigma) = (model.ar[0], model.mean, model.sigma)
        let forecast = model.forecast(horizon: 6)
        let spread = normalSpread(forecast)
        for h in 1...6 {
            let power = pow(phi, Double(h))
            #expect(close(forecast.mean[h - 1], mu + power * (y[199] - mu), 1e-10), "h = \(h)")
            let variance = sigma * sigma * (1 - power * power) / (1 - phi * phi)
            #expect(close(spread.step[h - 1], variance.squareRoot(), 1e-10), "h = \(h)")
        }
        #expect(abs(phi - 0.6) < zTolerance * (1 - 0.36).squareRoot() / 200.squareRoot())
    }

    @Test("MA(1) prediction variance from the ψ-weights: σ², then σ²(1 + θ²); totals σ²((k − 1)(1 + θ)² + 1)")
    func movingAverageVariance() throws {
        let theta = 0.5
        let order = ARIMAOrder(p: 0, d: 0, q: 1, constant: true)
        let coefficients = ARIMACoefficients(order: order, phi: [], seasonalPhi: [], theta: [theta], seasonalTheta: [], mean: 10)
        let y = [10.0, 11, 9, 10.5, 10, 9.5, 10.2, 10.8]
        let model = try #require(FittedARIMA.fixed(order, coefficients, history: y, method: "test"))
        let sigma = model.sigma
        #expect(sigma > 0)
        let spread = normalSpread(model.forecast(horizon: 5))
        #expect(close(spread.step[0], sigma))
        for h in 2...5 { #expect(close(spread.step[h - 1], sigma * (1 + theta * theta).squareRoot()), "h = \(h)") }
        for k in 1...5 {
            let total = sigma * (Double(k - 1) * (1 + theta) * (1 + theta) + 1).squareRoot()
            #expect(close(spread.cumulative[k - 1], total), "k = \(k)")
        }
        // Beyond one step the MA(1) forecast is the mean.
        #expect(close(model.forecast(horizon: 3).mean[2], 10))
    }

    static let degenerateSeries: [[Double]] = [
        [Double](repeating: 4, count: 30), [Double](repeating: 0, count: 30), [3, 0, 5],
        (0..<40).map { Double(2 * $0) }, [1e9, 1e9 + 1, 1e9 - 3, 1e9 + 2, 1e9, 1e9 + 5, 1e9 - 1],
    ]

    @Test("degenerate series give finite, non-negative forecasts", arguments: degenerateSeries)
    func degenerate(_ y: [Double]) {
        let model = AutoARIMAModel(period: 12).fit(y)
        let forecast = model.forecast(horizon: 24)
        #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 }, "\(model.method): \(forecast.mean)")
        let spread = normalSpread(forecast)
        #expect((spread.step + spread.cumulative).allSatisfy { $0.isFinite && $0 >= 0 }, "\(model.method)")
        if y.allSatisfy({ $0 == y[0] }) {
            #expect(forecast.mean.allSatisfy { $0 == y[0] } && spread.step.allSatisfy { $0 == 0 })
        }
    }

    @Test("a straight line is continued by its drift with zero spread")
    func straightLine() {
        let model = AutoARIMAModel(period: 1).fit((0..<40).map { 5 + 2 * Double($0) })
        let forecast = model.forecast(horizon: 3)
        for h in 1...3 { #expect(close(forecast.mean[h - 1], 5 + 2 * Double(39 + h), 1e-9), "\(model.method)") }
    }

    @Test("moving the state on one period at a time equals refitting the filter to the longer series")
    func updateMatchesFilter() throws {
        let y = try armaProcess(count: 120, phi: [0.5], theta: [0.3], mean: 30, sigma: 1, seed: 5)
        let order = ARIMAOrder(p: 1, d: 1, q: 1)
        let coefficients = ARIMACoefficients(order: order, phi: [0.5], seasonalPhi: [], theta: [0.3], seasonalTheta: [], mean: 0)
        var moved = try #require(FittedARIMA.fixed(order, coefficients, history: Array(y.prefix(100)), method: "test"))
        for value in y.suffix(20) { moved.update(with: value) }
        let whole = try #require(FittedARIMA.fixed(order, coefficients, history: y, method: "test"))
        for (a, b) in zip(moved.forecast(horizon: 5).mean, whole.forecast(horizon: 5).mean) { #expect(close(a, b, 1e-9)) }
        #expect(close(moved.sigma, whole.sigma, 1e-9))
    }
}
