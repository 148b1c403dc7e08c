import Foundation
import GSL

/// `censored-likelihood`: direct maximum likelihood of a count model whose log-mean follows the
/// lifecycle and the season (``LifecycleDesign``), censored periods contributing P(D ≥ sales)
/// (``CensoredCountModel``); each censored period then gets E[D | D ≥ sales] under the fit.
///
/// The likelihood is minimised with GSL's Nelder–Mead simplex (``SimplexMinimizer``), run twice
/// (the second search restarts from the first one's best point, the usual guard against a
/// simplex collapsing early). The family is chosen on the quadratic trend: the Poisson is fitted
/// first; the negative binomial starts from its coefficients with k = 2, the zero-inflated
/// Poisson from them with π = ½ (and the Poisson part's intercept raised by ln 2).
/// ``Family/automatic`` keeps the one with the lowest AIC (2·parameters − 2·log-likelihood),
/// except a negative binomial whose k ends on its lower bound: its likelihood still rises as
/// k → 0, so it has no maximum, and the Poisson is kept. ``Trend/automatic`` then tries that
/// family with natural-spline trends and keeps the trend with the lowest AIC
/// (``fitTrends(from:series:)``).
public struct CensoredLikelihoodEstimator: CensoringMethod, Hashable {
    /// The count family of the fit.
    public enum Family: String, Sendable, Hashable, CaseIterable, Codable {
        /// Both fitted; the lower AIC wins.
        case automatic
        case poisson
        case negativeBinomial = "negative-binomial"
        case zeroInflatedPoisson = "zero-inflated-poisson"
    }

    /// The shape of the log-mean in time.
    public enum Trend: String, Sendable, Hashable, CaseIterable, Codable {
        /// The quadratic and natural cubic splines with 4, 5 and 6 knots (those the series is
        /// long enough for: ten periods between knots); the lowest AIC wins (the splines
        /// screened with the season and the family's parameter held, the best refitted in full).
        case automatic
        /// A log-mean quadratic in time only.
        case quadratic
    }

    public var family: Family
    public var trend: Trend
    /// Iterations of each simplex search (≥ 1).
    public var maximumIterations: Int

    public init(family: Family = .automatic, trend: Trend = .automatic, maximumIterations: Int = 2000) {
        self.family = family
        self.trend = trend
        self.maximumIterations = max(1, maximumIterations)
    }

    /// One fitted model.
    struct Fit {
        var model: CensoredCountModel
        var parameters: [Double]
        var negativeLogLikelihood: Double
        var converged: Bool
        var aic: Double { 2 * Double(model.parameterCount) + 2 * negativeLogLikelihood }
        /// Whether a negative binomial's ln k ended within 0.05 of its lower bound: the
        /// likelihood was still rising towards k → 0, so the fit is no maximum.
        var dispersionOnBound: Bool {
            model.family == .negativeBinomial
                && parameters[model.design.parameterCount] < CensoredCountModel.logDispersionRange.lowerBound + 0.05
        }
    }

    public func estimate(for series: CensoredSeries) throws(CensoringError) -> CensoringEstimate {
        if let trivial = try series.trivialEstimate() { return trivial }
        var notes: Set<CensoringNote> = []
        if series.sales.contains(where: { $0.rounded() != $0 }) { notes.insert(.salesRounded) }
        let counts = series.sales.map { Int(min($0.rounded(), Double(CountDistribution.maximumCount - 1))) }
        var chosen = try fitFamilies(LifecycleDesign(series: series), counts: counts, series: series)
        if trend == .automatic {
            chosen = fitTrends(from: chosen, series: series)
            if case .naturalSpline = chosen.model.design.trend { notes.insert(.splineTrendChosen) }
        }
        switch chosen.model.family {
        case .poisson: break
        case .negativeBinomial: notes.insert(.negativeBinomialChosen)
        case .zeroInflatedPoisson: notes.insert(.zeroInflatedPoissonChosen)
        }
        if !chosen.converged { notes.insert(.fitNotConverged) }
        var values = series.sales
        for t in series.censoredPeriods {
            guard let distribution = chosen.model.distribution(t, chosen.parameters) else { continue }
            values[t] = CensoredCountModel.conditionalMean(distribution, atLeast: Int(series.sales[t].rounded(.up)))
        }
        return CensoringEstimate(demand: series.boundedBySales(values), notes: notes)
    }

