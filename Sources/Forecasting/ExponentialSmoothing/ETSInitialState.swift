/// Heuristic initial states, the starting point of the likelihood search (Hyndman et al. 2008,
/// §2.6.1, as R's `ets` does it):
/// - seasonal states: the indices of a classical decomposition of the whole series
///   (``ClassicalDecomposition``), so at least two full seasons are needed;
/// - level and slope: on the first max(10, 2m) seasonally adjusted values (all of them when the
///   series is shorter), the mean as ℓ₀ without a trend, else the least-squares line against
///   t = 1, 2, … with its intercept (t = 0) as ℓ₀ and its slope as b₀.
enum ETSInitialState {
    /// The heuristic states for `form` on `y`; nil when the seasonal indices cannot be computed
    /// (fewer than two seasons, or a multiplicative season on data with zero trend values).
    static func heuristic(_ y: [Double], _ form: ETSForm) -> ETSState? {
        var adjusted = y
        var seasons: [Double] = []
        if form.hasSeason {
            let multiplicative = form.season == .multiplicative
            guard let indices = ClassicalDecomposition.seasonalIndices(y, period: form.period,
                                                                       multiplicative: multiplicative) else { return nil }
            seasons = indices
            for t in adjusted.indices {
                let s = indices[t % form.period]
                adjusted[t] = multiplicative ? adjusted[t] / s : adjusted[t] - s
            }
        }
        let count = min(max(10, 2 * form.period), y.count)
        let head = adjusted.prefix(count)
        guard form.hasTrend, count >= 2 else {
            return ETSState(level: head.reduce(0, +) / Double(max(count, 1)), seasons: seasons)
        }
        let (intercept, slope) = leastSquaresLine(Array(head))
        return ETSState(level: intercept, slope: slope, seasons: seasons)
    }

    /// The line a + b·t fitted by least squares to values at t = 1, 2, …, n (n ≥ 2).
    static func leastSquaresLine(_ values: [Double]) -> (intercept: Double, slope: Double) {
        let n = Double(values.count)
        let meanT = (n + 1) / 2
        let meanY = values.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for (index, value) in values.enumerated() {
            let dt = Double(index + 1) - meanT
            sxy += dt * (value - meanY)
            sxx += dt * dt
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        return (meanY - slope * meanT, slope)
    }
}
