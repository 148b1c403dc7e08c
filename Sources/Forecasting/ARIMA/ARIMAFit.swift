/// An ARIMA model fitted by ``ARIMAEstimator``: its coefficients, σ̂², likelihood and the Kalman
/// filter after the last observation, all in the series' units.
struct ARIMAFit: Hashable, Sendable {
    let order: ARIMAOrder
    /// The coefficients; `mean` in the series' units per period.
    let coefficients: ARIMACoefficients
    /// σ̂² = S/n, the maximum likelihood estimate of the innovation variance (units²).
    let variance: Double
    /// −2 log L of the differenced series (units).
    let minusTwiceLogLikelihood: Double
    /// n, the observations of the differenced series.
    let count: Int
    /// The filter after the last observation (its state in units, its covariance per unit σ²).
    let filter: ARMAKalmanFilter

    /// Estimated quantities: the coefficients and σ².
    var parameterCount: Int { order.coefficientCount + 1 }

    /// AICc = −2 log L + 2k + 2k(k + 1)/(n − k − 1), k = ``parameterCount`` (R's `arima` and
    /// `auto.arima`); +∞ when n − k − 1 ≤ 0.
    var aicc: Double {
        let k = Double(parameterCount)
        let spare = Double(count) - k - 1
        guard spare > 0 else { return .infinity }
        return minusTwiceLogLikelihood + 2 * k + 2 * k * (k + 1) / spare
    }
}
