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

    /// (1 − 0.5B)(1 − 0.3B⁴) and (1 + 0.4B)(1 − 0.5B⁴): r = 6.
    static let seasonalAR = ARIMAPolynomial.expandedAR([0.5], seasonal: [0.3], period: 4)
    static let seasonalMA = ARIMAPolynomial.expandedMA([0.4], seasonal: [-0.5], period: 4)

    /// T and R of Harvey's form, as plain matrices.
    static func system(_ ar: [Double], _ ma: [Double]) -> (t: [[Double]], impulse: [Double]) {
        let r = max(ar.count, ma.count + 1)
        let phi: [Double] = ar + [Double](repeating: 0, count: r - ar.count)
        let impulse: [Double] = [1] + ma + [Double](repeating: 0, count: r - 1 - ma.count)
        var t = [[Double]](repeating: [Double](repeating: 0, count: r), count: r)
        for i in 0..<r {
            t[i][0] = phi[i]
            if i + 1 < r { t[i][i + 1] = 1 }
        }
        return (t, impulse)
    }

    /// T·(P − kkᵀ/F)·Tᵀ + RRᵀ with k = P[:,0] and F = P[0][0] (`update` false: T·P·Tᵀ + RRᵀ).
    static func propagate(_ p: [[Double]], _ t: [[Double]], _ impulse: [Double], update: Bool) -> [[Double]] {
        let r = p.count
        var next = [[Double]](repeating: [Double](repeating: 0, count: r), count: r)
        for i in 0..<r {
            for j in 0..<r {
                var value: Double = impulse[i] * impulse[j]
                for k in 0..<r {
                    for l in 0..<r {
                        let filtered: Double = update ? p[k][l] - p[k][0] * p[l][0] / p[0][0] : p[k][l]
                        value += t[i][k] * filtered * t[j][l]
                    }
                }
                next[i][j] = value
            }
        }
        return next
    }

    /// P₀ as the limit of P ← TPTᵀ + RRᵀ from 0 (Σ TᵏRRᵀTᵏᵀ; T's eigenvalues are below 0.75 in
    /// modulus here, so 400 rounds leave less than 0.75⁸⁰⁰ of it out).
    static func lyapunov(_ t: [[Double]], _ impulse: [Double]) -> [[Double]] {
        var p = [[Double]](repeating: [Double](repeating: 0, count: t.count), count: t.count)
        for _ in 0..<400 { p = propagate(p, t, impulse, update: false) }
        return p
    }

    @Test("the stationary state covariance's first column solves P = TPTᵀ + RRᵀ (seasonal ARMA)")
    func stationaryCovariance() throws {
        let (t, impulse) = Self.system(Self.seasonalAR, Self.seasonalMA)
        let p = Self.lyapunov(t, impulse)
        let covariance = ARMAStationaryCovariance(ar: Self.seasonalAR, ma: Self.seasonalMA,
                                                  solver: ARMAStationaryCovariance.solver(arDegree: Self.seasonalAR.count))
        let column = try #require(covariance.firstColumn(dimension: t.count))
        for j in 0..<t.count { #expect(abs(column[j] - p[j][0]) < 1e-10, "P[\(j)][0]: \(column[j]) against \(p[j][0])") }
    }

    @Test("the O(r) covariance recursion gives the r × r Kalman recursion's variances")
    func chandrasekhar() throws {
        let (t, impulse) = Self.system(Self.seasonalAR, Self.seasonalMA)
        var p = Self.lyapunov(t, impulse)
        var filter = try #require(ARMAKalmanFilter(ar: Self.seasonalAR, ma: Self.seasonalMA))
        for x in [0.3, -1.1, 2.0, 0.4, -0.2, 0.9, -1.5, 0.1, 0.6, -0.8, 1.2, 0.05] {
            let expected = p[0][0]
            let step = filter.step(x)
            let variance = try #require(step).variance
            #expect(abs(variance - expected) < 1e-10, "F \(variance) against \(expected)")
            p = Self.propagate(p, t, impulse, update: true)
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
