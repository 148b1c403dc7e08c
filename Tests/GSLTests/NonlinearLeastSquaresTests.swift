import Foundation
import Testing
@testable import GSL

@Suite("NonlinearLeastSquares: GSL's trust-region solver")
struct NonlinearLeastSquaresTests {
    /// y = A·e^(−λt) + b, the example of GSL's manual (§ Nonlinear Least-Squares Fitting).
    static func decay(_ x: [Double], _ t: Double) -> Double {
        x[0] * exp(-x[1] * t) + x[2]
    }

    /// Residuals A·e^(−λtᵢ) + b − yᵢ at tᵢ = i·step.
    static func residuals(_ y: [Double], step: Double) -> (_ x: [Double], _ f: inout [Double]) -> Void {
        { x, f in
            for i in y.indices { f[i] = decay(x, Double(i) * step) - y[i] }
        }
    }

    /// The analytic Jacobian: ∂/∂A = e^(−λt), ∂/∂λ = −tA·e^(−λt), ∂/∂b = 1.
    static func jacobian(count: Int, step: Double) -> (_ x: [Double], _ J: inout [Double]) -> Void {
        { x, J in
            for i in 0..<count {
                let t = Double(i) * step
                let e = exp(-x[1] * t)
                J[i * 3] = e
                J[i * 3 + 1] = -t * x[0] * e
                J[i * 3 + 2] = 1
            }
        }
    }

    @Test("recovers A, λ, b from a noiseless decay, with and without an analytic Jacobian")
    func noiselessDecay() throws {
        let truth = [5.0, 0.1, 1.0]
        let y = (0..<40).map { Self.decay(truth, Double($0)) }
        let solver = try NonlinearLeastSquares(residualCount: 40, parameterCount: 3)
        let numeric = try solver.solve(from: [1, 1, 0], residuals: Self.residuals(y, step: 1))
        let analytic = try solver.solve(from: [1, 1, 0], residuals: Self.residuals(y, step: 1),
                                        jacobian: Self.jacobian(count: 40, step: 1))
        for result in [numeric, analytic] {
            #expect(result.stop.converged, "\(result.stop)")
            for j in 0..<3 { #expect(abs(result.parameters[j] - truth[j]) <= 1e-6 * max(1, truth[j]), "\(result.parameters)") }
            #expect(result.chiSquare <= 1e-12)
            #expect(result.residuals.count == 40)
            #expect(result.iterations >= 1)
        }
    }

    @Test("a seeded noisy decay is recovered within z standard errors of the scaled covariance")
    func noisyDecay() throws {
        let seed: UInt = 4_242
        let (n, sigma) = (100, 0.1)
        let truth = [5.0, 1.5, 1.0]
        let step = 3.0 / Double(n - 1)
        let stream = try RandomStream(seed: seed)
        let noise = try Distribution.normal(mean: 0, sd: sigma).makeSampler()
        let y = (0..<n).map { Self.decay(truth, Double($0) * step) + noise.sample(stream) }
        let solver = try NonlinearLeastSquares(residualCount: n, parameterCount: 3)
        let result = try solver.solve(from: [1, 1, 0], residuals: Self.residuals(y, step: step),
                                      jacobian: Self.jacobian(count: n, step: step))
        #expect(result.stop.converged)
        let covariance = result.scaledCovariance
        for j in 0..<3 {
            let standardError = covariance[j * 3 + j].squareRoot()
            #expect(standardError > 0)
            #expect(abs(result.parameters[j] - truth[j]) <= zTolerance * standardError,
                    "seed \(seed), parameter \(j): \(result.parameters[j]) ± \(standardError)")
        }
        // χ²/σ² ~ χ²(n − p): its mean is n − p, its sd √(2(n − p)).
        let freedom = Double(n - 3)
        #expect(abs(result.chiSquare / (sigma * sigma) - freedom) <= zTolerance * (2 * freedom).squareRoot(),
                "seed \(seed)")
    }

    @Test("a linear model gives the ordinary least-squares fit, χ² and (XᵀX)⁻¹ by hand")
    func linearByHand() throws {
        // y = 1, 3, 2, 5 at t = 0…3: OLS a = b = 1.1; fitted 1.1, 2.2, 3.3, 4.4 so
        // χ² = 0.1² + 0.8² + 1.3² + 0.6² = 2.7; XᵀX = [[4, 6], [6, 14]], inverse
        // [[14, −6], [−6, 4]]/20.
        let y = [1.0, 3, 2, 5]
        let solver = try NonlinearLeastSquares(residualCount: 4, parameterCount: 2)
        let result = try solver.solve(from: [0, 0]) { x, f in
            for i in 0..<4 { f[i] = x[0] + x[1] * Double(i) - y[i] }
        }
        #expect(abs(result.parameters[0] - 1.1) <= 1e-7)
        #expect(abs(result.parameters[1] - 1.1) <= 1e-7)
        #expect(abs(result.chiSquare - 2.7) <= 1e-9)
        let expected = [0.7, -0.3, -0.3, 0.2]
        for k in 0..<4 { #expect(abs(result.covariance[k] - expected[k]) <= 1e-6, "\(result.covariance)") }
        #expect(abs(result.covariance(0, 1) - -0.3) <= 1e-6)
        // σ̂² = 2.7/(4 − 2) = 1.35.
        #expect(abs(result.scaledCovariance[3] - 0.2 * 1.35) <= 1e-6)
    }

    @Test("one solver solves several problems of its size in turn")
    func reuse() throws {
        let solver = try NonlinearLeastSquares(residualCount: 3, parameterCount: 1)
        for centre in [0.5, 2.0, -7.0] {
            let result = try solver.solve(from: [0]) { x, f in
                for i in 0..<3 { f[i] = x[0] - centre - Double(i - 1) }
            }
            #expect(abs(result.parameters[0] - centre) <= 1e-8, "centre \(centre)")
        }
    }

    @Test("a non-finite residual is a GSL error, not a crash")
    func nonFiniteResidual() throws {
        let solver = try NonlinearLeastSquares(residualCount: 2, parameterCount: 1)
        // GSL_EBADFUNC is 9 in gsl_errno.h.
        #expect(throws: GSLError.status(code: 9, function: "gsl_multifit_nlinear_init")) {
            try solver.solve(from: [1]) { _, f in f[0] = .nan; f[1] = 0 }
        }
        #expect(throws: GSLError.self) {
            try solver.solve(from: [.infinity]) { x, f in f[0] = x[0]; f[1] = 0 }
        }
    }

    @Test("hitting the iteration limit is reported, with the best point so far")
    func iterationLimit() throws {
        let y = (0..<40).map { Self.decay([5, 0.1, 1], Double($0)) }
        let solver = try NonlinearLeastSquares(residualCount: 40, parameterCount: 3)
        let result = try solver.solve(from: [1, 1, 0], maximumIterations: 1, residuals: Self.residuals(y, step: 1))
        #expect(result.stop == .iterationLimit)
        #expect(!result.stop.converged)
        #expect(result.iterations == 1)
        #expect(result.parameters.allSatisfy { $0.isFinite })
    }
}
