import Foundation
import GSL

/// Fits one ARIMA model of given orders, as R's `arima(method = "CSS-ML")` and statsforecast's
/// ARIMA do by default: the series is differenced, the conditional sum of squares
/// (``ARIMAConditionalSumOfSquares``) is minimised from white noise at the sample mean, and the
/// exact Gaussian likelihood (``ARMAKalmanFilter`` from the stationary start) from there.
///
/// **Search.** GSL's Nelder–Mead simplex (``SimplexMinimizer``) over the unconstrained vector of
/// ``ARIMAParameterMap``: every point is a stationary and invertible model, so no penalty is
/// needed. The differenced series is divided by its standard deviation first (ARMA models are
/// equivariant under scaling), so one tolerance serves any units.
///
/// **Admissibility.** As `auto.arima`, a fit whose AR or MA polynomial has a root of modulus
/// below ``minimumRootModulus`` is refused (nil): close to a unit root the likelihood is flat and
/// the forecasts unreliable, and a near-unit MA root says the series was over-differenced.
struct ARIMAEstimator {
    let order: ARIMAOrder
    /// Nelder–Mead stops when the simplex is smaller than this (in unconstrained coordinates):
    /// the exact-likelihood search, and the conditional sum of squares (cheap to evaluate, and
    /// what ranks the candidates under the approximation).
    var sizeTolerance = 1e-4
    var conditionalTolerance = 1e-4
    /// At most this many iterations per unit of dimension, per search.
    var iterationsPerDimension = 150

    /// Roots of the AR and MA polynomials must lie outside the circle of this radius (R's 1.01).
    static let minimumRootModulus = 1.01

    /// The fitted model, or nil when the series is too short for the orders (n − k − 1 ≤ 0 after
    /// differencing), the differenced series is constant, or no admissible fit is found.
    func fit(_ y: [Double]) -> ARIMAFit? {
        guard let prepared = prepare(y) else { return nil }
        let (x, map, scale) = (prepared.x, prepared.map, prepared.scale)
        let solver = ARMAStationaryCovariance.solver(arDegree: order.arDegree)
        let exact = { (v: [Double]) -> Double in Self.exactCriterion(x, map.coefficients(v), solver: solver) }
        var v = [Double](repeating: 0, count: map.dimension)
        if map.dimension > 0 {
            // From the CSS optimum the likelihood's is near: a smaller first simplex.
            var step = 0.2
            if let start = conditionalSearch(x, map), exact(start).isFinite { (v, step) = (start, 0.1) }
            guard let found = minimize(exact, from: v, step: step, tolerance: sizeTolerance) else { return nil }
            v = found
        }
        let coefficients = map.coefficients(v)
        guard Self.isAdmissible(coefficients) else { return nil }
        return Self.finish(x, coefficients, scale: scale, order: order, solver: solver)
    }

    /// The AICc of the conditional-sum-of-squares fit alone, n·log σ̂²_CSS + 2k + 2k(k + 1)/(n − k − 1)
    /// plus the constant n(log 2π + 1) (R's and statsforecast's `approximation`, which ranks
    /// candidates this way and fits only the best by exact likelihood); nil when the fit fails or
    /// is not admissible. Comparable only between models of the same d and D.
    func approximateAICc(_ y: [Double]) -> Double? {
        guard let prepared = prepare(y) else { return nil }
        var css = ARIMAConditionalSumOfSquares(prepared.x)
        var v: [Double] = []
        if prepared.map.dimension > 0 {
            guard let found = conditionalSearch(prepared.x, prepared.map) else { return nil }
            v = found
        }
        let coefficients = prepared.map.coefficients(v)
        guard Self.isAdmissible(coefficients) else { return nil }
        let criterion = css.criterion(coefficients)
        guard criterion.isFinite else { return nil }
        let n = Double(prepared.x.count)
        let k = Double(order.coefficientCount + 1)
        // 2·criterion = log σ̂²_CSS of the scaled series; back in units: + 2 log(scale).
        let minusTwiceLogLikelihood = n * (2 * criterion + 2 * log(prepared.scale)) + n * (log(2 * Double.pi) + 1)
        return minusTwiceLogLikelihood + 2 * k + 2 * k * (k + 1) / (n - k - 1)
    }

