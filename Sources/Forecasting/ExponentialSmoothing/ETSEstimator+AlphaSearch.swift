/// The one-dimensional search of ``ETSEstimator``: α alone, by ``SmoothingWeightSearch`` (the
/// search every single smoothing weight is fitted with: an even grid over the bounds, refined by
/// GSL's Brent minimiser, a minimum on a bound probed).
///
/// **No warm start.** Starting a closed-loop refit near the previous fit's α (a window of ±0.05
/// searched first, the full search when the minimum lies on its edge) was tried and dropped: on
/// noisy demand the criterion is so flat in α that the fitted α moves by 0.05–0.4 between refits
/// 28 periods apart, the window held the minimum in only about half the refits, and the
/// criterion evaluations per refit rose from 22.5 to 23.2 (700 refits of negative binomial
/// series with mean 6, the demand of `Scenarios/bench-1k.yaml`).
extension ETSEstimator {
    /// Points of the grid, both bounds of α included.
    static let alphaGridPoints = 11
    /// Brent stops when its bracket on α is narrower than this.
    static let alphaTolerance = 1e-4

    /// The smoothing parameters with the α that minimises the criterion, the states held at
    /// `initial`; nil when the criterion is infinite all over the grid. Under additive errors
    /// the criterion n·log Σu² is minimised where Σu² is, so the search minimises the sum of
    /// squares itself (no logarithm per evaluation). Each evaluation runs on a copy of `initial`
    /// and captures nothing mutable, so it allocates nothing and needs no exclusivity checks.
    func searchAlpha(_ y: [Double], _ layout: ETSParameterLayout, _ initial: ETSState) -> ETSParameters? {
        let (form, bounds) = (self.form, layout.alphaBounds)
        let objective = { (alpha: Double) -> Double in
            guard bounds.contains(alpha), let parameters = layout.parameters(alpha: alpha) else { return .infinity }
            var state = initial
            guard let likelihood = ETSLikelihood.filter(y, from: &state, form, parameters) else { return .infinity }
            return form.error == .additive ? likelihood.sumOfSquaredErrors : likelihood.concentratedCriterion
        }
        let search = SmoothingWeightSearch(bounds: bounds, gridPoints: Self.alphaGridPoints,
                                           tolerance: Self.alphaTolerance, probesBounds: true)
        return search.minimum(of: objective).flatMap { layout.parameters(alpha: $0.weight) }
    }
}
