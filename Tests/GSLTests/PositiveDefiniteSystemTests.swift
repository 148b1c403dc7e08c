import Testing
import GSL

@Suite("Positive-definite linear systems (GSL Cholesky)")
struct PositiveDefiniteSystemTests {
    @Test("solves a 3 × 3 system worked by hand")
    func byHand() throws {
        // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]], x = (1, −1, 2): b = A·x = (2, −1, 5).
        let x = try PositiveDefiniteSystem.solve(matrix: [4, 2, 0, 2, 5, 1, 0, 1, 3], rhs: [2, -1, 5])
        for (got, want) in zip(x, [1.0, -1, 2]) { #expect(abs(got - want) < 1e-12, "\(x)") }
    }

    @Test("a singular or indefinite matrix is an error, not an answer")
    func notPositiveDefinite() {
        #expect(throws: GSLError.self) { try PositiveDefiniteSystem.solve(matrix: [1, 2, 2, 1], rhs: [1, 1]) }
        #expect(throws: GSLError.self) { try PositiveDefiniteSystem.solve(matrix: [1, 1, 1, 1], rhs: [1, 1]) }
    }
}
