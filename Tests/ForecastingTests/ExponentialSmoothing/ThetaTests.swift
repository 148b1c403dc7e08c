import GSL
import Testing
@testable import Forecasting

@Suite("Theta: SES with drift, seasonal adjustment")
struct ThetaTests {
    @Test("the forecast is ℓ + (b/2)·[(h − 1) + (1 − (1 − α)^T)/α], by hand")
    func formula() {
        let ses = FittedETS(method: "test", form: ETSForm(error: .additive, trend: .none),
                            parameters: ETSParameters(alpha: 0.5), state: ETSState(level: 10), sigma: 1)
        let theta = FittedTheta(ses: ses, drift: 2, count: 4, seasons: [], phase: 0)
        // (1 − 0.5⁴)/0.5 = 1.875; b/2 = 1.
        let forecast = theta.forecast(horizon: 3)
        #expect(close(forecast.mean[0], 11.875, 1e-14))
        #expect(close(forecast.mean[1], 12.875, 1e-14))
        #expect(close(forecast.mean[2], 13.875, 1e-14))
        // SES spread: σ√(1 + (h − 1)α²); total over 2 steps: (1 + α)² + 1.
        let (step, cumulative) = normalSpread(forecast)
        #expect(close(step[2], (1 + 2 * 0.25).squareRoot(), 1e-14))
        #expect(close(cumulative[1], (2.25 + 1).squareRoot(), 1e-14))
    }

    @Test("seasonal indices scale the mean and the spread")
    func seasonalScaling() {
        let ses = FittedETS(method: "test", form: ETSForm(error: .additive, trend: .none),
                            parameters: ETSParameters(alpha: 0.2), state: ETSState(level: 10), sigma: 2)
        let theta = FittedTheta(ses: ses, drift: 0, count: 30, seasons: [0.5, 1.5], phase: 1)
        let forecast = theta.forecast(horizon: 3)
        #expect(forecast.mean == [15, 5, 15])
        let (step, cumulative) = normalSpread(forecast)
        #expect(close(step[0], 3, 1e-14))
        #expect(close(step[1], 0.5 * 2 * (1 + 0.04).squareRoot(), 1e-14))
        // e₁ + e₂ = (1.5 + 0.5·0.2)u₁ + 0.5u₂.
        #expect(close(cumulative[1], 2 * (1.6 * 1.6 + 0.25).squareRoot(), 1e-14))
    }

    @Test("the drift is the least-squares slope and the SES part is the ETS(A,N,N) fit")
    func components() throws {
        let stream = try RandomStream(seed: 404)
        let noise = try Distribution.normal(mean: 0, sd: 2).makeSampler()
        let y = (0..<40).map { (t: Int) -> Double in 20 + 0.5 * Double(t) + noise.sample(stream) }
        let theta = ThetaModel(period: 1).fit(y)
        let slope = ETSInitialState.leastSquaresLine(y).slope
        #expect(close(theta.drift, slope, 1e-14))
        let ses = try #require(ETSEstimator(form: ETSForm(error: .additive, trend: .none)).fit(y))
        #expect(close(theta.ses.state.level, ses.state.level, 1e-12))
        #expect(theta.seasons.isEmpty)
        // Independent least-squares slope: Σ(t − t̄)(y − ȳ)/Σ(t − t̄)².
        let tBar = 19.5
        let yBar = y.reduce(0, +) / 40
        let sxy = y.enumerated().reduce(0.0) { $0 + (Double($1.offset) - tBar) * ($1.element - yBar) }
        let sxx = (0..<40).reduce(0.0) { $0 + (Double($1) - tBar) * (Double($1) - tBar) }
        #expect(close(slope, sxy / sxx, 1e-12))
    }

    @Test("a strongly seasonal series is adjusted, a noisy flat one is not (seeds 505, 606)")
    func seasonalityTest() throws {
        let stream = try RandomStream(seed: 505)
        let noise = try Distribution.normal(mean: 0, sd: 1).makeSampler()
        let pattern: [Double] = [0.6, 1.4, 1.2, 0.8]
        let seasonal = (0..<40).map { (t: Int) -> Double in 50 * pattern[t % 4] + noise.sample(stream) }
        let fitted = ThetaModel(period: 4).fit(seasonal)
        #expect(fitted.seasons.count == 4)
        for (index, expected) in pattern.enumerated() {
            #expect(abs(fitted.seasons[index] - expected) < 0.05, "index \(index)")
        }
        let forecast = fitted.forecast(horizon: 4)
        for h in 0..<4 {
            #expect(abs(forecast.mean[h] - 50 * pattern[(40 + h) % 4]) < 5, "h = \(h + 1)")
        }
        let flatStream = try RandomStream(seed: 606)
        let flat = (0..<40).map { _ in 50 + noise.sample(flatStream) }
        #expect(ThetaModel(period: 4).fit(flat).seasons.isEmpty)
    }

    @Test("updating moves the SES level on the adjusted value and the season on")
    func update() {
        let ses = FittedETS(method: "test", form: ETSForm(error: .additive, trend: .none),
                            parameters: ETSParameters(alpha: 0.5), state: ETSState(level: 10), sigma: 1)
        var theta = FittedTheta(ses: ses, drift: 0, count: 8, seasons: [0.5, 2], phase: 1)
        theta.update(with: 30)       // adjusted 15 → ℓ = 12.5
        #expect(close(theta.ses.state.level, 12.5, 1e-14))
        #expect(theta.phase == 0)
        #expect(theta.count == 9)
        #expect(close(theta.nextPeriodMean, 6.25, 1e-14))
    }
}
