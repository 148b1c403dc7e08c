import GSL

/// The one search for a single smoothing weight: SES's α (``ETSEstimator``, when α is the only
/// quantity estimated) and the weights of Croston, TSB, ADIDA and IMAPA (``SmoothingWeight``).
/// The best point of an evenly spaced grid over `bounds`, refined by GSL's Brent minimiser
/// (``Minimizer``) between its neighbours.
///
/// **Bracketing.** Brent needs lower < guess < upper with f(guess) below both ends. A minimum on
/// a bound is common (a noisy series wants the smallest weight, a random walk the largest), so
/// the objective is extended beyond each bound by its value there plus a penalty growing with the
/// distance, (1 + |f(bound)|) per unit: the extension lies above the bound's value, the grid's
/// best point brackets the minimum even when it is a bound itself, and Brent converges onto it.
/// The answer is clamped to `bounds`, and kept only if it is no worse than the grid's best point
/// (which stands should GSL refuse, as it does for ties at the guess).
///
/// **A minimum on a bound, probed.** With ``probesBounds`` set, a grid whose best point is a
/// bound first evaluates the objective `tolerance` inside it: when it is no lower there, the bound
/// is the minimum to within the tolerance Brent would reach, and it stands without Brent's ten or
/// so evaluations. SES's α uses the probe (on noisy demand its least-squares α often sits on the
/// lower bound, and the probe halves the cost of those fits); the intermittent weights do not,
/// because their fits refine onto the bound and their figures are held to statsforecast's.
///
/// Cost: `gridPoints` evaluations, then Brent's (about ten at the tolerances used here).
struct SmoothingWeightSearch {
    /// The weights searched (lower < upper, or a single point).
    var bounds: ClosedRange<Double>
    /// Points of the evenly spaced grid, both bounds included (≥ 2).
    var gridPoints: Int
    /// Brent stops when its bracket on the weight is narrower than this (> 0).
    var tolerance: Double
    /// Whether a best grid point on a bound is probed before Brent runs (see above).
    var probesBounds = false

    /// The outcome of a search.
    struct Minimum: Hashable {
        /// The weight found, within `bounds`.
        var weight: Double
        /// The objective there.
        var value: Double
        /// Whether the objective was flat on the grid (within 1e-14 of its magnitude): the weight
        /// is then the lower bound, and no minimum was told apart.
        var isFlat: Bool
    }

    /// The minimum of `objective` on `bounds`; nil when the objective is infinite or NaN all over
    /// the grid.
    func minimum(of objective: (Double) -> Double) -> Minimum? {
        precondition(gridPoints >= 2 && tolerance > 0, "SmoothingWeightSearch: needs ≥ 2 grid points and a tolerance > 0")
        let step = (bounds.upperBound - bounds.lowerBound) / Double(gridPoints - 1)
        var (best, bestValue, worstValue) = (bounds.lowerBound, 0.0, 0.0)
        var (lowValue, highValue) = (0.0, 0.0)
        for index in 0..<gridPoints {
            let weight = bounds.lowerBound + step * Double(index)
            let value = objective(weight)
            if index == 0 { (bestValue, worstValue, lowValue) = (value, value, value) }
            if index == gridPoints - 1 { highValue = value }
            if value < bestValue { (bestValue, best) = (value, weight) }
            worstValue = max(worstValue, value)
        }
        guard bestValue < .infinity else { return nil }
        guard worstValue - bestValue > 1e-14 * max(abs(bestValue), 1e-300), step > 0 else {
            return Minimum(weight: bounds.lowerBound, value: lowValue, isFlat: true)
        }
        if probesBounds, let bound = [bounds.lowerBound, bounds.upperBound].first(where: { $0 == best }) {
            let inside = bound == bounds.lowerBound ? bound + tolerance : bound - tolerance
            if objective(inside) >= bestValue { return Minimum(weight: best, value: bestValue, isFlat: false) }
        }
        // Beyond a bound: the value at the bound, plus a penalty that makes it strictly larger.
        let extended = { (weight: Double) -> Double in
            if weight < bounds.lowerBound { return lowValue + (bounds.lowerBound - weight) * (1 + abs(lowValue)) }
            if weight > bounds.upperBound { return highValue + (weight - bounds.upperBound) * (1 + abs(highValue)) }
            return objective(weight)
        }
        guard let found = try? Minimizer().minimize(extended, guess: best, lower: best - step, upper: best + step,
                                                    absoluteTolerance: tolerance)
        else { return Minimum(weight: best, value: bestValue, isFlat: false) }
        let weight = min(max(found.x, bounds.lowerBound), bounds.upperBound)
        let value = weight == found.x ? found.value : objective(weight)
        return value <= bestValue ? Minimum(weight: weight, value: value, isFlat: false)
                                  : Minimum(weight: best, value: bestValue, isFlat: false)
    }
}
