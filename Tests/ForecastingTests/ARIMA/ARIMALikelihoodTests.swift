import Foundation
import Testing
@testable import Forecasting

/// The exact likelihood of the Kalman filter against the Gaussian density written out by hand.
@Suite("ARIMA: exact likelihood by the Kalman filter")
struct ARIMALikelihoodTests {
    @Test("AR(1): the filter's S and Σ log F are the exact ones")
    func autoregressive() throws {
        // For AR(1) the joint density factorises: x₁ ~ N(0, σ²/(1 − φ²)), then
        // xₜ | xₜ₋₁ ~ N(φxₜ₋₁, σ²). So S = (1 − φ²)x₁² + Σ(xₜ − φxₜ₋₁)², Σ log F = −log(1 − φ²).
        let phi = 0.6
        let x = [0.5, -1.2, 0.3, 2.0]
        var filter = try #require(ARMAKalmanFilter(ar: [phi], ma: []))
        let likelihood = try #require(ARMALikelihood.run(x, through: &filter))
        var s = (1 - phi * phi) * x[0] * x[0]
        for t in 1..<x.count { s += (x[t] - phi * x[t - 1]) * (x[t] - phi * x[t - 1]) }
        #expect(abs(likelihood.sumOfSquares - s) < 1e-12)
        #expect(abs(likelihood.sumOfLogVariances + log(1 - phi * phi)) < 1e-12)
        let n = Double(x.count)
        let expected = n * log(2 * Double.pi * s / n) - log(1 - phi * phi) + n
        #expect(abs(likelihood.minusTwiceLogLikelihood - expected) < 1e-10)
        // After the last value the prediction is φ·x_n.
        #expect(abs(filter.prediction - phi * x[3]) < 1e-12)
    }

    @Test("MA(1) on two values: the filter's S and Σ log F are x′Σ⁻¹x and log det Σ")
    func movingAverage() throws {
        // Σ/σ² = [[a, θ], [θ, a]] with a = 1 + θ²: det = a² − θ², x′Σ⁻¹x·σ² = (a·x₁² − 2θx₁x₂ + a·x₂²)/det.
        let theta = -0.4
        let x = [1.5, -0.7]
        var filter = try #require(ARMAKalmanFilter(ar: [], ma: [theta]))
        let likelihood = try #require(ARMALikelihood.run(x, through: &filter))
        let a = 1 + theta * theta
        let det = a * a - theta * theta
        let s = (a * x[0] * x[0] - 2 * theta * x[0] * x[1] + a * x[1] * x[1]) / det
        #expect(abs(likelihood.sumOfSquares - s) < 1e-12)
        #expect(abs(likelihood.sumOfLogVariances - log(det)) < 1e-12)
    }

    @Test("ARMA(1,1): the stationary state covariance solves P = TPTᵀ + RRᵀ")
    func stationaryCovariance() throws {
        let (phi, theta) = (0.7, 0.4)
        let p0 = try #require(ARMAStationaryCovariance(ar: [phi], ma: [theta], solver: ARMAStationaryCovariance.solver(arDegree: 1))
            .stateCovariance(dimension: 2))
        // γ₀ = (1 + 2φθ + θ²)/(1 − φ²) (Brockwell & Davis, ex. 3.3.1).
        #expect(abs(p0[0] - (1 + 2 * phi * theta + theta * theta) / (1 - phi * phi)) < 1e-12)
        // T = [[φ, 1], [0, 0]], R = (1, θ): P₁₁ = θ², P₀₁ = φP₀₁… checked through the equation itself.
        let t = [[phi, 1.0], [0, 0]]
        let r = [1.0, theta]
        for i in 0..<2 {
            for j in 0..<2 {
                var value = r[i] * r[j]
                for k in 0..<2 { for l in 0..<2 { value += t[i][k] * p0[k * 2 + l] * t[j][l] } }
                #expect(abs(value - p0[i * 2 + j]) < 1e-12, "P[\(i)][\(j)]")
            }
        }
    }

    @Test("the partial-autocorrelation map gives stationary coefficients and inverts")
    func stationaryMap() throws {
        let v = [0.8, -1.5, 0.3]
        let a = ARIMAPolynomial.stationaryCoefficients(v[...])
        let back = try #require(ARIMAPolynomial.unconstrained(a))
        for (x, y) in zip(back, v) { #expect(abs(x - y) < 1e-10) }
        #expect(ARIMAEstimator.isAdmissible(ARIMACoefficients(order: ARIMAOrder(p: 3, d: 0, q: 0), phi: a, seasonalPhi: [],
                                                              theta: [], seasonalTheta: [], mean: 0)))
        #expect(ARIMAPolynomial.unconstrained([1.2]) == nil)
    }

    @Test("the seasonal product and the differencing polynomial expand as written out")
    func polynomials() {
        // (1 − 0.5B)(1 − 0.3B⁴) = 1 − 0.5B − 0.3B⁴ + 0.15B⁵.
        #expect(ARIMAPolynomial.expandedAR([0.5], seasonal: [0.3], period: 4) == [0.5, 0, 0, 0.3, -0.15])
        // (1 + 0.5B)(1 + 0.3B⁴) = 1 + 0.5B + 0.3B⁴ + 0.15B⁵.
        #expect(ARIMAPolynomial.expandedMA([0.5], seasonal: [0.3], period: 4) == [0.5, 0, 0, 0.3, 0.15])
        // (1 − B)(1 − B⁴) = 1 − B − B⁴ + B⁵: yₜ = wₜ + yₜ₋₁ + yₜ₋₄ − yₜ₋₅.
        #expect(ARIMAPolynomial.differencing(d: 1, seasonalD: 1, period: 4) == [1, 0, 0, 1, -1])
        #expect(ARIMAPolynomial.differencing(d: 2, seasonalD: 0, period: 1) == [2, -1])
    }
}
