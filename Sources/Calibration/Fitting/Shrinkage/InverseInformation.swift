import GSL

/// The covariance of maximum-likelihood estimates: the inverse of their Fisher information,
/// through GSL's Cholesky factorisation (``PositiveDefiniteSystem``), one solve per unit vector.
enum InverseInformation {
    /// The inverse of the n × n symmetric positive-definite `information` (row-major).
    /// - Throws: the GSL status when the matrix is not positive definite (a parameter without
    ///   information, or two that the data cannot tell apart).
    static func covariance(_ information: [Double], dimension n: Int) throws(GSLError) -> [Double] {
        var inverse = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            var unit = [Double](repeating: 0, count: n)
            unit[column] = 1
            let solution = try PositiveDefiniteSystem.solve(matrix: information, rhs: unit)
            for row in 0..<n { inverse[row * n + column] = solution[row] }
        }
        return inverse
    }

    /// The variances (the diagonal of the inverse). When the Cholesky factorisation fails, the
    /// reciprocal diagonal 1/I_jj (the variance as if the other parameters were known) with the
    /// GSL status, so the caller can say so; +∞ where I_jj ≤ 0.
    static func variances(_ information: [Double], dimension n: Int) -> (variances: [Double], failure: GSLError?) {
        guard n > 0 else { return ([], nil) }
        do {
            let inverse = try covariance(information, dimension: n)
            let diagonal = (0..<n).map { inverse[$0 * n + $0] }
            if diagonal.allSatisfy({ $0.isFinite && $0 > 0 }) { return (diagonal, nil) }
            // GSL_EDOM (1): a rounding-level negative variance means the matrix is numerically singular.
            return (reciprocalDiagonal(information, n), .status(code: 1, function: "gsl_linalg_cholesky_solve (non-positive variance)"))
        } catch {
            return (reciprocalDiagonal(information, n), error)
        }
    }

    private static func reciprocalDiagonal(_ information: [Double], _ n: Int) -> [Double] {
        (0..<n).map { information[$0 * n + $0] > 0 ? 1 / information[$0 * n + $0] : .infinity }
    }
}
