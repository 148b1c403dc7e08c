/// Simple exponential smoothing, Holt's linear trend, the additive damped trend and Holt-Winters'
/// seasonal method, as the innovations state space models that underlie them (Hyndman &
/// Athanasopoulos, FPP3 §8.1–8.5; Hyndman, Koehler, Ord & Snyder 2008, ch. 2):
/// - `ses`: ETS(A,N,N), ŷ_{T+h} = ℓ_T, started at the first value and with its own α range (see
///   `ExponentialSmoothingModel+Simple.swift`);
/// - `holt`: ETS(A,A,N), ŷ_{T+h} = ℓ_T + h·b_T;
/// - `damped`: ETS(A,Ad,N), ŷ_{T+h} = ℓ_T + (φ + … + φ^h)·b_T, φ estimated in [0.8, 0.98];
/// - `holt-winters`: ETS(A,A,A) (additive season) or ETS(A,A,M) (multiplicative season), m the
///   season length.
///
/// **Fitting.** Additive errors make the likelihood a monotone function of the in-sample one-step
/// sum of squared errors, so the parameters and initial states are least-squares estimates, found
/// by ``ETSEstimator`` (GSL's Nelder–Mead from the heuristic initial states of Hyndman et al.
/// 2008, §2.6.1, as R's `ets`). Fixed α, β*, γ, φ are honoured. Seasonal initial states are
/// estimated for m ≤ 24 and kept at the classical decomposition's indices for longer seasons.
///
/// **Hard series.** Constant and very short series get ``ETSShortSeries``'s fallback. A form
/// that cannot be fitted falls back along Holt-Winters (multiplicative → additive season, which
/// needs two full seasons and enough observations for its states) → damped → Holt → SES, the
/// first that fits; ``FittedETS/method`` says which was used.
///
/// **Spread.** ``ETSPredictionVariance``: exact for the additive forms, first order for the
/// multiplicative season. σ̂ is √(Σε²/(n − k)) over the fit window (SES: the RMS of the last 56
/// errors) and moves on with every observed period between refits (``ETSErrorScale``).
public struct ExponentialSmoothingModel: SeriesModel, Codable {
    /// Which method.
    public enum Method: Hashable, Sendable, Codable {
        /// Simple exponential smoothing, ETS(A,N,N).
        case simple
        case holt
        case damped
        /// Holt-Winters with this seasonal form (additive or multiplicative) and season length
        /// m ≥ 2 (periods).
        case holtWinters(seasonality: ETSForm.SeasonType, period: Int)
    }

    public let method: Method
    /// Parameters held fixed.
    public let fixed: ETSFixedParameters

    public init(_ method: Method, fixed: ETSFixedParameters = .none) {
        if case let .holtWinters(seasonality, period) = method {
            precondition(seasonality != .none, "ExponentialSmoothingModel: Holt-Winters needs a seasonal form")
            precondition(period >= 1, "ExponentialSmoothingModel: the season must be ≥ 1 period, got \(period)")
        }
        self.method = method
        self.fixed = fixed
    }

    public var name: String {
        switch method {
        case .simple: return "ses"
        case .holt: return "holt"
        case .damped: return "damped"
        case .holtWinters: return "holt-winters"
        }
    }

    /// The forms tried, in order.
    var formsToTry: [ETSForm] {
        let holt = ETSForm(error: .additive, trend: .additive)
        let damped = ETSForm(error: .additive, trend: .damped)
        let ses = ETSForm(error: .additive, trend: .none)
        switch method {
        case .simple: return [ses]
        case .holt: return [holt, ses]
        case .damped: return [damped, holt, ses]
        case let .holtWinters(seasonality, period):
            guard period >= 2 else { return [damped, holt, ses] }
            let additive = ETSForm(error: .additive, trend: .additive, season: .additive, period: period)
            let multiplicative = ETSForm(error: .additive, trend: .additive, season: .multiplicative, period: period)
            return (seasonality == .multiplicative ? [multiplicative, additive] : [additive]) + [damped, holt, ses]
        }
    }

    public func fit(_ history: [Double]) -> FittedETS {
        let errors = method == .simple ? Self.simpleErrors : ETSShortSeries.pooledErrors
        if let fallback = ETSShortSeries.fallback(history, alpha: fixed.alpha, errors: errors) { return fallback }
        for form in formsToTry {
            let estimator = method == .simple ? Self.simpleEstimator(history, fixed: fixed)
                                              : ETSEstimator(form: form, fixed: fixed)
            if let fit = estimator.fit(history) { return FittedETS(fit) }
        }
        return ETSShortSeries.smoothed(history, alpha: fixed.alpha ?? ETSShortSeries.defaultAlpha, errors: errors)
    }
}
