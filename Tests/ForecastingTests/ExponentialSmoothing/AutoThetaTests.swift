import Foundation
import GSL
import Testing
@testable import Forecasting

@Suite("AutoTheta: the Theta models of Fiorucci et al. (2016), chosen by in-sample MSE")
struct AutoThetaTests {
    /// y = 10, 12, 11, 15, 14 from ℓ₀ = 8 with α = 0.5, worked by hand.
    static let fivePoints: [Double] = [10, 12, 11, 15, 14]

    @Test("DSTM on five points: states, one-step means and the criterion by hand")
    func dynamicStandardByHand() {
        let fit = ThetaEstimator(variant: .dynamicStandard).evaluate(Self.fivePoints, (8, 0.5, 2))
        // μ₂ = 9 + ½·10·0.5 = 11.5; μ₃ = 10.5 + ½(8·0.25 + 2·0.875/0.5) = 13.25;
        // μ₄ = 10.75 + ½(10·0.125 + 0.5·0.9375/0.5) = 11.84375; μ₅ = 12.875 + ½(8.5·0.0625 + 1.4·0.96875/0.5) = 14.496875.
        // Criterion: errors from the fourth value on, 3.15625² + 0.496875².
        #expect(close(fit.sumOfSquares, 3.15625 * 3.15625 + 0.496875 * 0.496875, 1e-13))
        #expect(fit.errorCount == 2)
        // After y₅: ℓ = 13.4375, ȳ = 12.4, and the least-squares line through the five points, 9.1 + 1.1t.
        #expect(close(fit.state.level, 13.4375, 1e-14))
        #expect(close(fit.state.mean, 12.4, 1e-14))
        #expect(close(fit.state.slope, 1.1, 1e-13))
        #expect(close(fit.state.intercept, 9.1, 1e-13))
        #expect(fit.state.count == 5)
    }

    @Test("DOTM on five points: the same states, the trend term scaled by 1 − 1/θ")
    func dynamicOptimisedByHand() {
        let fit = ThetaEstimator(variant: .dynamicOptimised).evaluate(Self.fivePoints, (8, 0.5, 3))
        // μ₄ = 10.75 + ⅔·2.1875, μ₅ = 12.875 + ⅔·3.24375.
        let e4 = 15 - (10.75 + 2.0 / 3 * 2.1875)
        let e5 = 14 - (12.875 + 2.0 / 3 * 3.24375)
        #expect(close(fit.sumOfSquares, e4 * e4 + e5 * e5, 1e-13))
        #expect(close(fit.state.slope, 1.1, 1e-13))
        // The next mean, t = 5: 13.4375 + ⅔(9.1·0.5⁵ + 1.1·(1 − 0.5⁶)/0.5).
        let next = 13.4375 + 2.0 / 3 * (9.1 * 0.03125 + 1.1 * (1 - 0.015625) / 0.5)
        #expect(close(fit.state.oneStepMean(alpha: 0.5, theta: 3), next, 1e-13))
    }

    @Test("the static variants keep the whole series' least-squares line")
    func staticLine() {
        let fit = ThetaEstimator(variant: .standard).evaluate(Self.fivePoints, (8, 0.5, 2))
        #expect(close(fit.state.slope, 1.1, 1e-13))
        #expect(close(fit.state.intercept, 9.1, 1e-13))
    }

    @Test("OTM with θ = 2 forecasts as STM, which is thetaf's formula plus ½(1 − α)ⁿ(A + B) (seed 1701)")
    func optimisedAtTwoIsStandard() throws {
        let y = try Self.noisyTrend(seed: 1701, slope: 0.8, count: 48)
        let standard = try #require(ThetaEstimator(variant: .standard).fit(y))
        let pinned = ThetaEstimator(variant: .optimised).evaluate(y, (standard.initialLevel, standard.alpha, 2))
        let stm = Self.fitted(standard).forecast(horizon: 12).mean
        let otm = Self.fitted(pinned).forecast(horizon: 12).mean
        // The standard method (thetaf, ``FittedTheta``) from the same ℓₙ, α and slope B.
        let ses = FittedETS(method: "test", form: ETSForm(error: .additive, trend: .none),
                            parameters: ETSParameters(alpha: standard.alpha), state: ETSState(level: standard.state.level), sigma: 1)
        let thetaf = FittedTheta(ses: ses, drift: standard.state.slope, count: y.count, seasons: [], phase: 0)
        let offset = 0.5 * pow(1 - standard.alpha, Double(y.count)) * (standard.state.intercept + standard.state.slope)
        for h in 0..<12 {
            #expect(close(otm[h], stm[h], 1e-9))
            #expect(close(stm[h], thetaf.mean(ahead: h + 1) + offset, 1e-9))
        }
    }

