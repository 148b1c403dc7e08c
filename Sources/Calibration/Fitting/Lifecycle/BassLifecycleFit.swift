import Foundation
import Forecasting
import GSL

/// The Bass fit of a product's live periods, in the simulator's own form: the expected demand
/// of live period t is mult_t·(p + q·A_t/m)·(m − A_t), A_t the units sold before t (adoption
/// grows with what customers actually bought, so this is the simulator's conditional mean).
///
/// **Least squares** by GSL's trust-region solver (``NonlinearLeastSquares``) on residuals
/// (mult_t·b_t − d_t)/d̄, d the demand (censored periods unconstrained) and d̄ its mean, in
/// θ = (u, v, w): m = C + e^u with C the units sold over the live periods (m never falls below
/// what was sold), p = logistic(v), q = logistic(w). Two prior residuals pull v and w toward the
/// group's logit p₀, logit q₀ with spread τ (``LifecyclePrior``; without one, BassModel's
/// literature values p₀ = 0.03, q₀ = 0.38 and τ = 1.5, weakly): λ·(v − logit p₀) and
/// λ·(w − logit q₀), λ = max(1/√d̄, 0.1)/τ, the noise one period carries relative to d̄ (as in
/// BassModel). m has no prior: the product's volume identifies it. Two starts, from (p₀, q₀) and
/// from a slow diffusion (p = 0.1/n, q = 1/n), each with m matching the sales by the closed-form
/// curve; the converged one with the lower cost is kept.
///
/// **Standard errors** from GSL's (JᵀJ)⁻¹ at the optimum (prior rows included), made robust to
/// noise that grows with the mean by the sandwich (``Problem/standardDeviations(_:)``); lognormal
/// sigmas by the delta method: sd(log m) =
/// (e^u/m)·sd(u), sd(log p) = (1 − p)·sd(v), sd(log q) = (1 − q)·sd(w).
enum BassLifecycleFit {
    /// Why no Bass fit came out, in GSL's words.
    struct Failure: Error {
        let status: String
    }

    static let defaultSpread = 1.5
    static let relativeNoiseFloor = 0.1
    /// logistic(±30) is 1e-13 from 0 or 1, e^700 is near the largest double: a wild trial step
    /// of the solver stays finite.
    static let logitBound = 30.0
    static let logBound = 700.0

    /// The fit, or the status of the first start that failed.
    static func fit(_ series: LiveSeries, prior: LifecyclePrior?, maximumIterations: Int) -> Result<CandidateFit, Failure> {
        let n = series.count
        let scale = series.totalDemand / Double(n)
        guard scale > 0, scale.isFinite, n > 3 else { return .failure(Failure(status: "not attempted: no demand to fit")) }
        let problem = Problem(series: series, scale: scale, prior: prior)
        let solver: NonlinearLeastSquares
        do {
            solver = try NonlinearLeastSquares(residualCount: n + 2, parameterCount: 3)
        } catch {
            return .failure(Failure(status: error.description))
        }
        let (p0, q0) = problem.priorCentre
        var best: NonlinearLeastSquares.Result?
        var firstFailure: String?
        for (p, q) in [(p0, q0), (min(0.1 / Double(n), 0.5), min(1 / Double(n), 0.9))] {
            do {
                let result = try solver.solve(from: problem.start(innovation: p, imitation: q), stepTolerance: 1e-6,
                                              gradientTolerance: 1e-6, costTolerance: 1e-9, maximumIterations: maximumIterations,
                                              residuals: problem.residuals, jacobian: problem.jacobian)
                guard result.stop.converged, result.parameters.allSatisfy(\.isFinite) else {
                    firstFailure = firstFailure ?? describe(result.stop)
                    continue
                }
                if best.map({ result.chiSquare < $0.chiSquare }) ?? true { best = result }
            } catch {
                firstFailure = firstFailure ?? "status: \(error.description)"
            }
        }
        guard let best else { return .failure(Failure(status: firstFailure ?? "no start converged")) }
        return .success(problem.candidate(best))
    }

    /// GSL's words for a stop that is not a minimum.
    static func describe(_ stop: NonlinearLeastSquares.Stop) -> String {
        // GSL_EMAXITER = 11 and GSL_ENOPROG = 27 in gsl_errno.h; the driver returns them for these stops.
        switch stop {
        case .iterationLimit: return "status '\(GSLLibrary.message(forStatus: 11))' (GSL_EMAXITER)"
        case .noProgress: return "status '\(GSLLibrary.message(forStatus: 27))' (GSL_ENOPROG)"
        default: return "stopped (\(stop))"
        }
    }

    static func logistic(_ v: Double) -> Double {
        1 / (1 + exp(-min(max(v, -logitBound), logitBound)))
    }

    static func logit(_ p: Double) -> Double {
        log(p / (1 - p))
    }
}

extension BassLifecycleFit {
    /// The residuals and Jacobian of one product, in units of the mean demand d̄.
    struct Problem {
        let y: [Double]
        let adopters: [Double]
        let multiplier: [Double]
        let base: Double
        let scale: Double
        let lambda: Double
        let priorCentre: (Double, Double)

