/// How an ARIMA model's coefficients sit in the unconstrained vector its estimator searches:
/// [φ₁…φ_p | Φ₁…Φ_P | θ₁…θ_q | Θ₁…Θ_Q | μ], each polynomial through
/// ``ARIMAPolynomial/stationaryCoefficients(_:)`` (partial autocorrelations tanh(v)), so that
/// every point of the search is a stationary and invertible model, and μ in units of the
/// scaled differenced series around `meanStart`. The origin is the white-noise model at the
/// sample mean, where both searches start.
struct ARIMAParameterMap {
    let order: ARIMAOrder
    /// μ at v_μ = 0 (the scaled series' mean), for models with a constant.
    let meanStart: Double

    /// p + P + q + Q (+ 1 with a constant).
    var dimension: Int { order.coefficientCount }

    /// The coefficients at `v`.
    func coefficients(_ v: [Double]) -> ARIMACoefficients {
        let o = order
        var index = 0
        func next(_ count: Int) -> ArraySlice<Double> {
            defer { index += count }
            return v[index..<(index + count)]
        }
        let phi = ARIMAPolynomial.stationaryCoefficients(next(o.p))
        let seasonalPhi = ARIMAPolynomial.stationaryCoefficients(next(o.seasonalP))
        let theta = ARIMAPolynomial.stationaryCoefficients(next(o.q)).map { -$0 }
        let seasonalTheta = ARIMAPolynomial.stationaryCoefficients(next(o.seasonalQ)).map { -$0 }
        let mean = o.constant ? meanStart + v[index] : 0
        return ARIMACoefficients(order: o, phi: phi, seasonalPhi: seasonalPhi, theta: theta,
                                 seasonalTheta: seasonalTheta, mean: mean)
    }
}

/// The coefficients of an ARIMA model (R's signs: 1 − ΣφᵢBⁱ, 1 + ΣθᵢBⁱ) and its expanded
/// polynomials.
struct ARIMACoefficients: Hashable, Codable, Sendable {
    var phi: [Double]
    var seasonalPhi: [Double]
    var theta: [Double]
    var seasonalTheta: [Double]
    /// μ of the differenced series (0 without a constant), in the units it was estimated in.
    var mean: Double
    /// φ(B)Φ(Bᵐ) as lag-1-first AR coefficients.
    let ar: [Double]
    /// θ(B)Θ(Bᵐ) as lag-1-first MA coefficients.
    let ma: [Double]

    init(order: ARIMAOrder, phi: [Double], seasonalPhi: [Double], theta: [Double], seasonalTheta: [Double], mean: Double) {
        self.phi = phi
        self.seasonalPhi = seasonalPhi
        self.theta = theta
        self.seasonalTheta = seasonalTheta
        self.mean = mean
        ar = ARIMAPolynomial.expandedAR(phi, seasonal: seasonalPhi, period: order.period)
        ma = ARIMAPolynomial.expandedMA(theta, seasonal: seasonalTheta, period: order.period)
    }
}
