import GSL

/// Maximum likelihood estimation of an ETS model with GSL's Nelder–Mead simplex
/// (``SimplexMinimizer``), as R's `ets` and statsforecast's `AutoETS` do it (Hyndman et al.
/// 2008, §5.2): the concentrated criterion n·log Σε² + 2Σ log|μ_t| is minimised jointly over the
/// free smoothing parameters (within the usual bounds) and the initial states, starting from the
/// heuristic states of ``ETSInitialState`` and R's starting parameters (α = 0.2/m, β* = 0.1,
/// γ = 0.05(1 − α); φ = 0.95 rather than R's 0.978, so that the first simplex is not pressed
/// against φ's upper bound 0.98). For additive errors this is least squares: minimising
/// n·log Σu² is minimising the in-sample one-step sum of squared errors. See
/// ``ETSParameterLayout`` for how the bounds are kept and ``search`` for the restart.
///
/// The series is divided by its mean absolute value before the search (every ETS form is
/// equivariant under scaling), so one simplex tolerance serves any units from 10⁻³ to 10⁹.
struct ETSEstimator {
    var form: ETSForm
    var fixed: ETSFixedParameters = .none
    /// Whether ℓ₀ and b₀ are estimated (else held at the heuristic values).
    var estimateStates = true
    /// Whether the m − 1 free seasonal states are estimated (else held at the decomposition's
    /// indices). R's `ets` estimates them and allows m ≤ 24 only; longer seasons would make the
    /// simplex search long and unreliable.
    var estimateSeasons = true
    /// Nelder–Mead stops when the simplex is smaller than this (in smoothing parameters and
    /// scaled states).
    var sizeTolerance = 1e-3
    /// At most this many iterations per unit of dimension.
    var iterationsPerDimension = 200

    /// The fitted model, or nil when the form cannot be fitted to `y` (too short for its
    /// parameters, no heuristic seasonal states, or no start where the likelihood is finite).
    func fit(_ y: [Double]) -> ETSFit? {
        let scale = y.reduce(0) { $0 + abs($1) } / Double(max(y.count, 1))
        guard scale > 0, scale.isFinite else { return nil }
        let scaled = y.map { $0 / scale }
        guard var heuristic = ETSInitialState.heuristic(scaled, form) else { return nil }
        let layout = ETSParameterLayout(form: form, fixed: fixed, estimateStates: estimateStates,
                                        estimateSeasons: estimateSeasons && form.period <= Self.longestEstimatedSeason)
        guard y.count >= layout.estimatedCount + Self.spareObservations else { return nil }
        let startParameters = startingParameters()
        var best = (parameters: startParameters, state: heuristic)
        if layout.dimension > 0 {
            guard let found = search(scaled, layout, from: layout.start(startParameters, heuristic), heuristic)
            else { return nil }
            layout.writeStates(found.x, into: &heuristic)
            best = (found.parameters, heuristic)
        } else if let parameters = layout.parameters([]) {
            best.parameters = parameters
        }
        return ETSFit(y, form: form, parameters: best.parameters, initial: Self.rescaled(best.state, form, by: scale),
                      estimatedCount: layout.estimatedCount)
    }

    /// The Nelder–Mead search from `start`: a first pass to 10× `sizeTolerance`, then a restart
    /// from its best corner with a simplex a quarter the size, to `sizeTolerance`. A simplex can
    /// collapse before reaching the optimum along a flat valley (ℓ₀ when α is near 1, say); the
    /// restart is the standard remedy, and on the Online Retail II windows it finds better
    /// likelihoods than one pass to the final tolerance for fewer evaluations. Nil when GSL
    /// fails.
    func search(_ y: [Double], _ layout: ETSParameterLayout, from start: [Double],
                        _ initial: ETSState) -> (x: [Double], parameters: ETSParameters)? {
        var scratch = initial
        let objective = { (v: [Double]) -> Double in
            scratch.reset(to: initial)
            layout.writeStates(v, into: &scratch)
            guard let parameters = layout.parameters(v),
                  let likelihood = ETSLikelihood.filter(y, from: &scratch, form, parameters) else {
                return .infinity
            }
            return likelihood.concentratedCriterion
        }
        let iterations = iterationsPerDimension * layout.dimension
        guard let minimizer = try? SimplexMinimizer(dimension: layout.dimension),
              var result = try? minimizer.minimize(objective, start: start, stepSizes: layout.steps(from: start, scale: 1),
                                                   sizeTolerance: 10 * sizeTolerance, maximumIterations: iterations)
        else { return nil }
        if let polished = try? minimizer.minimize(objective, start: result.x, stepSizes: layout.steps(from: result.x, scale: 0.25),
                                                  sizeTolerance: sizeTolerance, maximumIterations: iterations),
           polished.value <= result.value {
            result = polished
        }
        return layout.parameters(result.x).map { (result.x, $0) }
    }

    /// Seasons longer than this keep their heuristic initial states (R's `ets` refuses them).
    static let longestEstimatedSeason = 24
    /// A form is fitted only with at least this many observations beyond its estimated
    /// quantities (R's `ets` asks for n > npar + 4 before it estimates anything).
    static let spareObservations = 4

    /// R's starting values (`initparam` with the usual bounds), or the fixed values.
    private func startingParameters() -> ETSParameters {
        let alpha = fixed.alpha ?? 0.2 / Double(form.period)
        var parameters = ETSParameters(alpha: min(max(alpha, 0.01), 0.99))
        parameters.beta = parameters.alpha * (fixed.betaStar ?? 0.1)
        parameters.gamma = min(fixed.gamma ?? 0.05 * (1 - parameters.alpha), 1 - parameters.alpha)
        parameters.phi = form.isDamped ? fixed.phi ?? 0.95 : 1
        return parameters
    }

    /// States found on the scaled series, back in the series' units.
    private static func rescaled(_ state: ETSState, _ form: ETSForm, by scale: Double) -> ETSState {
        var result = state
        result.level *= scale
        result.slope *= scale
        if form.season == .additive {
            for j in result.seasons.indices { result.seasons[j] *= scale }
        }
        return result
    }
}
