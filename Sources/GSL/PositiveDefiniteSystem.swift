internal import CGSL

/// Solves A·x = b for a symmetric positive-definite matrix A (normal equations, covariance
/// systems) by GSL's Cholesky factorisation (`gsl_linalg_cholesky_decomp1`, then
/// `gsl_linalg_cholesky_solve`): A = L·Lᵀ, O(n³/3) for the factorisation and O(n²) per solve.
///
/// Only the lower triangle of A is read. A matrix that is not positive definite to machine
/// precision (singular or indefinite normal equations: collinear columns, too few rows) is an
/// error, not a silently wrong answer: add a ridge to the diagonal or drop columns.
public enum PositiveDefiniteSystem {
    /// x with A·x = b.
    /// - Parameters:
    ///   - matrix: A, n × n, row-major (`matrix[i * n + j]`); symmetric positive definite.
    ///   - rhs: b, n values.
    /// - Throws: ``GSLError/status(code:function:)`` with `GSL_EDOM` when A is not positive
    ///   definite; ``GSLError/allocationFailed(what:)`` when GSL runs out of memory.
    public static func solve(matrix: [Double], rhs: [Double]) throws(GSLError) -> [Double] {
        let n = rhs.count
        precondition(n >= 1 && matrix.count == n * n, "PositiveDefiniteSystem: matrix must be \(n) × \(n)")
        GSLLibrary.configure()
        guard let a = gsl_matrix_alloc(n, n) else { throw .allocationFailed(what: "a \(n) × \(n) matrix") }
        defer { gsl_matrix_free(a) }
        guard let b = gsl_vector_alloc(n) else { throw .allocationFailed(what: "a vector of \(n)") }
        defer { gsl_vector_free(b) }
        guard let x = gsl_vector_alloc(n) else { throw .allocationFailed(what: "a vector of \(n)") }
        defer { gsl_vector_free(x) }
        for i in 0..<n {
            gsl_vector_set(b, i, rhs[i])
            for j in 0..<n { gsl_matrix_set(a, i, j, matrix[i * n + j]) }
        }
        try GSLLibrary.check(gsl_linalg_cholesky_decomp1(a), "gsl_linalg_cholesky_decomp1")
        try GSLLibrary.check(gsl_linalg_cholesky_solve(a, b, x), "gsl_linalg_cholesky_solve")
        return (0..<n).map { gsl_vector_get(x, $0) }
    }
}
