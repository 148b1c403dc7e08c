import Testing
@testable import GSL

@Suite("Minimizer: GSL's Brent method")
struct MinimizerTests {
    @Test("finds the minimum of a parabola")
    func parabola() throws {
        let minimizer = try Minimizer()
        let result = try minimizer.minimize({ x in (x - 1.5) * (x - 1.5) + 3 },
                                            guess: 1, lower: 0, upper: 4, absoluteTolerance: 1e-6)
        // The bracket is narrower than 1e-6 around the answer; 1e-5 leaves room for GSL's
        // interval rule without hiding a wrong minimum.
        #expect(abs(result.x - 1.5) <= 1e-5)
        #expect(abs(result.value - 3) <= 1e-10)
        #expect(result.lower <= result.x && result.x <= result.upper)
        #expect(result.upper - result.lower < 1e-6)
        #expect(result.iterations >= 1)
    }

    @Test("finds the flat minimum of (x − 2)⁴")
    func quartic() throws {
        let minimizer = try Minimizer()
        let result = try minimizer.minimize({ x in pow4(x - 2) }, guess: 1, lower: 0, upper: 5,
                                            absoluteTolerance: 1e-7, maximumIterations: 500)
        // The bracket (width < 1e-7) contains x = 2 as long as f is evaluated exactly enough to
        // order the points, which holds for δ⁴ down to ~1e-300.
        #expect(abs(result.x - 2) <= 1e-6)
        #expect(result.value <= 1e-20)
    }

    @Test("one minimiser runs several searches in turn")
    func reuse() throws {
        let minimizer = try Minimizer()
        for centre in [0.25, 0.5, 0.75] {
            let result = try minimizer.minimize({ x in (x - centre) * (x - centre) }, guess: centre + 0.01,
                                                lower: 0, upper: 1, absoluteTolerance: 1e-7)
            #expect(abs(result.x - centre) <= 1e-6, "centre \(centre)")
        }
    }

    @Test("a bracket whose lower end is below the guess is refused with GSL_EINVAL")
    func badBracket() throws {
        let minimizer = try Minimizer()
        let f = { (x: Double) in (x - 0.2) * (x - 0.2) }
        #expect(f(0) < f(2))
        let error = #expect(throws: GSLError.self) {
            try minimizer.minimize(f, guess: 2, lower: 0, upper: 3)
        }
        #expect(error == .status(code: 4, function: "gsl_min_fminimizer_set"))
        // The refusal leaves the minimiser usable.
        let result = try minimizer.minimize(f, guess: 0.3, lower: 0, upper: 3)
        #expect(abs(result.x - 0.2) <= 1e-5)
    }

    @Test("a guess outside the interval is refused")
    func guessOutside() throws {
        let minimizer = try Minimizer()
        #expect(throws: GSLError.self) {
            try minimizer.minimize({ x in x * x }, guess: 5, lower: -1, upper: 1)
        }
    }

    @Test("a non-finite objective is reported, not iterated on")
    func nonFinite() throws {
        let minimizer = try Minimizer()
        let error = #expect(throws: GSLError.self) {
            try minimizer.minimize({ _ in .nan }, guess: 0, lower: -1, upper: 1)
        }
        guard case let .status(code, _) = error else {
            Issue.record("expected a status error, got \(String(describing: error))")
            return
        }
        #expect(code == 9)  // GSL_EBADFUNC
    }

    @Test("running out of iterations is an error")
    func iterationLimit() throws {
        let minimizer = try Minimizer()
        let error = #expect(throws: GSLError.self) {
            try minimizer.minimize({ x in (x - 0.3) * (x - 0.3) }, guess: 0.5, lower: 0, upper: 1,
                                   absoluteTolerance: 1e-12, maximumIterations: 2)
        }
        guard case let .status(code, _) = error else {
            Issue.record("expected a status error, got \(String(describing: error))")
            return
        }
        #expect(code == 11)  // GSL_EMAXITER
    }
}

private func pow4(_ x: Double) -> Double { x * x * x * x }
