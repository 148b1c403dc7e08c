import Foundation
import GSL

/// The choice of the log-mean's shape in time (``CensoredLikelihoodEstimator/Trend/automatic``).
///
/// A log-mean quadratic rises and falls once, symmetrically in log terms: a ramp, a plateau and
/// a decline of unequal lengths it only approximates, and where the plateau is censored the
/// approximation overshoots. Natural cubic splines with 4, 5 and 6 knots (1–3 more terms than
/// the quadratic) can follow such a shape. Each is first fitted with its trend alone free (the
/// season terms and the family's parameter held where the quadratic fit left them: a cheap
/// search in 4–6 dimensions); the best of them by AIC, if it beats the quadratic, is then fitted
/// in full from there and kept if its AIC is still the lower. A held fit's likelihood is at most
/// the full fit's, so a spline that passes the screen beats the quadratic in full too; the
/// screen can miss one that wins only with the season or the dispersion refitted. The bounds
/// of ``CensoredCountModel`` hold for every trend, so a censored peak cannot run away however
/// flexible the curve.
extension CensoredLikelihoodEstimator {
    /// The knots of the spline trends tried.
    static let splineKnots = [4, 5, 6]

    /// `quadratic` or the spline refit of its family with the lower AIC. A refit GSL refuses, or
    /// whose negative binomial ends on its dispersion bound, is dropped.
    func fitTrends(from quadratic: Fit, series: CensoredSeries) -> Fit {
        var screened: Fit?
        for knots in Self.splineKnots {
            let trend = LifecycleDesign.Trend.naturalSpline(knots: knots)
            guard LifecycleDesign.allows(trend, periods: series.count) else { continue }
            let design = LifecycleDesign(series: series, trend: trend)
            guard let start = Self.projectedTrend(of: quadratic, onto: design) else { continue }
            let model = CensoredCountModel(design: design, counts: quadratic.model.counts, censored: series.censored,
                                           family: quadratic.model.family)
            let held = Array(quadratic.parameters.dropFirst(quadratic.model.design.trendCount))
            guard let fit = try? fit(model, start: start, steps: Array(repeating: 0.25, count: start.count), holding: held),
                  fit.aic < (screened ?? quadratic).aic else { continue }
            screened = fit
        }
        guard let screened else { return quadratic }
        let model = screened.model
        guard let full = try? fit(model, start: screened.parameters, steps: Array(Self.steps(model.design).prefix(model.parameterCount))),
              !full.dispersionOnBound, full.aic < quadratic.aic else { return quadratic }
        return full
    }

    /// Trend coefficients for `design` that reproduce the quadratic fit's trend as closely as
    /// they can: the least-squares projection of its trend part of η̂_t on the design's trend
    /// columns (normal equations by GSL's Cholesky), lowered where needed so the whole
    /// log-mean respects the cap. nil when the normal equations are singular.
    static func projectedTrend(of quadratic: Fit, onto design: LifecycleDesign) -> [Double]? {
        let p = design.trendCount
        let old = quadratic.model.design
        let oldTrend = Array(quadratic.parameters.prefix(old.trendCount))
        var gram = Array(repeating: 0.0, count: p * p)
        var moment = Array(repeating: 0.0, count: p)
        for (row, oldRow) in zip(design.rows, old.rows) {
            let eta = zip(oldRow, oldTrend).reduce(0.0) { $0 + $1.0 * $1.1 }
            for i in 0..<p {
                moment[i] += row[i] * eta
                for j in 0..<p { gram[i * p + j] += row[i] * row[j] }
            }
        }
        guard var beta = try? PositiveDefiniteSystem.solve(matrix: gram, rhs: moment) else { return nil }
        let full = beta + quadratic.parameters.dropFirst(old.trendCount)
        let highest = design.rows.indices.map { design.logMean($0, full) }.max() ?? 0
        let cap = quadratic.model.logMeanCap
        if highest > cap - 0.01 { beta[0] -= highest - cap + 0.01 }
        return beta
    }
}
