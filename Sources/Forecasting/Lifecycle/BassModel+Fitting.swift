import Foundation
import GSL

/// The least-squares fit of the Bass curve described on ``BassModel``.
extension BassModel {
    /// Prior standard deviation τ of logit p and logit q.
    static let priorStandardDeviation = 1.5
    /// The least noise one period's sales is assumed to carry in the priors' weight, relative
    /// to the mean sales (retail sales are over-dispersed; pure Poisson noise at high volume
    /// would make the priors vanish).
    static let relativeNoiseFloor = 0.1
    /// Pseudo-residuals of Poisson noise that σ̂² is shrunk toward.
    static let noisePseudoCount = 2.0
    /// The solver's tolerances (xtol, gtol, ftol). Looser than GSL's usual 1e-8: on 400 Online
    /// Retail series they cut the iterations by 40% and lost at most 3e-5 of χ², far below
    /// anything a forecast notices.
    static let stepTolerance = 1e-5
    static let gradientTolerance = 1e-6
    static let costTolerance = 1e-9

    /// The fitted curve for `sales` (since launch, `sales[0]` > 0, at least 3 values), or nil
    /// when no start converges to finite parameters.
    func fitCurve(_ sales: [Double]) -> BassFit? {
        let count = sales.count
        var total = 0.0
        for value in sales { total += value }
        let scale = total / Double(count)
        guard scale > 0, scale.isFinite else { return nil }
        // Normalised so the mean is 1: the cumulative sales C are then exactly `count`.
        let y = sales.map { $0 / scale }
        let base = Double(count)
        let poissonNoise = 1 / scale.squareRoot()
        let lambda = priorWeight * max(poissonNoise, Self.relativeNoiseFloor) / Self.priorStandardDeviation
        let priors = lambda > 0 ? 2 : 0
        guard let solver = try? NonlinearLeastSquares(residualCount: count + priors, parameterCount: 3) else {
            return nil
        }
        let priorCentre = (BassParameters.logit(innovationPrior), BassParameters.logit(imitationPrior))
        var curveSales = [Double](repeating: 0, count: count)
        let residuals = { (x: [Double], f: inout [Double]) in
            BassParameters.curve(x, base: base).fillSales(&curveSales, firstAge: 1)
            for t in 0..<count { f[t] = curveSales[t] - y[t] }
            if priors > 0 {
                f[count] = lambda * (x[1] - priorCentre.0)
                f[count + 1] = lambda * (x[2] - priorCentre.1)
            }
        }
        // The analytic Jacobian: about the cost of one residual evaluation, where GSL's forward
        // differences would cost three.
        let jacobian = { (x: [Double], J: inout [Double]) in
            BassParameters.jacobian(x, base: base, count: count, into: &J)
            if priors > 0 {
                let last = count * 3
                for k in last..<(last + 6) { J[k] = 0 }
                J[last + 1] = lambda
                J[last + 5] = lambda
            }
        }
        let starts = [(innovationPrior, imitationPrior), (0.1 / Double(count), 1 / Double(count))]
        var best: NonlinearLeastSquares.Result?
        for (p, q) in starts {
            let start = BassParameters.start(innovation: p, imitation: q, base: base, age: count)
            guard let result = try? solver.solve(from: start, stepTolerance: Self.stepTolerance,
                                                 gradientTolerance: Self.gradientTolerance,
                                                 costTolerance: Self.costTolerance,
                                                 residuals: residuals, jacobian: jacobian),
                  result.stop.converged, result.parameters.allSatisfy(\.isFinite), result.chiSquare.isFinite
            else { continue }
            if best.map({ result.chiSquare < $0.chiSquare }) ?? true { best = result }
        }
        guard let best else { return nil }
        let fit = BassFit(result: best, dataCount: count, poissonNoise: poissonNoise, scale: scale)
        return fit.isFinite ? fit : nil
    }
}

/// The parametrisation that keeps the solver inside the model's bounds: θ = (u, v, w) with
/// m = C + e^u (C the cumulative sales since launch), p = logistic(v), q = logistic(w).
enum BassParameters {
    /// Bounds on v and w (logistic(±30) is 1e-13 from 0 or 1) and on u, so a wild trial step
    /// of the solver stays finite.
    static let logitBound = 30.0
    static let logBound = 700.0

