internal import CGSL

/// Solves A·x = b for a general square matrix A by GSL's LU decomposition with partial pivoting
/// (`gsl_linalg_LU_decomp`, then `gsl_linalg_LU_solve`): P·A = L·U, O(2n³/3) per system.
///
/// One object owns the matrix, vectors and permutation of one size n (freed in `deinit`), so a
/// caller that solves many systems of the same size (an ARMA model's autocovariance equations at
/// every likelihood evaluation) allocates nothing per solve. It is not thread-safe: use one per
/// thread or task.
///
/// A singular matrix (to machine precision: a zero pivot) is an error, not a silently wrong
/// answer.
public final class LinearSystemSolver {
    /// n, the number of unknowns (≥ 1).
    public let dimension: Int
    private let matrix: UnsafeMutablePointer<gsl_matrix>
    private let rhs: UnsafeMutablePointer<gsl_vector>
    private let solution: UnsafeMutablePointer<gsl_vector>
    private let permutation: UnsafeMutablePointer<gsl_permutation>

    /// Allocates a solver for n × n systems (n ≥ 1).
    /// - Throws: ``GSLError/allocationFailed(what:)`` when GSL runs out of memory.
    public init(dimension n: Int) throws(GSLError) {
        precondition(n >= 1, "LinearSystemSolver: dimension must be ≥ 1, got \(n)")
        GSLLibrary.configure()
        guard let matrix = gsl_matrix_alloc(n, n) else { throw .allocationFailed(what: "a \(n) × \(n) matrix") }
        guard let rhs = gsl_vector_alloc(n), let solution = gsl_vector_alloc(n), let permutation = gsl_permutation_alloc(n)
        else {
            gsl_matrix_free(matrix)
            throw .allocationFailed(what: "the vectors of an LU solver of dimension \(n)")
        }
        self.dimension = n
        self.matrix = matrix
        self.rhs = rhs
        self.solution = solution
        self.permutation = permutation
    }

    deinit {
        gsl_matrix_free(matrix)
        gsl_vector_free(rhs)
        gsl_vector_free(solution)
        gsl_permutation_free(permutation)
    }

    /// x with A·x = b.
    /// - Parameters:
    ///   - matrix: A, n × n, row-major (`matrix[i * n + j]`).
    ///   - rhs: b, n values.
    /// - Throws: ``GSLError/status(code:function:)`` with `GSL_EDOM` when A is singular.
    public func solve(matrix a: [Double], rhs b: [Double]) throws(GSLError) -> [Double] {
        let n = dimension
        precondition(a.count == n * n && b.count == n, "LinearSystemSolver: A must be \(n) × \(n) and b \(n) long")
        for i in 0..<n {
            gsl_vector_set(rhs, i, b[i])
            for j in 0..<n { gsl_matrix_set(matrix, i, j, a[i * n + j]) }
        }
        var sign: Int32 = 0
        try GSLLibrary.check(gsl_linalg_LU_decomp(matrix, permutation, &sign), "gsl_linalg_LU_decomp")
        // GSL's LU_solve reports a singular U itself, but only in newer releases: check the pivots.
        for i in 0..<n where gsl_matrix_get(matrix, i, i) == 0 {
            throw .status(code: Int32(GSL_EDOM), function: "gsl_linalg_LU_decomp (singular matrix)")
        }
        try GSLLibrary.check(gsl_linalg_LU_solve(matrix, permutation, rhs, solution), "gsl_linalg_LU_solve")
        return (0..<n).map { gsl_vector_get(solution, $0) }
    }
}
