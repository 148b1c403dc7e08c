/// An ETS model fitted to a series: its form, parameters, initial and final states, likelihood
/// and one-step error scale.
public struct ETSFit: Hashable, Codable, Sendable {
    public var form: ETSForm
    public var parameters: ETSParameters
    /// The states before the first observation (ℓ₀, b₀, s_{1−m} … s₀).
    public var initialState: ETSState
    /// The states after the last observation.
    public var state: ETSState
    /// The likelihood at the estimates, on the series' own scale.
    public var likelihood: ETSLikelihood
    /// k of the information criteria: estimated smoothing parameters and initial states, plus σ².
    public var parameterCount: Int
    /// The scale of the one-step errors: pooled over the series, √(Σε²/(n − k)) with n − k
    /// floored at 1, or the root mean square of the last errors when
    /// ``ETSEstimator/residualWindow`` asks for it.
    public var errorScale: ETSErrorScale

    /// σ̂ of the one-step errors: units for additive errors, a fraction of the forecast for
    /// multiplicative ones.
    public var sigma: Double { errorScale.sigma }

    /// AICc, the criterion automatic ETS selects by.
    public var aicc: Double { likelihood.aicc(parameters: parameterCount) }
    /// AIC.
    public var aic: Double { likelihood.aic(parameters: parameterCount) }

    /// The fit of `form` with `parameters` and the initial states `initial`, run over `y`; nil
    /// when the recursion breaks down (see ``ETSLikelihood/filter(_:from:_:_:)``).
    /// `estimatedCount` is the number of estimated smoothing parameters and initial states.
    public init?(_ y: [Double], form: ETSForm, parameters: ETSParameters, initial: ETSState, estimatedCount: Int) {
        var state = initial
        guard let likelihood = ETSLikelihood.filter(y, from: &state, form, parameters) else { return nil }
        self.form = form
        self.parameters = parameters
        self.initialState = initial
        self.state = state
        self.likelihood = likelihood
        self.parameterCount = estimatedCount + 1
        self.errorScale = .pooled(sumOfSquares: likelihood.sumOfSquaredErrors, count: y.count,
                                  parameterCount: parameterCount)
    }
}
