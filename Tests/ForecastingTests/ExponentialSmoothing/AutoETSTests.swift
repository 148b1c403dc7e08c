import Foundation
import GSL
import Testing
@testable import Forecasting

@Suite("AutoETS: model selection by AICc")
struct AutoETSTests {
    /// A linear trend with normal noise: 10 + 2t + N(0, 1), seed 101.
    static func trending(count: Int = 60, seed: UInt = 101) throws -> [Double] {
        let stream = try RandomStream(seed: seed)
        let noise = try Distribution.normal(mean: 0, sd: 1).makeSampler()
        return (0..<count).map { (t: Int) -> Double in 10 + 2 * Double(t) + noise.sample(stream) }
    }

    /// A flat level with noise: 50 + N(0, 3²), seed 202.
    static func flat(count: Int = 60, seed: UInt = 202) throws -> [Double] {
        let stream = try RandomStream(seed: seed)
        let noise = try Distribution.normal(mean: 0, sd: 3).makeSampler()
        return (0..<count).map { _ in 50 + noise.sample(stream) }
    }

    @Test("picks a trend on a clearly trending series (seed 101)")
    func trendChosen() throws {
        let y = try Self.trending()
        let fitted = AutoETSModel(period: 1).fit(y)
        #expect(fitted.form.hasTrend, "chose \(fitted.method)")
        // The next value is near 10 + 2·60 = 130 (noise sd 1, plus estimation error).
        #expect(abs(fitted.nextPeriodMean - 130) < 3)
    }

    @Test("picks no trend on a flat noisy series (seed 202)")
    func noTrendChosen() throws {
        let y = try Self.flat()
        let fitted = AutoETSModel(period: 1).fit(y)
        #expect(!fitted.form.hasTrend, "chose \(fitted.method)")
        // The level is estimated to within a few standard errors of 50 (σ = 3; SES keeps
        // ~α-weighted memory, so allow 4.5·σ·√(α/(2 − α)) with α ≤ 1 → 4.5·3).
        #expect(abs(fitted.nextPeriodMean - 50) < 4.5 * 3)
    }

    @Test("the chosen model has the smallest AICc of the candidates")
    func smallestAICc() throws {
        let y = try Self.trending(count: 40)
        let model = AutoETSModel(period: 1)
        let best = try #require(model.bestFit(y))
        for form in model.candidates(for: y) {
            guard let fit = ETSEstimator(form: form).fit(y) else { continue }
            #expect(best.aicc <= fit.aicc, "\(form) has AICc \(fit.aicc) < \(best.aicc)")
        }
    }

    @Test("candidate forms follow the usual restrictions")
    func candidates() {
        let positive = [Double](repeating: 5, count: 30).enumerated().map { $0.element + Double($0.offset % 4) }
        let withZero = [0] + positive.dropFirst()
        let quarterly = AutoETSModel(period: 4)
        let all = quarterly.candidates(for: positive)
        // 2 errors × 3 trends × 3 seasons minus the 3 (A, ·, M) forms.
        #expect(all.count == 15)
        #expect(!all.contains { $0.error == .additive && $0.season == .multiplicative })
        let nonPositive = quarterly.candidates(for: withZero)
        #expect(nonPositive.count == 6)
        #expect(nonPositive.allSatisfy { $0.error == .additive && $0.season != .multiplicative })
        // Weekly data with a yearly season: m = 52 > 24, so no seasonal forms.
        #expect(AutoETSModel(period: 52).candidates(for: positive + positive + positive + positive).allSatisfy { !$0.hasSeason })
        // A season needs two full cycles.
        #expect(AutoETSModel(period: 20).candidates(for: positive).allSatisfy { !$0.hasSeason })
    }

    @Test("a seasonal series gets a seasonal form")
    func seasonalChosen() throws {
        let stream = try RandomStream(seed: 303)
        let noise = try Distribution.normal(mean: 0, sd: 1).makeSampler()
        let pattern: [Double] = [10, -5, 8, -13]
        let y = (0..<48).map { (t: Int) -> Double in 100 + pattern[t % 4] + noise.sample(stream) }
        let fitted = AutoETSModel(period: 4).fit(y)
        #expect(fitted.form.hasSeason, "chose \(fitted.method)")
        let forecast = fitted.forecast(horizon: 4)
        for h in 0..<4 {
            #expect(abs(forecast.mean[h] - (100 + pattern[(48 + h) % 4])) < 4, "h = \(h + 1)")
        }
    }

    @Test("cross-check with statsforecast's AutoETS on a short positive series")
    func statsforecastCrossCheck() throws {
        // The first 24 AirPassengers values. statsforecast 2.1.1, ets_f(y, m=1, model="ZZN")
        // picks ETS(A,N,N) with α = 0.9999 (its upper bound), ℓ₀ = 111.695, AICc 210.82360543549754
        // on R's scale (−2 log L without the constant n·(log(2π/n) + 1)); next forecast
        // 139.997400190025. Runner-up ETS(M,N,N) at AICc 211.49184573400063.
        let y: [Double] = [112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149,
                           170, 170, 158, 133, 114, 140]
        let model = AutoETSModel(period: 1)
        let best = try #require(model.bestFit(y))
        #expect(best.form == ETSForm(error: .additive, trend: .none))
        let n = Double(y.count)
        let constant = n * (log(2 * Double.pi / n) + 1)
        // Our optimum is at least as good as statsforecast's (and essentially the same).
        #expect(best.aicc - constant <= 210.82360543549754 + 1e-3)
        #expect(abs(best.aicc - constant - 210.82360543549754) < 0.05)
        #expect(abs(model.fit(y).nextPeriodMean - 139.997400190025) < 0.05)
        let multiplicative = try #require(ETSEstimator(form: ETSForm(error: .multiplicative, trend: .none)).fit(y))
        #expect(multiplicative.aicc - constant <= 211.49184573400063 + 1e-3)
    }
}
