import Foundation
import GSL

/// A Poisson log-linear regression with an offset and a weak ridge prior:
/// yᵢ ~ Poisson(exp(oᵢ + Σⱼ βⱼ·xᵢⱼ)), β ~ N(0, diag(σⱼ²)), fitted by Newton's method on the
/// penalised log-likelihood (Fisher scoring, the step solved by GSL's Cholesky), with the step
/// halved until the objective rises.
///
/// Standard errors are quasi-Poisson: the inverse penalised information times Pearson's
/// dispersion φ = Σ(yᵢ − μᵢ)²/μᵢ / (n − p), floored at 1.
struct PoissonRegression {
    /// The fitted coefficients, their standard errors and the dispersion; all finite.
    struct Result {
        var coefficients: [Double]
        var standardErrors: [Double]
        var dispersion: Double
        var iterations: Int
    }

    /// Why a fit gave no result.
    enum Failure: Error {
        /// GSL refused the Newton system (the status says why).
        case gsl(GSLError)
        /// No convergence within the iteration limit.
        case notConverged(iterations: Int)
    }

    let sales: [Double]
    let offset: [Double]
    /// Columns of the design, each as long as `sales`.
    let columns: [[Double]]
    /// σⱼ of each coefficient's prior.
    let priorSD: [Double]

    /// Newton steps stop when no coefficient moves by more than 1e-10, or fail after 100.
    static let tolerance = 1e-10
    static let maximumIterations = 100
    /// exp() of a linear predictor above this would overflow; means are computed at most at it.
    static let maximumLinearPredictor = 700.0

    func fit() -> Swift.Result<Result, Failure> {
        let p = columns.count
        var beta = [Double](repeating: 0, count: p)
        var objective = penalisedLogLikelihood(beta)
        for iteration in 1...Self.maximumIterations {
            let (gradient, information) = derivatives(beta)
            let step: [Double]
            do { step = try PositiveDefiniteSystem.solve(matrix: information, rhs: gradient) } catch { return .failure(.gsl(error)) }
            var scale = 1.0
            var next = zip(beta, step).map { $0 + $1 }
            var nextObjective = penalisedLogLikelihood(next)
            while !(nextObjective >= objective - 1e-12 * abs(objective)), scale > 1e-6 {
                scale /= 2
                next = zip(beta, step).map { $0 + scale * $1 }
                nextObjective = penalisedLogLikelihood(next)
            }
            let moved = zip(next, beta).map { abs($0 - $1) }.max() ?? 0
            beta = next
            objective = nextObjective
            if moved <= Self.tolerance { return finish(beta, iterations: iteration) }
        }
        return .failure(.notConverged(iterations: Self.maximumIterations))
    }

    private func mean(_ i: Int, _ beta: [Double]) -> Double {
        var eta = offset[i]
        for j in beta.indices { eta += beta[j] * columns[j][i] }
        return exp(min(eta, Self.maximumLinearPredictor))
    }

    private func penalisedLogLikelihood(_ beta: [Double]) -> Double {
        var total = 0.0
        for i in sales.indices {
            let mu = mean(i, beta)
            total += (sales[i] > 0 ? sales[i] * log(mu) : 0) - mu
        }
        for j in beta.indices { total -= beta[j] * beta[j] / (2 * priorSD[j] * priorSD[j]) }
        return total
    }

    /// The gradient and the (penalised) Fisher information, row-major.
    private func derivatives(_ beta: [Double]) -> (gradient: [Double], information: [Double]) {
        let p = beta.count
        var gradient = beta.indices.map { -beta[$0] / (priorSD[$0] * priorSD[$0]) }
        var information = [Double](repeating: 0, count: p * p)
        for j in 0..<p { information[j * p + j] = 1 / (priorSD[j] * priorSD[j]) }
        for i in sales.indices {
            let mu = mean(i, beta)
            for j in 0..<p {
                gradient[j] += (sales[i] - mu) * columns[j][i]
                for k in 0..<p { information[j * p + k] += mu * columns[j][i] * columns[k][i] }
            }
        }
        return (gradient, information)
    }

    private func finish(_ beta: [Double], iterations: Int) -> Swift.Result<Result, Failure> {
        let p = beta.count
        let (_, information) = derivatives(beta)
        let (variances, failure) = InverseInformation.variances(information, dimension: p)
        if let failure { return .failure(.gsl(failure)) }
        var pearson = 0.0
        for i in sales.indices {
            let mu = mean(i, beta)
            if mu > 0 { pearson += (sales[i] - mu) * (sales[i] - mu) / mu }
        }
        let dispersion = sales.count > p ? max(1, pearson / Double(sales.count - p)) : 1
        let errors = variances.map { ($0 * dispersion).squareRoot() }
        guard beta.allSatisfy(\.isFinite), errors.allSatisfy(\.isFinite) else {
            return .failure(.notConverged(iterations: iterations))
        }
        return .success(Result(coefficients: beta, standardErrors: errors, dispersion: dispersion, iterations: iterations))
    }
}

extension PoissonRegression.Failure: CustomStringConvertible {
    var description: String {
        switch self {
        case let .gsl(error): "\(error)"
        case let .notConverged(iterations): "Newton's method did not settle in \(iterations) steps"
        }
    }
}
