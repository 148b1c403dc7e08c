import Foundation

/// The conditional-sum-of-squares criterion of an ARMA model (Box & Jenkins; R's `arima` with
/// `method = "CSS"`): conditioning on the first p observations (and taking earlier errors as 0),
/// eₜ = xₜ − μ − Σ arᵢ(xₜ₋ᵢ − μ) − Σ maⱼ eₜ₋ⱼ for t ≥ p, and the criterion is ½ log(Σeₜ²/(n − p)).
/// Cheap and close to the likelihood's optimum, it gives the exact-likelihood search its start
/// (R's and statsforecast's default "CSS-ML").
struct ARIMAConditionalSumOfSquares {
    let x: [Double]
    /// Errors of the current evaluation, reused between evaluations.
    private var errors: [Double]

    init(_ x: [Double]) {
        self.x = x
        self.errors = [Double](repeating: 0, count: x.count)
    }

    /// The criterion at `coefficients`; +∞ when fewer than 1 error is left or it is not finite.
    mutating func criterion(_ coefficients: ARIMACoefficients) -> Double {
        let (ar, ma, mean) = (coefficients.ar, coefficients.ma, coefficients.mean)
        let arLags = ar.indices.filter { ar[$0] != 0 }
        let maLags = ma.indices.filter { ma[$0] != 0 }
        let start = ar.count
        guard x.count > start else { return .infinity }
        var sum = 0.0
        for t in 0..<x.count {
            guard t >= start else {
                errors[t] = 0
                continue
            }
            var error = x[t] - mean
            for i in arLags { error -= ar[i] * (x[t - i - 1] - mean) }
            for j in maLags where t - j - 1 >= 0 { error -= ma[j] * errors[t - j - 1] }
            errors[t] = error
            sum += error * error
        }
        let value = 0.5 * log(sum / Double(x.count - start))
        return value.isFinite ? value : .infinity
    }
}
