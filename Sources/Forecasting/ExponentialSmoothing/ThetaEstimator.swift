import GSL

/// Fits one ``ThetaVariant`` to a series by least squares, as Fiorucci et al. (2016) and
/// statsforecast's `AutoTheta` do: the initial level ℓ₀, α ∈ [0.1, 0.99] and, for the optimised
/// variants, θ ∈ [1, 10¹⁰] minimise the sum of squared one-step errors y_t − μ_t over t ≥ 4
/// (the first three errors, made before the states have seen enough, are left out as
/// statsforecast leaves them out).
///
/// **Search.** GSL's Nelder–Mead simplex (``SimplexMinimizer``) from statsforecast's starting
/// values ℓ₀ = y₁/2, α = 0.5, θ = 2 (simplex 5% of each), over (ℓ₀/s, α, θ) with s the mean absolute value (so one
/// size tolerance fits every series); points outside the bounds count as +∞. As in
/// ``ETSEstimator``, a first pass to 10× the tolerance is followed by a restart from its best
/// corner with a smaller simplex.
struct ThetaEstimator {
    let variant: ThetaVariant

    /// The fitted parameters and what the fit leaves behind.
    struct Fit: Hashable, Sendable {
        var variant: ThetaVariant
        var initialLevel: Double
        var alpha: Double
        var theta: Double
        /// The state after the last observation.
        var state: ThetaState
        /// Σ(y_t − μ_t)² over t ≥ 4, units².
        var sumOfSquares: Double
        /// The errors in that sum.
        var errorCount: Int
        /// The in-sample one-step mean squared error (the selection criterion), units².
        var meanSquaredError: Double { sumOfSquares / Double(max(errorCount, 1)) }
    }

    static let alphaBounds = 0.1...0.99
    static let thetaBounds = 1.0...1e10
    /// Errors before this index (0-based) are left out of the criterion.
    static let burnIn = 3
    static let sizeTolerance = 1e-7
    static let maximumIterations = 2000

    /// The least-squares fit, nil when the series is too short to have errors past the burn-in
    /// or GSL fails. For an optimised variant, `nested` (the fit of the standard variant it
    /// nests, θ = 2) is a second start, so that the estimated θ never fits worse than θ = 2.
    func fit(_ y: [Double], nested: Fit? = nil) -> Fit? {
        guard y.count > Self.burnIn + 1 else { return nil }
        let scale = max(y.reduce(0) { $0 + abs($1) } / Double(y.count), 1e-10)
        let objective = { (v: [Double]) in
            self.parameters(v, scale: scale).map { self.evaluate(y, $0).sumOfSquares / (scale * scale) } ?? .infinity
        }
        var starts = [[y[0] / 2 / scale, 0.5]]
        if let nested { starts.append([nested.initialLevel / scale, nested.alpha]) }
        if variant.estimatesTheta { starts = starts.map { $0 + [ThetaVariant.standardTheta] } } else { starts = [starts[0]] }
        guard let minimizer = try? SimplexMinimizer(dimension: starts[0].count) else { return nil }
        let results = starts.compactMap { Self.search(objective, from: $0, with: minimizer) }
        guard let best = results.min(by: { $0.value < $1.value }), let found = parameters(best.x, scale: scale) else { return nil }
        let fit = evaluate(y, found)
        return fit.sumOfSquares.isFinite ? fit : nil
    }

    /// Nelder–Mead from `start` with a simplex 5% of each coordinate (as statsforecast's), to
    /// 10× the tolerance, then restarted from its best corner with a quarter-size simplex.
    private static func search(_ objective: ([Double]) -> Double, from start: [Double],
                               with minimizer: SimplexMinimizer) -> SimplexMinimizer.Result? {
        let steps = start.map { max(0.05 * abs($0), 1e-4) }
        guard var result = try? minimizer.minimize(objective, start: start, stepSizes: steps,
                                                   sizeTolerance: 10 * sizeTolerance, maximumIterations: maximumIterations)
        else { return nil }
        if let polished = try? minimizer.minimize(objective, start: result.x, stepSizes: steps.map { $0 / 4 },
                                                  sizeTolerance: sizeTolerance, maximumIterations: maximumIterations),
           polished.value <= result.value {
            result = polished
        }
        return result
    }

    /// (ℓ₀, α, θ) of the search vector, nil outside the bounds.
    func parameters(_ v: [Double], scale: Double) -> (initialLevel: Double, alpha: Double, theta: Double)? {
        let theta = variant.estimatesTheta ? v[2] : ThetaVariant.standardTheta
        guard Self.alphaBounds.contains(v[1]), Self.thetaBounds.contains(theta), v[0].isFinite else { return nil }
        return (v[0] * scale, v[1], theta)
    }

    /// Runs the recursions over `y` (count ≥ 1) with the given parameters.
    func evaluate(_ y: [Double], _ p: (initialLevel: Double, alpha: Double, theta: Double)) -> Fit {
        let dynamic = variant.isDynamic
        var state = ThetaState(first: y, initialLevel: p.initialLevel, alpha: p.alpha, dynamic: dynamic)
        var sumOfSquares = 0.0
        var decay = 1 - p.alpha
        for index in 1..<y.count {
            let error = y[index] - state.oneStepMean(alpha: p.alpha, theta: p.theta, decay: decay)
            if index >= Self.burnIn { sumOfSquares += error * error }
            state.absorb(y[index], alpha: p.alpha, dynamic: dynamic)
            decay *= 1 - p.alpha
        }
        if !sumOfSquares.isFinite { sumOfSquares = .infinity }
        return Fit(variant: variant, initialLevel: p.initialLevel, alpha: p.alpha, theta: p.theta, state: state,
                   sumOfSquares: sumOfSquares, errorCount: max(y.count - Self.burnIn, 0))
    }
}