    @Test("a strong linear trend is fitted with θ > 2 (seed 2718)")
    func trendRaisesTheta() throws {
        let y = try Self.noisyTrend(seed: 2718, slope: 5, count: 60)
        let fit = try #require(ThetaEstimator(variant: .optimised).fit(y))
        #expect(fit.theta > 2)
        #expect(ThetaEstimator.alphaBounds.contains(fit.alpha))
    }

    @Test("the variant chosen has the least in-sample MSE of the four (seeds 31, 32, 33)", arguments: [31, 32, 33])
    func selection(seed: Int) throws {
        let stream = try RandomStream(seed: UInt(seed))
        let noise = try Distribution.normal(mean: 0, sd: 3).makeSampler()
        var level = 50.0
        let y = (0..<40).map { t -> Double in
            level += noise.sample(stream)
            return level + 0.3 * Double(t)
        }
        let best = try #require(AutoThetaModel(period: 1).bestFit(y))
        let each = ThetaVariant.allCases.compactMap { ThetaEstimator(variant: $0).fit(y) }
        let otm = try #require(ThetaEstimator(variant: .optimised).fit(y, nested: each[0]))
        let dotm = try #require(ThetaEstimator(variant: .dynamicOptimised).fit(y, nested: each[2]))
        #expect(each.count == 4)
        // As the model fits them: the optimised variants also search from the standard fit they
        // nest, so they fit at least as well as it.
        let candidates = [each[0], otm, each[2], dotm]
        #expect(otm.meanSquaredError <= each[0].meanSquaredError)
        #expect(dotm.meanSquaredError <= each[2].meanSquaredError)
        let least = try #require(candidates.min { $0.meanSquaredError < $1.meanSquaredError })
        #expect(best.variant == least.variant)
        #expect(candidates.allSatisfy { best.meanSquaredError <= $0.meanSquaredError })
        #expect(AutoThetaModel(period: 1).fit(y).variant == least.variant)
    }

    @Test("degenerate series give finite non-negative forecasts",
          arguments: [[5, 5, 5, 5, 5, 5, 5, 5], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 2, 3], [4], [0, 0, 9, 0, 0, 0, 0, 0, 0]] as [[Double]])
    func degenerate(series: [Double]) {
        var fitted = AutoThetaModel(period: 12).fit(series)
        for _ in 0..<2 {
            let forecast = fitted.forecast(horizon: 18)
            #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 })
            let (step, cumulative) = normalSpread(forecast)
            #expect((step + cumulative).allSatisfy { $0.isFinite && $0 >= 0 })
            fitted.update(with: 0)
        }
        if let first = series.first, series.allSatisfy({ $0 == first }) {
            #expect(AutoThetaModel(period: 12).fit(series).forecast(horizon: 3).mean == [first, first, first])
        }
    }

    static func fitted(_ fit: ThetaEstimator.Fit) -> FittedAutoTheta {
        FittedAutoTheta(variant: fit.variant, alpha: fit.alpha, theta: fit.theta, state: fit.state,
                        errorScale: .pooled(sumOfSquares: fit.sumOfSquares, count: fit.errorCount, parameterCount: 2),
                        seasons: [], phase: 0)
    }

    static func noisyTrend(seed: UInt, slope: Double, count: Int) throws -> [Double] {
        let stream = try RandomStream(seed: seed)
        let noise = try Distribution.normal(mean: 0, sd: 2).makeSampler()
        return (0..<count).map { 100 + slope * Double($0) + noise.sample(stream) }
    }
}
