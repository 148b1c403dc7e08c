/// How censored sales are turned into demand (docs/censoring.md gives each definition, its
/// formula and its reference).
///
/// Every estimator returns one value per period, finite and ≥ 0, equal to the sales where the
/// period is not censored and at least the sales where it is.
public enum CensoringEstimator: String, CaseIterable, Sendable, Codable, Hashable {
    /// Demand = sales: no correction (the lower bound).
    case asSales = "as-sales"
    /// Kaplan–Meier (product-limit) estimate of the demand distribution over a window of
    /// neighbouring periods; a censored period gets E[D | D ≥ sales] under it
    /// (``ProductLimitEstimator``).
    case productLimit = "product-limit"
    /// Maximum likelihood of a Poisson, negative-binomial or zero-inflated Poisson model whose log-mean follows the
    /// lifecycle and the season, censored periods contributing P(D ≥ sales); a censored period
    /// gets E[D | D ≥ sales] under the fit (``CensoredLikelihoodEstimator``).
    case censoredLikelihood = "censored-likelihood"
    /// The mean of uncensored periods of the same season position nearby (failing those, of
    /// any position), scaled to the local level; never below the sales
    /// (``ComparablePeriodsEstimator``).
    case comparablePeriods = "comparable-periods"
}

extension CensoringEstimator {
    /// Estimated demand per period: equal to sales where not censored, ≥ sales where
    /// censored; finite, ≥ 0. The estimator's default settings.
    /// - Throws: ``CensoringError/invalidSeries(field:index:problem:)`` for a series that
    ///   breaks its invariants, ``CensoringError/gsl(what:_:)`` when GSL refuses a fit.
    public func demand(for series: CensoredSeries) throws(CensoringError) -> [Double] {
        try estimate(for: series).demand
    }

    /// The estimate with the note that says when a fallback rule was applied.
    public func estimate(for series: CensoredSeries) throws(CensoringError) -> CensoringEstimate {
        switch self {
        case .asSales:
            try series.validate()
            return CensoringEstimate(demand: series.sales, notes: series.censored.contains(true) ? [] : [.nothingCensored])
        case .productLimit:
            return try ProductLimitEstimator().estimate(for: series)
        case .censoredLikelihood:
            return try CensoredLikelihoodEstimator().estimate(for: series)
        case .comparablePeriods:
            return try ComparablePeriodsEstimator().estimate(for: series)
        }
    }
}

extension CensoringEstimator: CensoringMethod {}

/// The outcome of an estimator on one series.
public struct CensoringEstimate: Sendable, Hashable {
    /// Demand per period, in units: finite, ≥ 0; equal to the sales where the period is not
    /// censored and ≥ the sales where it is.
    public var demand: [Double]
    /// The fallback rules applied, and facts about the fit; empty when the estimator worked as
    /// defined on every censored period.
    public var notes: Set<CensoringNote>

    public init(demand: [Double], notes: Set<CensoringNote> = []) {
        self.demand = demand
        self.notes = notes
    }
}

/// A fallback rule an estimator applied to a series, or a fact about its fit.
public enum CensoringNote: String, Sendable, Hashable, Codable, CaseIterable {
    /// No period is censored: demand = sales, nothing was estimated.
    case nothingCensored = "nothing-censored"
    /// Every period is censored, so no period shows what demand is: demand = sales (the lower
    /// bound) wherever the estimator had nothing to learn from.
    case everyPeriodCensored = "every-period-censored"
    /// Product-limit: the largest value in a window was censored, so the distribution's tail
    /// beyond the largest uncensored sale was extrapolated by the exponential tail rule.
    case tailExtrapolated = "tail-extrapolated"
    /// Product-limit / comparable periods: a window or a season position had no uncensored
    /// period and was widened (comparable periods: to periods of any position).
    case windowWidened = "window-widened"
    /// Censored likelihood: the negative binomial was chosen (lowest AIC).
    case negativeBinomialChosen = "negative-binomial"
    /// Censored likelihood: the zero-inflated Poisson was chosen (lowest AIC). Neither note:
    /// the Poisson.
    case zeroInflatedPoissonChosen = "zero-inflated-poisson"
    /// Censored likelihood: a natural-spline trend had a lower AIC than the quadratic and was
    /// used for the log-mean.
    case splineTrendChosen = "spline-trend"
    /// Censored likelihood: some sales were not whole numbers; the fit rounded them to counts.
    case salesRounded = "sales-rounded"
    /// Censored likelihood: the simplex stopped at its iteration limit before its size test
    /// passed; the best point found was used.
    case fitNotConverged = "fit-not-converged"
}

extension CensoredSeries {
    /// The shared start of every estimator: validates, and answers the cases with nothing to
    /// estimate — no censored period (demand = sales) or no uncensored one (demand = sales, the
    /// lower bound, with ``CensoringNote/everyPeriodCensored``). nil when there is work to do.
    func trivialEstimate() throws(CensoringError) -> CensoringEstimate? {
        try validate()
        if !censored.contains(true) { return CensoringEstimate(demand: sales, notes: [.nothingCensored]) }
        if !censored.contains(false) { return CensoringEstimate(demand: sales, notes: [.everyPeriodCensored]) }
        return nil
    }

    /// `values` made a valid estimate: sales where not censored, max(sales, value) where
    /// censored, and a non-finite value (which no estimator should produce) replaced by sales.
    func boundedBySales(_ values: [Double]) -> [Double] {
        sales.indices.map { t in
            guard censored[t] else { return sales[t] }
            let value = values[t]
            return value.isFinite ? max(sales[t], value) : sales[t]
        }
    }
}

/// An estimator with settings of its own (``ProductLimitEstimator``,
/// ``CensoredLikelihoodEstimator``, ``ComparablePeriodsEstimator``); ``CensoringEstimator``
/// runs each with its defaults.
public protocol CensoringMethod: Sendable {
    /// The estimate of `series`, with its notes.
    func estimate(for series: CensoredSeries) throws(CensoringError) -> CensoringEstimate
}

extension CensoringMethod {
    /// ``estimate(for:)``'s demand alone.
    public func demand(for series: CensoredSeries) throws(CensoringError) -> [Double] {
        try estimate(for: series).demand
    }
}
