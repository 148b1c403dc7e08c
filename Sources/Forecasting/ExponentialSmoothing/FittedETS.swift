/// A fitted ETS model as a ``FittedSeriesModel``: the form, the smoothing parameters, the current
/// states and σ̂, moved on period by period with the parameters held fixed.
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
    /// σ̂ of the one-step errors (units, or a fraction of the forecast under multiplicative
    /// errors), ≥ 0.
    public var sigma: Double

    public init(method: String, form: ETSForm, parameters: ETSParameters, state: ETSState, sigma: Double) {
        self.method = method
        self.form = form
        self.parameters = parameters
        self.state = state
        self.sigma = sigma.isFinite && sigma > 0 ? sigma : 0
    }

    /// The fitted model of `fit`.
    public init(_ fit: ETSFit) {
        self.init(method: fit.form.description, form: fit.form, parameters: fit.parameters, state: fit.state, sigma: fit.sigma)
    }

    public var nextPeriodMean: Double {
        let mean = state.oneStepMean(form, parameters)
        return mean.isFinite && mean > 0 ? mean : 0
    }

    /// One step of the model's recursions. A step that would break the state (a non-positive
    /// seasonal state or base under a multiplicative season, a non-finite value) leaves the
    /// states where they are except for moving the season on.
    public mutating func update(with value: Double) {
        var next = state
        if form.season == .multiplicative,
           next.seasons[next.seasonCursor] <= 0 || next.base(form, parameters) <= 0 {
            next.update(with: next.oneStepMean(form, parameters), form, parameters)
        } else {
            next.update(with: value, form, parameters)
        }
        if next.isFinite { state = next }
    }

    public func forecast(horizon: Int) -> Forecast {
        ETSPredictionVariance(form: form, parameters: parameters, state: state, sigma: sigma).forecast(horizon: horizon)
    }
}
