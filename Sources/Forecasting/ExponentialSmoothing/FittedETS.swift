/// A fitted ETS model as a ``FittedSeriesModel``: the form, the smoothing parameters, the current
/// states and σ̂, moved on period by period with the parameters held fixed — σ̂ too, by the rule
/// it was fitted with (``ETSErrorScale``), from each period's one-step error.
///
/// Forecasts follow Hyndman et al. (2008, §2.2 and §6): the mean of period T + h is
/// (ℓ_T + (φ + … + φ^h)·b_T) combined with s_{T+h−m} (added or multiplied), clamped at 0; the
/// spread is ``ETSPredictionVariance``'s.
public struct FittedETS: FittedSeriesModel, Codable {
    /// What was fitted: the form's name ("ETS(A,Ad,N)"), or the fallback used for a series too
    /// short or too flat for the form asked for (see ``ExponentialSmoothingModel``).
    public var method: String
    public var form: ETSForm
    public var parameters: ETSParameters
    /// The states after the last period seen.
    public var state: ETSState
    /// The scale of the one-step errors seen, fitted and since.
    public var errorScale: ETSErrorScale

    /// A fitted model whose σ̂ moves on by `errorScale`'s rule.
    public init(method: String, form: ETSForm, parameters: ETSParameters, state: ETSState, errorScale: ETSErrorScale) {
        self.method = method
        self.form = form
        self.parameters = parameters
        self.state = state
        self.errorScale = errorScale
    }

    /// A fitted model with σ̂ = `sigma` (a non-finite or negative one counts as 0), pooled as the
    /// scale of one error with every error observed later.
    public init(method: String, form: ETSForm, parameters: ETSParameters, state: ETSState, sigma: Double) {
        let sigma = sigma.isFinite && sigma > 0 ? sigma : 0
        self.init(method: method, form: form, parameters: parameters, state: state,
                  errorScale: .pooled(sumOfSquares: sigma * sigma, count: 1, parameterCount: 0))
    }

    /// The fitted model of `fit`.
    public init(_ fit: ETSFit) {
        self.init(method: fit.form.description, form: fit.form, parameters: fit.parameters, state: fit.state,
                  errorScale: fit.errorScale)
    }

    /// σ̂ of the one-step errors (units, or a fraction of the forecast under multiplicative
    /// errors), ≥ 0.
    public var sigma: Double { errorScale.sigma }

    public var nextPeriodMean: Double {
        let mean = state.oneStepMean(form, parameters)
        return mean.isFinite && mean > 0 ? mean : 0
    }

    public mutating func update(with value: Double) {
        update(with: value, errorObserved: true)
    }

    /// One step of the model's recursions, and the one-step error into σ̂ when `errorObserved`.
    /// A step that would break the state (a non-positive seasonal state or base under a
    /// multiplicative season, a non-finite value) leaves the states where they are except for
    /// moving the season on, and σ̂ as it was.
    public mutating func update(with value: Double, errorObserved: Bool) {
        if !form.hasSeason {
            let (level, slope) = (state.level, state.slope)
            let (mean, error) = state.update(with: value, form, parameters)
            guard state.level.isFinite, state.slope.isFinite else {
                (state.level, state.slope) = (level, slope)
                return
            }
            if errorObserved { record(error, mean: mean) }
            return
        }
        var next = state
        if form.season == .multiplicative,
           next.seasons[next.seasonCursor] <= 0 || next.base(form, parameters) <= 0 {
            next.update(with: next.oneStepMean(form, parameters), form, parameters)
            if next.isFinite { state = next }
            return
        }
        let (mean, error) = next.update(with: value, form, parameters)
        guard next.isFinite else { return }
        state = next
        if errorObserved { record(error, mean: mean) }
    }

    /// ``FittedSeriesModel/learn(sales:stockout:censoring:)``, reading the state directly: the
    /// closed loop calls this every period, and the default would copy the fit to read its mean.
    public mutating func learn(sales: Double, stockout: Bool, censoring: CensoringTreatment) -> LearntPeriod {
        let (value, errorObserved) = censoring.effectiveValue(sales: sales, stockout: stockout, forecast: nextPeriodMean)
        update(with: value, errorObserved: errorObserved)
        return LearntPeriod(value: value, nextPeriodMean: nextPeriodMean)
    }

    /// Records the error u of a step with one-step mean μ: u itself under additive errors, u/μ
    /// under multiplicative ones (none when μ ≤ 0).
    private mutating func record(_ error: Double, mean: Double) {
        switch form.error {
        case .additive: errorScale.record(error)
        case .multiplicative: if mean > 0 { errorScale.record(error / mean) }
        }
    }

    public func forecast(horizon: Int) -> Forecast {
        ETSPredictionVariance(form: form, parameters: parameters, state: state, sigma: sigma).forecast(horizon: horizon)
    }

    public func nextPeriodForecast() -> NextPeriodForecast {
        ETSPredictionVariance(form: form, parameters: parameters, state: state, sigma: sigma).nextPeriodForecast()
    }
}
