/// Where each estimated quantity sits in the vector Nelder–Mead moves, and how it maps back.
///
/// Smoothing parameters travel as themselves — α, the shares β* = β/α and γ* = γ/(1 − α), and
/// φ — and a point outside their boxes (``ETSParameters/Bounds``) has no parameters, which the
/// objective answers with +∞, as R's `ets` does. (Logistic transforms were tried and rejected:
/// intermittent demand often puts α's optimum on its lower bound, and a simplex chasing a logit
/// towards −∞ never shrinks.) Initial states travel in units of the series' scale (the caller
/// divides the series by its mean absolute value), so one simplex size tolerance suits every
/// coordinate. Of m seasonal states, m − 1 are free and the last keeps their sum at 0 (additive)
/// or m (multiplicative), as in R's `ets`.
struct ETSParameterLayout {
    let form: ETSForm
    let fixed: ETSFixedParameters
    /// Whether the initial states (ℓ₀, b₀, s) are estimated; else held at the heuristic ones.
    let estimateStates: Bool
    /// Whether the m − 1 free seasonal states are estimated (with `estimateStates`).
    let estimateSeasons: Bool
    /// The box of α, within ``ETSParameters/Bounds/alpha``.
    let alphaBounds: ClosedRange<Double>
    private(set) var alpha: Int?
    private(set) var betaStar: Int?
    private(set) var gammaStar: Int?
    private(set) var phi: Int?
    private(set) var level: Int?
    private(set) var slope: Int?
    private(set) var seasons: Int?
    private(set) var dimension = 0

    init(form: ETSForm, fixed: ETSFixedParameters, estimateStates: Bool, estimateSeasons: Bool,
         alphaBounds: ClosedRange<Double> = ETSParameters.Bounds.alpha) {
        self.form = form
        self.fixed = fixed
        self.estimateStates = estimateStates
        self.alphaBounds = alphaBounds
        self.estimateSeasons = estimateStates && estimateSeasons && form.hasSeason
        func next() -> Int { defer { dimension += 1 }; return dimension }
        if fixed.alpha == nil { alpha = next() }
        if form.hasTrend, fixed.betaStar == nil { betaStar = next() }
        if form.hasSeason, fixed.gamma == nil { gammaStar = next() }
        if form.isDamped, fixed.phi == nil { phi = next() }
        if estimateStates {
            level = next()
            if form.hasTrend { slope = next() }
            if self.estimateSeasons {
                seasons = dimension
                dimension += form.period - 1
            }
        }
    }

    /// Estimated quantities (smoothing parameters and initial states), without σ².
    var estimatedCount: Int { dimension }

    /// Whether α is the only coordinate (a one-dimensional search).
    var searchesAlphaAlone: Bool { dimension == 1 && alpha == 0 }

    /// The smoothing parameters at `v`, or nil when `v` lies outside the bounds.
    func parameters(_ v: [Double]) -> ETSParameters? {
        guard let alpha = fixed.alpha ?? Self.inside(v, self.alpha, alphaBounds) else { return nil }
        return parameters(alpha: alpha, v)
    }

    /// The smoothing parameters with this α and the others at `v` or fixed (so `v` may be empty
    /// when α is the only coordinate), or nil when a coordinate lies outside its bounds.
    func parameters(alpha: Double, _ v: [Double] = []) -> ETSParameters? {
        var parameters = ETSParameters(alpha: alpha)
        if form.hasTrend {
            guard let share = fixed.betaStar ?? Self.inside(v, betaStar, ETSParameters.Bounds.betaShare) else { return nil }
            parameters.beta = alpha * share
        }
        if form.hasSeason {
            if let gamma = fixed.gamma {
                parameters.gamma = min(gamma, 1 - alpha)
            } else {
                guard let share = Self.inside(v, gammaStar, ETSParameters.Bounds.gammaShare) else { return nil }
                parameters.gamma = (1 - alpha) * share
            }
        }
        if form.isDamped {
            guard let phi = fixed.phi ?? Self.inside(v, phi, ETSParameters.Bounds.phi) else { return nil }
            parameters.phi = phi
        }
        return parameters
    }

    /// `v[index]` if it lies in `range`.
    private static func inside(_ v: [Double], _ index: Int?, _ range: ClosedRange<Double>) -> Double? {
        guard let index, range.contains(v[index]) else { return nil }
        return v[index]
    }

    /// Writes the initial states at `v` into `state` (whose shape matches the form), leaving
    /// those not estimated as they are.
    func writeStates(_ v: [Double], into state: inout ETSState) {
        if let level { state.level = v[level] }
        if let slope { state.slope = v[slope] }
        if let seasons {
            let m = form.period
            var total = 0.0
            for j in 0..<(m - 1) {
                state.seasons[j] = v[seasons + j]
                total += v[seasons + j]
            }
            state.seasons[m - 1] = (form.season == .multiplicative ? Double(m) : 0) - total
        }
        state.seasonCursor = 0
    }

    /// The vector for `parameters` and `state` (inside the bounds).
    func start(_ parameters: ETSParameters, _ state: ETSState) -> [Double] {
        var x = [Double](repeating: 0, count: dimension)
        func place(_ index: Int?, _ value: Double, _ range: ClosedRange<Double>) {
            guard let index else { return }
            x[index] = min(max(value, range.lowerBound), range.upperBound)
        }
        place(alpha, parameters.alpha, alphaBounds)
        place(betaStar, parameters.beta / parameters.alpha, ETSParameters.Bounds.betaShare)
        place(gammaStar, parameters.gamma / (1 - parameters.alpha), ETSParameters.Bounds.gammaShare)
        place(phi, parameters.phi, ETSParameters.Bounds.phi)
        if let level { x[level] = state.level }
        if let slope { x[slope] = state.slope }
        if let seasons {
            for j in 0..<(form.period - 1) { x[seasons + j] = state.seasons[j] }
        }
        return x
    }

    /// Nelder–Mead's first steps from `x` (a feasible point), `scale` times the base steps (0.1
    /// for the weights, 0.02 for φ, 0.25 for the level, 0.05 for the slope, 0.1 or 0.05 for
    /// seasonal states, in scaled units), each pointing into its box so that the whole first
    /// simplex is feasible.
    func steps(from x: [Double], scale: Double) -> [Double] {
        var steps = [Double](repeating: 0.25 * scale, count: dimension)
        func point(_ index: Int?, _ range: ClosedRange<Double>, _ step: Double) {
            guard let index else { return }
            steps[index] = x[index] + step * scale <= range.upperBound ? step * scale : -step * scale
        }
        point(alpha, alphaBounds, 0.1)
        point(betaStar, ETSParameters.Bounds.betaShare, 0.1)
        point(gammaStar, ETSParameters.Bounds.gammaShare, 0.1)
        point(phi, ETSParameters.Bounds.phi, 0.02)
        if let slope { steps[slope] = 0.05 * scale }
        if let seasons {
            for j in 0..<(form.period - 1) {
                steps[seasons + j] = (form.season == .multiplicative ? 0.05 : 0.1) * scale
            }
        }
        return steps
    }
}