        init(series: LiveSeries, scale: Double, prior: LifecyclePrior?) {
            y = series.demand.map { $0 / scale }
            adopters = series.adopters.map { $0 / scale }
            multiplier = series.multiplier
            base = series.totalSold / scale
            self.scale = scale
            let spread = prior?.logitSpread ?? BassLifecycleFit.defaultSpread
            lambda = max(1 / scale.squareRoot(), BassLifecycleFit.relativeNoiseFloor) / spread
            priorCentre = (prior?.innovation ?? BassModel.literatureInnovation, prior?.imitation ?? BassModel.literatureImitation)
        }

        func parameters(_ x: [Double]) -> (m: Double, p: Double, q: Double, em: Double) {
            let em = exp(min(x[0], BassLifecycleFit.logBound))
            return (base + em, BassLifecycleFit.logistic(x[1]), BassLifecycleFit.logistic(x[2]), em)
        }

        func residuals(_ x: [Double], _ f: inout [Double]) {
            let (m, p, q, _) = parameters(x)
            for t in y.indices {
                let a = adopters[t]
                f[t] = multiplier[t] * (p + q * a / m) * (m - a) - y[t]
            }
            f[y.count] = lambda * (x[1] - BassLifecycleFit.logit(priorCentre.0))
            f[y.count + 1] = lambda * (x[2] - BassLifecycleFit.logit(priorCentre.1))
        }

        /// ∂b/∂m = p + qA²/m², ∂b/∂p = m − A, ∂b/∂q = A(m − A)/m, times dm/du = e^u,
        /// dp/dv = p(1 − p), dq/dw = q(1 − q).
        func jacobian(_ x: [Double], _ J: inout [Double]) {
            let (m, p, q, em) = parameters(x)
            for t in y.indices {
                let (a, k) = (adopters[t], multiplier[t])
                J[t * 3] = k * (p + q * a * a / (m * m)) * em
                J[t * 3 + 1] = k * (m - a) * p * (1 - p)
                J[t * 3 + 2] = k * a * (m - a) / m * q * (1 - q)
            }
            let last = y.count * 3
            for index in last..<(last + 6) { J[index] = 0 }
            J[last + 1] = lambda
            J[last + 5] = lambda
        }

        /// θ for p and q with m such that the closed-form curve's share by the last live period
        /// matches the sales (at least 5% above them).
        func start(innovation p: Double, imitation q: Double) -> [Double] {
            let decay = exp(-(p + q) * Double(y.count))
            let share = (1 - decay) / (1 + q / p * decay)
            let market = max(base / max(share, 1e-12), 1.05 * base)
            return [log(market - base), BassLifecycleFit.logit(p), BassLifecycleFit.logit(q)]
        }

        /// sd(u), sd(v), sd(w) by the sandwich C·M·C: C = (JᵀJ)⁻¹ from GSL at the optimum (prior
        /// rows included), M = Σ_t r_t²·J_tᵀJ_t over the data rows plus s²·J_pᵀJ_p over the prior
        /// rows, s² = Σ r_t²/(n − 3). The plain s²·C assumes every period is as noisy as the
        /// average one; sales noise grows with the mean, and on simulated Bass products the
        /// plain q errors were 1.5× their standard errors (60 seeds), the sandwich's about 1×.
        func standardDeviations(_ result: NonlinearLeastSquares.Result) -> [Double] {
            let n = y.count
            var jacobianRows = [Double](repeating: 0, count: (n + 2) * 3)
            jacobian(result.parameters, &jacobianRows)
            var squares = 0.0
            for t in 0..<n { squares += result.residuals[t] * result.residuals[t] }
            let variance = squares / Double(n - 3)
            var meat = [Double](repeating: 0, count: 9)
            for row in 0..<(n + 2) {
                let weight = row < n ? result.residuals[row] * result.residuals[row] : variance
                for i in 0..<3 {
                    for j in 0..<3 { meat[i * 3 + j] += weight * jacobianRows[row * 3 + i] * jacobianRows[row * 3 + j] }
                }
            }
            return (0..<3).map { k in
                var total = 0.0
                for i in 0..<3 {
                    for j in 0..<3 { total += result.covariance(k, i) * meat[i * 3 + j] * result.covariance(j, k) }
                }
                return total.squareRoot()
            }
        }

        /// The candidate of a converged result, in units.
        func candidate(_ result: NonlinearLeastSquares.Result) -> CandidateFit {
            let (m, p, q, em) = parameters(result.parameters)
            let baseline = adopters.map { a in (p + q * a / m) * (m - a) * scale }
            let sd = standardDeviations(result)
            let uncertainty = [
                ParameterUncertainty.make("market_size", value: m * scale, standardError: em * scale * sd[0], logSigma: em / m * sd[0]),
                ParameterUncertainty.make("innovation", value: p, standardError: p * (1 - p) * sd[1], logSigma: (1 - p) * sd[1]),
                ParameterUncertainty.make("imitation", value: q, standardError: q * (1 - q) * sd[2], logSigma: (1 - q) * sd[2]),
            ]
            return CandidateFit(
                name: "bass", model: .bass(marketSize: m * scale, innovation: p, imitation: q),
                parameters: [NamedValue("market_size", m * scale), NamedValue("innovation", p), NamedValue("imitation", q)],
                lifecycleParameterCount: 3, baseline: baseline,
                uncertainty: uncertainty.allSatisfy { $0 != nil } ? uncertainty.compactMap { $0 } : nil)
        }
    }
}
