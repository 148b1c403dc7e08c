extension FittedARIMA {
    /// A model with given coefficients run over `history` (the filter from its stationary
    /// start over the differenced values, σ̂ pooled from its standardised errors with k = 0), or
    /// nil when the filter cannot start. The fallbacks of ``AutoARIMAModel`` are made this way.
    static func fixed(_ order: ARIMAOrder, _ coefficients: ARIMACoefficients, history: [Double], method: String) -> FittedARIMA? {
        let delta = ARIMAPolynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: order.period)
        guard history.count >= delta.count,
              var filter = ARMAKalmanFilter(ar: coefficients.ar, ma: coefficients.ma) else { return nil }
        var errors = ETSErrorScale.pooled(sumOfSquares: 0, count: 0, parameterCount: 0)
        for w in ARIMAPolynomial.difference(history, by: delta) {
            guard let (error, variance) = filter.step(w - coefficients.mean) else { return nil }
            errors.record(error / variance.squareRoot())
        }
        return FittedARIMA(method: method, order: order, coefficients: coefficients, filter: filter,
                           history: history, errorScale: errors)
    }

    /// ARIMA(0,1,1) with θ = α − 1: simple exponential smoothing with weight α (FPP3 §9.10),
    /// run over `history` (at least one value).
    static func smoothing(_ history: [Double], alpha: Double, method: String) -> FittedARIMA {
        let order = ARIMAOrder(p: 0, d: 1, q: 1)
        let coefficients = ARIMACoefficients(order: order, phi: [], seasonalPhi: [], theta: [alpha - 1], seasonalTheta: [], mean: 0)
        if let fitted = fixed(order, coefficients, history: history, method: method) { return fitted }
        // θ = α − 1 with 0 < α ≤ 1 is invertible, so the filter always starts; a last resort all the same.
        return FittedARIMA(method: method, order: order, coefficients: coefficients,
                           filter: ARMAKalmanFilter(steadyAR: [], ma: [alpha - 1]), history: history,
                           errorScale: .pooled(sumOfSquares: 0, count: 0, parameterCount: 0))
    }

    /// The fallback for a constant series (all-zero included): that value with zero spread, as
    /// the ETS family's (``ETSShortSeries``), moved on as SES with its smoothest weight.
    static func constant(_ history: [Double]) -> FittedARIMA {
        smoothing(history, alpha: ETSShortSeries.constantAlpha, method: "constant")
    }

    /// The fallback for a series too short to select a model (fewer values than ETS(A,N,N)
    /// needs, ``ETSShortSeries/minimumFitted``) or where no candidate could be fitted: SES with
    /// α = 0.5, as the ETS family's.
    static func shortSeries(_ history: [Double]) -> FittedARIMA {
        smoothing(history, alpha: ETSShortSeries.defaultAlpha, method: "ARIMA(0,1,1) with θ = −0.5 on a short series")
    }
}
