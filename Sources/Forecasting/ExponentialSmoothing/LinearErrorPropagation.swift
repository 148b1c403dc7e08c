/// Variances of forecast errors that are linear in the future one-step errors — exactly, or to
/// first order — per step and for the total over the first k steps.
///
/// With u_i the one-step error of period T + i (independent, variance v_i) and the error of
/// period T + j written e_j = Σ_{i ≤ j} ψ_{j,i}·u_i (ψ_{j,j} is usually 1):
/// - Var(e_j) = Σ_{i ≤ j} ψ_{j,i}²·v_i;
/// - Var(e_1 + … + e_k) = Σ_{i ≤ k} (Σ_{j=i..k} ψ_{j,i})²·v_i, which carries every covariance
///   between steps (Hyndman et al. 2008, §6.1: a shock moves all later forecasts alike).
///
/// O(horizon²) work and three arrays of `horizon` values.
enum LinearErrorPropagation {
    /// Standard deviations per step and of the cumulative totals, each `horizon` long.
    /// - Parameters:
    ///   - variance: v_i for i = 1 … horizon (units², ≥ 0).
    ///   - weight: ψ_{j,i} for 1 ≤ i ≤ j ≤ horizon.
    static func standardDeviations(horizon: Int, variance: (Int) -> Double,
                                   weight: (_ j: Int, _ i: Int) -> Double) -> (step: [Double], cumulative: [Double]) {
        guard horizon > 0 else { return ([], []) }
        var innovation = [Double](repeating: 0, count: horizon)
        for i in 1...horizon { innovation[i - 1] = max(0, variance(i)) }
        var columnSums = [Double](repeating: 0, count: horizon)
        var step = [Double](repeating: 0, count: horizon)
        var cumulative = [Double](repeating: 0, count: horizon)
        for j in 1...horizon {
            var stepVariance = 0.0
            var totalVariance = 0.0
            for i in 1...j {
                let psi = weight(j, i)
                columnSums[i - 1] += psi
                stepVariance += psi * psi * innovation[i - 1]
                totalVariance += columnSums[i - 1] * columnSums[i - 1] * innovation[i - 1]
            }
            step[j - 1] = stepVariance.squareRoot()
            cumulative[j - 1] = totalVariance.squareRoot()
        }
        return (step, cumulative)
    }
}
