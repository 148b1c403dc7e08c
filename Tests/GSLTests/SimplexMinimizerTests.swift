import Testing
@testable import GSL

@Suite("SimplexMinimizer: GSL's Nelder–Mead simplex")
struct SimplexMinimizerTests {
    @Test("finds the minimum of a shifted, scaled quadratic")
    func quadratic() throws {
        let minimizer = try SimplexMinimizer(dimension: 3)
        // f = (x − 1)² + 10(y + 2)² + 0.5(z − 3)² + 7, minimum 7 at (1, −2, 3).
        let result = try minimizer.minimize({ v in
            (v[0] - 1) * (v[0] - 1) + 10 * (v[1] + 2) * (v[1] + 2) + 0.5 * (v[2] - 3) * (v[2] - 3) + 7
        }, start: [0, 0, 0], stepSizes: [1, 1, 1], sizeTolerance: 1e-6)
        // Below ~1e-7 the quadratic terms vanish beside the constant 7 in double precision, so
        // 1e-6 is about the smallest size the simplex can reliably reach here.
        #expect(result.converged)
        #expect(result.size < 1e-6)
        // A simplex of size < 1e-6 sits within a few sizes of the minimiser.
        #expect(abs(result.x[0] - 1) < 1e-5)
        #expect(abs(result.x[1] + 2) < 1e-5)
        #expect(abs(result.x[2] - 3) < 1e-5)
        #expect(abs(result.value - 7) < 1e-10)
    }

    @Test("follows Rosenbrock's curved valley to (1, 1)")
    func rosenbrock() throws {
        let minimizer = try SimplexMinimizer(dimension: 2)
        let result = try minimizer.minimize({ v in
            let (x, y) = (v[0], v[1])
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        }, start: [-1.2, 1], stepSizes: [0.5, 0.5], sizeTolerance: 1e-9, maximumIterations: 5000)
        #expect(result.converged)
        #expect(abs(result.x[0] - 1) < 1e-5)
        #expect(abs(result.x[1] - 1) < 1e-5)
        #expect(result.value < 1e-10)
        #expect(result.iterations > 10)   // the valley cannot be followed in a few steps
    }

    @Test("stops at the iteration limit with the best point so far")
    func iterationLimit() throws {
        let minimizer = try SimplexMinimizer(dimension: 2)
        let f = { (v: [Double]) -> Double in (1 - v[0]) * (1 - v[0]) + 100 * (v[1] - v[0] * v[0]) * (v[1] - v[0] * v[0]) }
        let result = try minimizer.minimize(f, start: [-1.2, 1], stepSizes: [0.5, 0.5],
                                            sizeTolerance: 1e-12, maximumIterations: 5)
        #expect(!result.converged)
        #expect(result.iterations == 5)
        #expect(result.value <= f([-1.2, 1]))
        #expect(result.value == f(result.x))
    }

    @Test("treats non-finite values as worse than any finite one")
    func infeasibleRegion() throws {
        let minimizer = try SimplexMinimizer(dimension: 1)
        // Minimum of (x − 2)² on x ≥ 1 is x = 2; left of 1 the function is undefined.
        let result = try minimizer.minimize({ v in v[0] < 1 ? .nan : (v[0] - 2) * (v[0] - 2) },
                                            start: [1.5], stepSizes: [-1], sizeTolerance: 1e-9)
        #expect(abs(result.x[0] - 2) < 1e-6)
    }

    @Test("rejects a start point where f is not finite")
    func badStart() throws {
        let minimizer = try SimplexMinimizer(dimension: 1)
        #expect(throws: GSLError.self) {
            try minimizer.minimize({ _ in .infinity }, start: [0], stepSizes: [1])
        }
    }

    @Test("one minimiser runs several searches in turn")
    func reuse() throws {
        let minimizer = try SimplexMinimizer(dimension: 2)
        for centre in [-3.0, 0.5, 40] {
            let result = try minimizer.minimize({ v in
                (v[0] - centre) * (v[0] - centre) + (v[1] - 2 * centre) * (v[1] - 2 * centre)
            }, start: [0, 0], stepSizes: [1, 1], sizeTolerance: 1e-9)
            #expect(abs(result.x[0] - centre) < 1e-6, "centre \(centre)")
            #expect(abs(result.x[1] - 2 * centre) < 1e-6, "centre \(centre)")
        }
    }
}