    static func logistic(_ v: Double) -> Double {
        1 / (1 + exp(-min(max(v, -logitBound), logitBound)))
    }

    static func logit(_ p: Double) -> Double {
        log(p / (1 - p))
    }

    /// The curve of θ = (u, v, w) above cumulative sales `base` (units).
    static func curve(_ theta: [Double], base: Double) -> BassCurve {
        BassCurve(marketSize: base + exp(min(theta[0], logBound)),
                  innovation: logistic(theta[1]), imitation: logistic(theta[2]))
    }

    /// ∂s(t)/∂θ for t = 1…count into the first `count` rows of the row-major n × 3 `J`: the
    /// curve's gradient in (m, p, q) times dm/du = e^u, dp/dv = p(1 − p), dq/dw = q(1 − q).
    static func jacobian(_ theta: [Double], base: Double, count: Int, into J: inout [Double]) {
        let curve = curve(theta, base: base)
        curve.fillGradient(&J, count: count, stride: 3)
        let dm = theta[0] < logBound ? exp(theta[0]) : 0
        let dp = curve.innovation * (1 - curve.innovation)
        let dq = curve.imitation * (1 - curve.imitation)
        for t in 0..<count {
            J[t * 3] *= dm
            J[t * 3 + 1] *= dp
            J[t * 3 + 2] *= dq
        }
    }

    /// θ for p and q, with m such that the curve's cumulative sales at `age` match `base`
    /// (at least 5% above it, so u stays finite when F(age) ≈ 1).
    static func start(innovation p: Double, imitation q: Double, base: Double, age: Int) -> [Double] {
        let share = BassCurve(marketSize: 1, innovation: p, imitation: q).cumulativeShare(age: Double(age))
        let market = max(base / max(share, 1e-12), 1.05 * base)
        return [log(market - base), logit(p), logit(q)]
    }
}

/// A converged Bass fit in the units of the sales: θ = (u, v, w) (see ``BassParameters``), the
/// cumulative sales C it sits on, the residual standard deviation σ̂ and the covariance of θ.
struct BassFit: Hashable, Codable, Sendable {
    /// (u, v, w), with u in log units.
    var theta: [Double]
    /// C, the cumulative sales since launch at the fit, units.
    var base: Double
    /// Σ = σ̂²(JᵀJ)⁻¹, 3 × 3 row-major, the covariance of θ.
    var covariance: [Double]
    /// σ̂, units per period.
    var sigma: Double

    /// Converts a solver result on sales divided by `scale` back to units. σ̂² is the mean
    /// square of the last ``BassModel/residualWindow`` data residuals with the degrees of
    /// freedom spread evenly over the series (3 parameters among `dataCount` residuals), shrunk
    /// toward the Poisson guess by ``BassModel/noisePseudoCount`` pseudo-residuals.
    init(result: NonlinearLeastSquares.Result, dataCount: Int, poissonNoise: Double, scale: Double) {
        let recent = min(dataCount, BassModel.residualWindow)
        var squares = 0.0
        for t in (dataCount - recent)..<dataCount { squares += result.residuals[t] * result.residuals[t] }
        let freedom = max(0, Double(recent) * Double(dataCount - 3) / Double(dataCount))
        let pseudo = BassModel.noisePseudoCount
        let variance = (squares + pseudo * poissonNoise * poissonNoise) / (freedom + pseudo)
        theta = [result.parameters[0] + log(scale), result.parameters[1], result.parameters[2]]
        base = Double(dataCount) * scale
        covariance = result.covariance.map { $0 * variance }
        sigma = variance.squareRoot() * scale
    }

    /// The fitted curve.
    var curve: BassCurve { BassParameters.curve(theta, base: base) }

    /// Whether every number is finite (a fit that is not is replaced by the fallback).
    var isFinite: Bool {
        theta.allSatisfy(\.isFinite) && base.isFinite && covariance.allSatisfy(\.isFinite) && sigma.isFinite
    }
}
