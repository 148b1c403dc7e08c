import Testing
import GSL

@Suite("General linear systems (GSL LU) and polynomial roots")
struct LinearSystemSolverTests {
    @Test("solves a non-symmetric 3 × 3 system worked by hand, twice with one solver")
    func byHand() throws {
        // A = [[2, 1, 0], [−1, 3, 2], [4, 0, 1]], x = (1, −2, 3): b = (0, −1, 7).
        let solver = try LinearSystemSolver(dimension: 3)
        for _ in 0..<2 {
            let x = try solver.solve(matrix: [2, 1, 0, -1, 3, 2, 4, 0, 1], rhs: [0, -1, 7])
            for (got, want) in zip(x, [1.0, -2, 3]) { #expect(abs(got - want) < 1e-12, "\(x)") }
        }
    }

    @Test("a singular matrix is an error, not an answer")
    func singular() throws {
        let solver = try LinearSystemSolver(dimension: 2)
        #expect(throws: GSLError.self) { try solver.solve(matrix: [1, 2, 2, 4], rhs: [1, 1]) }
    }

    @Test("roots of (z − 2)(z + 3)(z² + 1) = z⁴ + z³ − 5z² + z − 6")
    func roots() throws {
        let roots = try PolynomialRoots.roots([-6, 1, -5, 1, 1, 0])  // a trailing zero is dropped
        #expect(roots.count == 4)
        let moduli = roots.map(\.modulus).sorted()
        for (got, want) in zip(moduli, [1.0, 1, 2, 3]) { #expect(abs(got - want) < 1e-10, "\(roots)") }
        #expect(roots.contains { abs($0.real + 3) < 1e-10 && abs($0.imaginary) < 1e-10 })
        #expect(try PolynomialRoots.roots([5]).isEmpty)
        #expect(throws: GSLError.self) { try PolynomialRoots.roots([0, 0]) }
        #expect(throws: GSLError.self) { try PolynomialRoots.roots([1, .nan]) }
    }
}
