/// A fitted ARIMA model as a ``FittedSeriesModel``: orders, coefficients, the Kalman filter of
/// the differenced series after the last period, the last d + mD values (to undo the
/// differencing) and σ̂, all moved on period by period with the coefficients held fixed.
///
/// **Forecasts.** The mean of the differenced series is μ plus the filter's predictions
/// (Z·Tʰ⁻¹·a); the series' own mean path undoes the differencing, yₜ = wₜ + Σδₖyₜ₋ₖ, clamped at 0
/// when reported (demand is never negative). The spread comes from the ψ-weights of the whole
/// model, φ(B)Φ(Bᵐ)(1 − B)ᵈ(1 − Bᵐ)ᴰ on the AR side (Box & Jenkins; FPP3 §9.8): the error of
/// period T + j is Σ_{i≤j} ψ_{j−i}·u_i, so Var = σ̂²Σψ², and the variance of the total over k
/// periods carries the covariances (``LinearErrorPropagation``). As in R's `forecast`, the
/// uncertainty of the coefficients and of the filter's state is not included.
///
/// **σ̂** is √(S/(n − k)) with S the sum of the squared standardised one-step errors of the fit
/// and k its estimated coefficients (R's `auto.arima` and statsforecast); it moves on with each
/// observed period (``ETSErrorScale``'s pooled rule).
public struct FittedARIMA: FittedSeriesModel, Codable {
    /// What was fitted ("ARIMA(0,1,1)(0,1,1)[12]"), or the fallback used.
    public let method: String
    public let order: ARIMAOrder
    let coefficients: ARIMACoefficients
    var filter: ARMAKalmanFilter
    /// The last d + mD values of the series, oldest first.
    var recent: [Double]
    /// The scale of the standardised one-step errors, fitted and since.
    var errorScale: ETSErrorScale
    /// δ of the differencing, lag 1 first.
    let differencing: [Double]

    init(method: String, order: ARIMAOrder, coefficients: ARIMACoefficients, filter: ARMAKalmanFilter,
         history: [Double], errorScale: ETSErrorScale) {
        self.method = method
        self.order = order
        self.coefficients = coefficients
        self.filter = filter
        self.errorScale = errorScale
        differencing = ARIMAPolynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: order.period)
        recent = Array(history.suffix(differencing.count))
    }

    /// The model of `fit`, fitted to `history`.
    init(_ fit: ARIMAFit, history: [Double]) {
        self.init(method: fit.order.description, order: fit.order, coefficients: fit.coefficients, filter: fit.filter,
                  history: history,
                  errorScale: .pooled(sumOfSquares: fit.variance * Double(fit.count), count: fit.count,
                                      parameterCount: fit.order.coefficientCount))
    }

    /// σ̂ of the one-step errors (units), ≥ 0.
    public var sigma: Double { errorScale.sigma }

    /// The AR coefficients of φ(B)Φ(Bᵐ), lag 1 first (R's sign: 1 − Σarᵢ Bⁱ).
    public var ar: [Double] { coefficients.ar }
    /// The MA coefficients of θ(B)Θ(Bᵐ), lag 1 first (1 + Σmaⱼ Bʲ).
    public var ma: [Double] { coefficients.ma }
    /// μ, the mean of the differenced series (units per period; 0 without a constant).
    public var mean: Double { coefficients.mean }

    public var nextPeriodMean: Double {
        let mean = meanPath(horizon: 1)[0]
        return mean.isFinite && mean > 0 ? mean : 0
    }

    /// The unclamped mean path of the next `horizon` periods (units).
    func meanPath(horizon: Int) -> [Double] {
        var history = recent
        var means = [Double]()
        means.reserveCapacity(horizon)
        for prediction in filter.predictions(horizon: horizon) {
            var value = coefficients.mean + prediction
            for (k, delta) in differencing.enumerated() where delta != 0 { value += delta * history[history.count - 1 - k] }
            means.append(value)
            if !history.isEmpty {
                history.removeFirst()
                history.append(value)
            }
        }
        return means
    }

    public mutating func update(with value: Double) {
        update(with: value, errorObserved: true)
    }

    /// One step of the filter with the period's value differenced, and its standardised error
    /// into σ̂ when `errorObserved`. A step that breaks the filter (a non-finite value) leaves
    /// the state as it was.
    public mutating func update(with value: Double, errorObserved: Bool) {
        var w = value
        for (k, delta) in differencing.enumerated() where delta != 0 { w -= delta * recent[recent.count - 1 - k] }
        var next = filter
        guard let (error, variance) = next.step(w - coefficients.mean), next.state.allSatisfy(\.isFinite) else { return }
        filter = next
        if !recent.isEmpty {
            recent.removeFirst()
            recent.append(value)
        }
        if errorObserved { errorScale.record(error / variance.squareRoot()) }
    }

    public func forecast(horizon: Int) -> Forecast {
        guard horizon > 0 else { return .nothingObserved(horizon: 0) }
        let means = meanPath(horizon: horizon)
        let psi = ARIMAPolynomial.psiWeights(ar: ARIMAPolynomial.integrated(coefficients.ar, differencing),
                                             ma: coefficients.ma, count: horizon)
        let spread = LinearErrorPropagation.standardDeviations(horizon: horizon, variance: { _ in 1 },
                                                               weight: { j, i in psi[j - i] })
        return .normal(horizon: horizon, sigma: sigma, mean: { means[$0 - 1] },
                       stepFactor: { spread.step[$0 - 1] }, cumulativeFactor: { spread.cumulative[$0 - 1] })
    }

    /// `forecast(horizon: 1)`'s first period: the error of one period ahead is the innovation
    /// itself (ψ₀ = 1), so its standard deviation is σ̂.
    public func nextPeriodForecast() -> NextPeriodForecast {
        Forecast.normalFirstPeriod(sigma: sigma, mean: meanPath(horizon: 1)[0], stepFactor: 1)
    }
}