    /// The differenced series divided by its standard deviation, the parameter map and the
    /// scale; nil when too short for the orders (n − k − 1 ≤ 0) or constant.
    private func prepare(_ y: [Double]) -> (x: [Double], map: ARIMAParameterMap, scale: Double)? {
        let w = ARIMAPolynomial.difference(y, by: ARIMAPolynomial.differencing(
            d: order.d, seasonalD: order.seasonalD, period: order.period))
        let n = w.count
        guard n - (order.coefficientCount + 1) - 1 > 0 else { return nil }
        let mean = w.reduce(0, +) / Double(n)
        let scale = (w.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)).squareRoot()
        guard scale > 0, scale.isFinite else { return nil }
        return (w.map { $0 / scale }, ARIMAParameterMap(order: order, meanStart: order.constant ? mean / scale : 0), scale)
    }

    /// The minimiser of the conditional sum of squares from white noise at the sample mean.
    private func conditionalSearch(_ x: [Double], _ map: ARIMAParameterMap) -> [Double]? {
        var css = ARIMAConditionalSumOfSquares(x)
        return minimize({ css.criterion(map.coefficients($0)) }, from: [Double](repeating: 0, count: map.dimension),
                        tolerance: conditionalTolerance)
    }

    /// The Nelder–Mead search of `f` from `start`, or nil when GSL refuses it.
    private func minimize(_ f: ([Double]) -> Double, from start: [Double], step: Double = 0.2,
                          tolerance: Double) -> [Double]? {
        guard let minimizer = try? SimplexMinimizer(dimension: start.count),
              let result = try? minimizer.minimize(f, start: start, stepSizes: start.map { _ in step },
                                                   sizeTolerance: tolerance,
                                                   maximumIterations: iterationsPerDimension * start.count)
        else { return nil }
        return result.x
    }

    /// R's ½(log σ̂² + Σ log Fₜ/n) at `coefficients`, +∞ where the filter cannot start or breaks.
    static func exactCriterion(_ x: [Double], _ coefficients: ARIMACoefficients, solver: LinearSystemSolver?) -> Double {
        let value = filtered(x, coefficients, solver: solver)?.likelihood.criterion ?? .infinity
        return value.isFinite ? value : .infinity
    }

    /// The filter from the stationary start run over `x` − μ, and what it gives; nil where the
    /// filter cannot start or breaks down.
    static func filtered(_ x: [Double], _ coefficients: ARIMACoefficients, solver: LinearSystemSolver?)
        -> (filter: ARMAKalmanFilter, likelihood: ARMALikelihood)?
    {
        let covariance = ARMAStationaryCovariance(ar: coefficients.ar, ma: coefficients.ma, solver: solver)
        guard var filter = ARMAKalmanFilter(ar: coefficients.ar, ma: coefficients.ma, covariance: covariance),
              let likelihood = ARMALikelihood.run(x.map { $0 - coefficients.mean }, through: &filter)
        else { return nil }
        return (filter, likelihood)
    }

    /// Whether every root of the expanded AR and MA polynomials has modulus ≥ ``minimumRootModulus``.
    static func isAdmissible(_ coefficients: ARIMACoefficients) -> Bool {
        for polynomial in [[1] + coefficients.ar.map { -$0 }, [1] + coefficients.ma] where polynomial.dropFirst().contains(where: { $0 != 0 }) {
            guard let roots = try? PolynomialRoots.roots(polynomial),
                  roots.allSatisfy({ $0.modulus >= minimumRootModulus }) else { return false }
        }
        return true
    }

    /// The fit at `coefficients` (on the scaled series `x`), brought back to the series' units.
    static func finish(_ x: [Double], _ coefficients: ARIMACoefficients, scale: Double, order: ARIMAOrder,
                       solver: LinearSystemSolver?) -> ARIMAFit? {
        guard let (filter, likelihood) = filtered(x, coefficients, solver: solver),
              likelihood.minusTwiceLogLikelihood.isFinite else { return nil }
        var inUnits = coefficients
        inUnits.mean *= scale
        let n = Double(likelihood.count)
        return ARIMAFit(order: order, coefficients: inUnits, variance: likelihood.variance * scale * scale,
                        minusTwiceLogLikelihood: likelihood.minusTwiceLogLikelihood + 2 * n * log(scale),
                        count: likelihood.count, filter: filter.rescaled(by: scale))
    }
}
