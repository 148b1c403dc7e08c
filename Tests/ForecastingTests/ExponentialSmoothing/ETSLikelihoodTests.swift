import Foundation
import Testing
@testable import Forecasting

@Suite("ETS likelihood and information criteria")
struct ETSLikelihoodTests {
    let y: [Double] = [3, 5, 4, 6, 5, 7]

    @Test("ETS(A,N,N): −2 log L, AIC and AICc by hand")
    func additive() throws {
        // α = 0.5, ℓ₀ = 4: errors −1, 1.5, −0.25, 1.875, −0.0625, 1.96875 (ℓ = 3.5, 4.25,
        // 4.125, 5.0625, 5.03125, 6.015625), SSE = 10.7080078125.
        // −2 log L = 6·log(2π·SSE/6) + 6; k = 3 (α, ℓ₀, σ²); AICc = AIC + 2·3·4/(6 − 3 − 1).
        let fit = try #require(ETSFit(y, form: ETSForm(error: .additive, trend: .none),
                                      parameters: ETSParameters(alpha: 0.5), initial: ETSState(level: 4), estimatedCount: 2))
        let sse = 10.7080078125
        #expect(close(fit.likelihood.sumOfSquaredErrors, sse, 1e-14))
        let minusTwoLogL = 6 * log(2 * Double.pi * sse / 6) + 6
        #expect(close(fit.likelihood.minusTwoLogLikelihood, minusTwoLogL, 1e-13))
        #expect(close(minusTwoLogL, 20.502656714602956, 1e-13))
        #expect(fit.parameterCount == 3)
        #expect(close(fit.aic, 26.502656714602956, 1e-13))
        #expect(close(fit.aicc, 38.502656714602956, 1e-13))
        // σ̂ = √(SSE/(n − k)).
        #expect(close(fit.sigma, (sse / 3).squareRoot(), 1e-14))
        #expect(close(fit.state.level, 6.015625, 1e-14))
    }

    @Test("ETS(M,N,N): relative errors and the Σ log μ term")
    func multiplicative() throws {
        // Same states as above (the recursions coincide); ε_t = u_t/μ_t with μ = 4, 3.5, 4.25,
        // 4.125, 5.0625, 5.03125; −2 log L = n·log(2π·Σε²/n) + n + 2·Σ log μ (hand.py).
        let fit = try #require(ETSFit(y, form: ETSForm(error: .multiplicative, trend: .none),
                                      parameters: ETSParameters(alpha: 0.5), initial: ETSState(level: 4), estimatedCount: 2))
        let means = [4, 3.5, 4.25, 4.125, 5.0625, 5.03125]
        let errors = [-1, 1.5, -0.25, 1.875, -0.0625, 1.96875]
        let relative = zip(errors, means).reduce(0.0) { $0 + ($1.0 / $1.1) * ($1.0 / $1.1) }
        #expect(close(fit.likelihood.sumOfSquaredErrors, relative, 1e-14))
        #expect(close(relative, 0.6095167556660208, 1e-13))
        #expect(close(fit.likelihood.sumOfLogMeans, 8.740571226955623, 1e-13))
        #expect(close(fit.likelihood.minusTwoLogLikelihood, 20.787314999397484, 1e-13))
        #expect(close(fit.aicc, 38.78731499939748, 1e-13))
    }

    @Test("ETS(M,Ad,M) criterion matches statsforecast's pegelsresid_C")
    func statsforecastCrossCheck() throws {
        // statsforecast 2.1.1: pegelsresid_C(y=[5,9,6,10,7], m=2, init=[7, 0.5, 1.3, 0.7], "M", "A",
        // "M", damped=True, α=0.3, β=0.1, γ=0.2, φ=0.9) returns lik = 5.296367017490349
        // (= n·log Σε² + 2Σ log μ) and final ℓ = 8.866266540908956, b = 0.3855530985904967.
        let form = ETSForm(error: .multiplicative, trend: .damped, season: .multiplicative, period: 2)
        let fit = try #require(ETSFit([5, 9, 6, 10, 7], form: form,
                                      parameters: ETSParameters(alpha: 0.3, beta: 0.1, gamma: 0.2, phi: 0.9),
                                      initial: ETSState(level: 7, slope: 0.5, seasons: [0.7, 1.3]), estimatedCount: 0))
        #expect(close(fit.likelihood.concentratedCriterion, 5.296367017490349, 1e-12))
        #expect(close(fit.state.level, 8.866266540908956, 1e-12))
        #expect(close(fit.state.slope, 0.3855530985904967, 1e-12))
        #expect(close(fit.state.season(ahead: 1), 1.2578844557296642, 1e-12))
    }

    @Test("multiplicative errors refuse a non-positive forecast")
    func multiplicativeBreakdown() {
        let fit = ETSFit([5, 0, 0, 0], form: ETSForm(error: .multiplicative, trend: .additive),
                         parameters: ETSParameters(alpha: 0.9, beta: 0.9), initial: ETSState(level: 5, slope: -3),
                         estimatedCount: 0)
        #expect(fit == nil)
    }

    @Test("AICc is infinite when n ≤ k + 1")
    func aiccUndefined() {
        let likelihood = ETSLikelihood(count: 4, sumOfSquaredErrors: 2, sumOfLogMeans: 0, sumOfSquaredUnitErrors: 2)
        #expect(likelihood.aicc(parameters: 3) == .infinity)
        #expect(likelihood.aicc(parameters: 2).isFinite)
    }
}
