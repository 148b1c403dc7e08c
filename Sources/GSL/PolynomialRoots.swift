internal import CGSL

/// The complex roots of a real polynomial a₀ + a₁z + … + aₙzⁿ by GSL's balanced companion
/// matrix and QR iteration (`gsl_poly_complex_solve`).
public enum PolynomialRoots {
    /// One root, x + iy.
    public struct Root: Hashable, Sendable {
        public var real: Double
        public var imaginary: Double

        public init(real: Double, imaginary: Double) {
            self.real = real
            self.imaginary = imaginary
        }

        /// |x + iy|.
        public var modulus: Double { (real * real + imaginary * imaginary).squareRoot() }
    }

    /// The n roots of a₀ + a₁z + … + aₙzⁿ, `coefficients` = [a₀, a₁, …] (lowest power first).
    /// Trailing zero coefficients are dropped first, so n is the true degree; a polynomial of
    /// degree 0 has no roots.
    /// - Throws: ``GSLError/status(code:function:)`` when the coefficients are not finite, when
    ///   every coefficient is 0, or when the QR iteration fails to converge (`GSL_EFAILED`).
    public static func roots(_ coefficients: [Double]) throws(GSLError) -> [Root] {
        guard coefficients.allSatisfy(\.isFinite) else {
            throw .status(code: Int32(GSL_EDOM), function: "gsl_poly_complex_solve (coefficients not finite)")
        }
        var a = coefficients
        while let last = a.last, last == 0 { a.removeLast() }
        guard !a.isEmpty else {
            throw .status(code: Int32(GSL_EDOM), function: "gsl_poly_complex_solve (every coefficient is 0)")
        }
        guard a.count >= 2 else { return [] }
        GSLLibrary.configure()
        let n = a.count
        guard let workspace = gsl_poly_complex_workspace_alloc(n) else {
            throw .allocationFailed(what: "a workspace for a polynomial of degree \(n - 1)")
        }
        defer { gsl_poly_complex_workspace_free(workspace) }
        var packed = [Double](repeating: 0, count: 2 * (n - 1))
        let status = packed.withUnsafeMutableBufferPointer { z in
            gsl_poly_complex_solve(a, n, workspace, z.baseAddress)
        }
        try GSLLibrary.check(status, "gsl_poly_complex_solve")
        return (0..<(n - 1)).map { Root(real: packed[2 * $0], imaginary: packed[2 * $0 + 1]) }
    }
}
