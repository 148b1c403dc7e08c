import GSL

/// The one-dimensional search of ``ETSEstimator``: α alone, by GSL's Brent minimiser
/// (``Minimizer``).
///
/// Brent needs a bracket lower < guess < upper with f(guess) below both ends. The criterion of
/// SES is usually unimodal in α but can be monotone (a random walk pushes α to its upper bound, a
/// noisy constant to its lower one) or flat, so the bracket comes from a grid: the ends of
/// `alphaBounds` and the points of ``alphaGridPoints`` strictly between them. When the grid's best
/// point is strictly below both neighbours, Brent refines the minimum between them to within
/// ``alphaTolerance``; otherwise the best grid point is the answer (ties go to the smaller α, the
/// smoother forecast). Should GSL report an error, the grid point stands.
extension ETSEstimator {
    /// The inner points of the bracketing grid, increasing.
    static let alphaGridPoints: [Double] = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    /// Brent stops when its bracket on α is narrower than this.
    static let alphaTolerance = 1e-4

    /// The grid over `bounds`: both ends and the points of ``alphaGridPoints`` strictly inside.
    static func alphaGrid(within bounds: ClosedRange<Double>) -> [Double] {
        let inner = alphaGridPoints.filter { $0 > bounds.lowerBound && $0 < bounds.upperBound }
        return bounds.lowerBound == bounds.upperBound ? [bounds.lowerBound]
                                                      : [bounds.lowerBound] + inner + [bounds.upperBound]
    }

    /// The smoothing parameters with the α that minimises the concentrated criterion, the
    /// states held at `initial`; nil when the criterion is infinite all over the grid.
    func searchAlpha(_ y: [Double], _ layout: ETSParameterLayout, _ initial: ETSState) -> ETSParameters? {
        var scratch = initial
        var point = [0.0]
        let objective = { (alpha: Double) -> Double in
            point[0] = alpha
            return criterion(y, layout, at: point, from: initial, scratch: &scratch)
        }
        return Self.minimizingAlpha(objective, within: layout.alphaBounds).flatMap { layout.parameters([$0]) }
    }

    /// The α in `bounds` that minimises `objective`: the grid's best point, refined by Brent when
    /// its neighbours bracket a minimum; nil when the objective is infinite all over the grid.
    static func minimizingAlpha(_ objective: (Double) -> Double, within bounds: ClosedRange<Double>) -> Double? {
        let grid = alphaGrid(within: bounds)
        let values = grid.map(objective)
        var best = 0
        for index in values.indices where values[index] < values[best] { best = index }
        guard values[best].isFinite else { return nil }
        guard best > 0, best < grid.count - 1, values[best] > -Double.greatestFiniteMagnitude,
              values[best] < values[best - 1], values[best] < values[best + 1],
              let minimum = try? Minimizer().minimize(objective, guess: grid[best], lower: grid[best - 1],
                                                      upper: grid[best + 1], absoluteTolerance: alphaTolerance),
              minimum.value <= values[best]
        else { return grid[best] }
        return min(max(minimum.x, grid[best - 1]), grid[best + 1])
    }
}
