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
///
/// **One-dimensional searches.** When α is the only quantity left to estimate (initial states
/// held, every other parameter fixed or absent — SES started at its first value), the search is
/// ``SmoothingWeightSearch`` instead (GSL's Brent minimiser on a bracket from a grid, the search
/// of every single smoothing weight; ``searchAlpha(_:_:_:)``).
struct ETSEstimator {
    /// Where the initial states come from.
    enum InitialStates: Hashable, Sendable {
        /// Estimated with the smoothing parameters, from the heuristic start (R's `ets`).
        case estimated
        /// ℓ₀ = y₁, the first value (so the first one-step error is 0), the other states
        /// heuristic and held — SES as Brown and statsforecast's `SimpleExponentialSmoothing`
        /// start it. ℓ₀ still counts as an estimated quantity (from one observation) in the
        /// information criteria and in σ̂'s degrees of freedom.
        case firstValue
    }

    var form: ETSForm
    var fixed: ETSFixedParameters = .none
    /// Where ℓ₀, b₀ and the seasonal states come from.
    var initialStates = InitialStates.estimated
    /// The range α is searched in, within ``ETSParameters/Bounds/alpha``.
    var alphaBounds = ETSParameters.Bounds.alpha
    /// When set, σ̂ is the root mean square of the fit's last `residualWindow` one-step errors
    /// (``ResidualScale``, as the baseline forecasters estimate it) instead of all of them on
    /// n − k degrees of freedom.
    var residualWindow: Int?
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
        if initialStates == .firstValue { heuristic.level = scaled[0] }
        let layout = ETSParameterLayout(form: form, fixed: fixed, estimateStates: initialStates == .estimated,
                                        estimateSeasons: estimateSeasons && form.period <= Self.longestEstimatedSeason,
                                        alphaBounds: alphaBounds)
        let estimatedCount = layout.estimatedCount + (initialStates == .firstValue ? 1 : 0)
        guard y.count >= estimatedCount + Self.spareObservations else { return nil }
        let startParameters = startingParameters()
        var best = (parameters: startParameters, state: heuristic)
        if layout.searchesAlphaAlone {
            guard let alpha = searchAlpha(scaled, layout, heuristic) else { return nil }
            best.parameters = alpha
        } else if layout.dimension > 0 {
            guard let found = search(scaled, layout, from: layout.start(startParameters, heuristic), heuristic)
            else { return nil }
            layout.writeStates(found.x, into: &heuristic)
            best = (found.parameters, heuristic)
        } else if let parameters = layout.parameters([]) {
            best.parameters = parameters
        }
        guard var fit = ETSFit(y, form: form, parameters: best.parameters, initial: Self.rescaled(best.state, form, by: scale),
                               estimatedCount: estimatedCount) else { return nil }
        if let residualWindow { fit.errorScale = recentErrorScale(y, fit, window: residualWindow) }
        return fit
    }

    /// The last `window` one-step errors of `fit` run over `y` (the first left out when ℓ₀ = y₁,
    /// where it is 0 by construction).
    private func recentErrorScale(_ y: [Double], _ fit: ETSFit, window: Int) -> ETSErrorScale {
        var errors = ETSErrorScale.recent(window: window)
        let firstRecorded = max(y.count - window, initialStates == .firstValue ? 1 : 0)
        if form.error == .additive, !form.hasTrend, !form.hasSeason {
            // ETS(A,N,N): ETSState.update's arithmetic on the level alone (the same bits).
            var level = fit.initialState.level
            let alpha = fit.parameters.alpha
            for (index, value) in y.enumerated() {
                let error = value - level
                if index >= firstRecorded { errors.record(error) }
                level += alpha * error
            }
            return errors
        }
        var state = fit.initialState
        for (index, value) in y.enumerated() {
            let error = state.update(with: value, form, fit.parameters).error
            if index >= firstRecorded { errors.record(error) }
        }
        return errors
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
        let objective = { (v: [Double]) in criterion(y, layout, at: v, from: initial, scratch: &scratch) }
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

    /// The concentrated criterion at the search vector `v` (+∞ outside the bounds or where the
    /// recursion breaks down), the states not in `v` held at `initial`; `scratch` (of the same
    /// shape as `initial`) is overwritten, so that an evaluation allocates nothing.
    func criterion(_ y: [Double], _ layout: ETSParameterLayout, at v: [Double], from initial: ETSState,
                   scratch: inout ETSState) -> Double {
        scratch.reset(to: initial)
        layout.writeStates(v, into: &scratch)
        guard let parameters = layout.parameters(v),
              let likelihood = ETSLikelihood.filter(y, from: &scratch, form, parameters) else {
            return .infinity
        }
        return likelihood.concentratedCriterion
    }

    /// Seasons longer than this keep their heuristic initial states (R's `ets` refuses them).
    static let longestEstimatedSeason = 24
    /// A form is fitted only with at least this many observations beyond its estimated
    /// quantities (R's `ets` asks for n > npar + 4 before it estimates anything).
    static let spareObservations = 4

    /// R's starting values (`initparam` with the usual bounds, α kept within `alphaBounds`), or the
    /// fixed values.
    private func startingParameters() -> ETSParameters {
        let alpha = fixed.alpha ?? 0.2 / Double(form.period)
        let (lowest, highest) = (max(0.01, alphaBounds.lowerBound), min(0.99, alphaBounds.upperBound))
        var parameters = ETSParameters(alpha: min(max(alpha, lowest), highest))
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
