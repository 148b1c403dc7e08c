import GSL

/// The unconditional covariance of a stationary ARMA process's state vector (per unit of
/// innovation variance σ²), which starts the exact-likelihood Kalman filter (``ARMAKalmanFilter``,
/// which needs its first column only): the filter then gives the exact Gaussian likelihood of the
/// first observations too, instead of conditioning on them.
///
/// The state is Harvey's (1989, §3.3): with r = max(p, q + 1), αₜ[0] = wₜ and, for i ≥ 1,
/// αₜ[i] = Σ_{l=0}^{r−1−i} (φ_{i+l+1}·wₜ₋₁₋ₗ + θ_{i+l}·εₜ₋ₗ). Its covariances follow from the
/// autocovariances γ(k) of w and the cross-covariances E[wₛ εᵤ] = ψ_{s−u}: the route of R's
/// `SSinit = "Rossignol2011"` rather than Gardner et al.'s (1980) linear system of r(r + 1)/2
/// unknowns. The γ(0 … p) come from the (p + 1) × (p + 1) linear equations of Brockwell & Davis
/// (1991, §3.3, method 2), solved by GSL's LU decomposition, and the later ones by the AR recursion.
struct ARMAStationaryCovariance {
    let ar: [Double]
    let ma: [Double]
    /// The solver of the autocovariance equations, of dimension `ar.count + 1` (nil for a pure MA).
    let solver: LinearSystemSolver?

    /// A solver sized for AR polynomials of degree `arDegree`, or nil when none is needed.
    static func solver(arDegree: Int) -> LinearSystemSolver? {
        arDegree > 0 ? try? LinearSystemSolver(dimension: arDegree + 1) : nil
    }

    /// γ(0 … maxLag) of w per unit σ², or nil when the equations are singular (a unit root).
    func autocovariances(maxLag: Int, psi: [Double]) -> [Double]? {
        let p = ar.count
        let phi = { (i: Int) -> Double in i >= 1 && i <= p ? ar[i - 1] : 0 }
        let theta = { (j: Int) -> Double in j == 0 ? 1 : (j <= ma.count ? ma[j - 1] : 0) }
        // Right-hand side: Σ_{j=k}^{q} θⱼ ψ_{j−k}.
        let moving = { (k: Int) -> Double in
            guard k <= ma.count else { return 0 }
            var sum = 0.0
            for j in k...ma.count { sum += theta(j) * psi[j - k] }
            return sum
        }
        var gamma = [Double](repeating: 0, count: max(maxLag, p) + 1)
        if p > 0 {
            guard let solver, solver.dimension == p + 1 else { return nil }
            var matrix = [Double](repeating: 0, count: (p + 1) * (p + 1))
            for k in 0...p {
                matrix[k * (p + 1) + k] = 1
                for l in 0...p {
                    // γ(|k − i|) = γ(l) for i = k + l and, when l > 0, for i = k − l.
                    matrix[k * (p + 1) + l] -= phi(k + l)
                    if l > 0 { matrix[k * (p + 1) + l] -= phi(k - l) }
                }
            }
            guard let solved = try? solver.solve(matrix: matrix, rhs: (0...p).map(moving)) else { return nil }
            for k in 0...p { gamma[k] = solved[k] }
        } else {
            gamma[0] = moving(0)
        }
        if gamma.count > p + 1 {
            for k in (p + 1)..<gamma.count {
                var value = moving(k)
                for i in stride(from: 1, through: p, by: 1) { value += phi(i) * gamma[k - i] }
                gamma[k] = value
            }
        }
        guard gamma[0] > 0, gamma.allSatisfy(\.isFinite) else { return nil }
        return gamma
    }

    /// The first column of P₀ = Cov(αₜ)/σ² (r values: Cov(αₜ[j], wₜ)/σ²), or nil for a
    /// non-stationary AR part: all the Kalman filter needs (``ARMAKalmanFilter``). With
    /// αₜ[0] = wₜ, entry j sums φ-terms Cov(wₜ₋₁₋ₗ, wₜ) = γ(l + 1) and θ-terms Cov(εₜ₋ₗ, wₜ) = ψₗ.
    func firstColumn(dimension r: Int) -> [Double]? {
        let psi = ARIMAPolynomial.psiWeights(ar: ar, ma: ma, count: r + 1)
        guard let gamma = autocovariances(maxLag: r, psi: psi) else { return nil }
        var column = [Double](repeating: 0, count: r)
        column[0] = gamma[0]
        for j in stride(from: 1, to: r, by: 1) {
            var value = 0.0
            for l in 0...(r - 1 - j) {
                if j + l + 1 <= ar.count { value += ar[j + l] * gamma[l + 1] }
                if j + l <= ma.count { value += ma[j + l - 1] * psi[l] }
            }
            column[j] = value
        }
        return column.allSatisfy(\.isFinite) ? column : nil
    }
}