    /// The fit of ``family`` on `design`: for ``Family/automatic`` the Poisson, the negative
    /// binomial and the zero-inflated Poisson, the lowest AIC kept.
    func fitFamilies(_ design: LifecycleDesign, counts: [Int], series: CensoredSeries) throws(CensoringError) -> Fit {
        func model(_ family: CensoredCountModel.Family) -> CensoredCountModel {
            CensoredCountModel(design: design, counts: counts, censored: series.censored, family: family)
        }
        let poisson = try fit(model(.poisson), start: Self.start(design, series), steps: nil)
        var chosen = poisson
        let steps = Self.steps(design)
        // The other families start where the Poisson ended (always inside their bounds), so
        // GSL cannot refuse their start; a refusal still only drops that family.
        if family == .automatic || family == .negativeBinomial,
           let negativeBinomial = try? fit(model(.negativeBinomial), start: poisson.parameters + [log(2)], steps: steps),
           family == .negativeBinomial || (negativeBinomial.aic < chosen.aic && !negativeBinomial.dispersionOnBound) {
            chosen = negativeBinomial
        }
        if family == .automatic || family == .zeroInflatedPoisson {
            // π = ½ to start, and the Poisson part at twice the Poisson's mean where the cap
            // allows.
            let zeroInflatedModel = model(.zeroInflatedPoisson)
            var start = poisson.parameters + [0]
            start[0] += log(2)
            if !zeroInflatedModel.negativeLogLikelihood(start).isFinite { start = poisson.parameters + [0] }
            if let zeroInflated = try? fit(zeroInflatedModel, start: start, steps: steps),
               family == .zeroInflatedPoisson || zeroInflated.aic < chosen.aic {
                chosen = zeroInflated
            }
        }
        return chosen
    }

    /// Simplex steps for a fit that starts from another: a quarter on each coefficient, 1 on
    /// ln k or logit π.
    static func steps(_ design: LifecycleDesign) -> [Double] {
        Array(repeating: 0.25, count: design.parameterCount) + [1]
    }

    /// The intercept at the log of the mean sale (at least 0.05 a period), every other
    /// coefficient 0.
    static func start(_ design: LifecycleDesign, _ series: CensoredSeries) -> [Double] {
        let mean = series.sales.reduce(0, +) / Double(max(1, series.count))
        return [log(max(mean, 0.05))] + Array(repeating: 0, count: design.parameterCount - 1)
    }

    /// Two simplex searches from `start`, the second from the first's best point, over the
    /// leading parameters: `held` (default none) is appended unchanged, so a fit can vary the
    /// trend alone while the season terms and the family's parameter stay put.
    func fit(_ model: CensoredCountModel, start: [Double], steps: [Double]?, holding held: [Double] = []) throws(CensoringError) -> Fit {
        let steps = steps ?? Array(repeating: 0.5, count: start.count)
        func objective(_ x: [Double]) -> Double { model.negativeLogLikelihood(held.isEmpty ? x : x + held) }
        do {
            let minimizer = try SimplexMinimizer(dimension: start.count)
            let first = try minimizer.minimize(objective, start: start, stepSizes: steps,
                                               sizeTolerance: 1e-5, maximumIterations: maximumIterations)
            let second = try minimizer.minimize(objective, start: first.x, stepSizes: steps.map { $0 / 2 },
                                                sizeTolerance: 1e-5, maximumIterations: maximumIterations)
            let best = second.value <= first.value ? second : first
            return Fit(model: model, parameters: best.x + held, negativeLogLikelihood: best.value, converged: second.converged)
        } catch {
            throw .gsl(what: "fitting the \(model.family) model", error)
        }
    }
}
