import Censoring
import GSL

/// Fits one product's lifecycle and noise to its history, in the simulator's terms.
///
/// Rules, in order:
/// 1. **Censored periods** of the live window are unconstrained first by
///    ``LifecycleFitOptions/censoring`` (censored likelihood by default); the fits then read
///    that demand, Bass adoption still grows by the units sold, and the count likelihood scores
///    a censored period by P(D ≥ sales). A note says how many periods were censored.
/// 2. **Launch and end of life** (``LifeSpan``): launch at the first sale; a sale in period 0
///    means the life began before the history, so Bass (which needs the adopters so far) is not
///    fitted, only phases. End of life after the last sale when at least
///    K = max(8, ⌈3 × mean inter-demand interval⌉) zero periods follow it.
/// 3. **Too short or sparse**: fewer than ``minimumLivePeriods`` live periods or fewer than
///    ``minimumNonZeroPeriods`` with a sale → the fallback (``fallback(_:span:input:notes:)``).
/// 4. **Candidates**: Bass by GSL's non-linear least squares with priors (``BassLifecycleFit``)
///    and phase lifecycles of 1…4 phases by a segmented fit (``SegmentedFit``). A Bass fit that
///    GSL does not converge is left out with a note naming the status.
/// 5. **Noise family** (``NoiseFitter``): Poisson, negative binomial or zero-inflated Poisson by
///    AIC, fitted around the candidate with the least squared error (the one whose residuals owe
///    least to misfit).
/// 6. **Choice**: every candidate is scored by the count log-likelihood of that family (its own
///    maximum-likelihood k or π) over the live periods, AICc with k = lifecycle + noise
///    parameters; the lowest wins. Its noise is the product's.
/// 7. **Uncertainty**: the winner's lognormal sigmas (Bass: m, p, q; phases: a level scale),
///    each capped at ``sigmaCap``; none, with a note, when the fit gives no covariance.
///
/// Nothing non-finite leaves a fit: every fallback is finite by construction.
public struct LifecycleFitter: Sendable {
    public var options: LifecycleFitOptions

    /// Fewer live periods than this fall back.
    public static let minimumLivePeriods = 8
    /// Fewer live periods with a sale than this fall back.
    public static let minimumNonZeroPeriods = 3
    /// The largest log-sigma given: e¹ ≈ 2.7, a parameter known to within a factor of 2.7 at one
    /// standard deviation; beyond that a what-if would draw markets no history supports.
    public static let sigmaCap = 1.0

    public init(options: LifecycleFitOptions = LifecycleFitOptions()) {
        self.options = options
    }

    /// The fit of `input`.
    /// - Throws: ``LifecycleFitError/invalidInput(field:index:problem:)`` when the input or the
    ///   options break their invariants; every history that is merely unfit gets a fallback.
    public func fit(_ input: LifecycleFitInput) throws(LifecycleFitError) -> LifecycleFit {
        try options.validate()
        try input.validate()
        guard !input.sales.isEmpty else {
            throw .invalidInput(field: "sales", index: nil, problem: "is empty; give at least one period")
        }
        guard let span = LifeSpan(sales: input.sales) else { return Self.noSales(input) }
        var notes: [CalibrationNote] = span.soldBeforeHistory ? [.soldBeforeHistory] : []
        let series = unconstrained(input, live: span.live, notes: &notes)
        guard series.count >= Self.minimumLivePeriods, series.nonZeroCount >= Self.minimumNonZeroPeriods else {
            return Self.fallback(series, span: span, input: input, notes: notes)
        }
        var fits: [CandidateFit] = []
        if !span.soldBeforeHistory {
            switch BassLifecycleFit.fit(series, prior: input.prior, maximumIterations: options.bassIterations) {
            case let .success(fit): fits.append(fit)
            case let .failure(failure): notes.append(.bassFailed(status: failure.status))
            }
        }
        fits += SegmentedFit.candidates(series, maximumPhases: options.maximumPhases,
                                        minimumPeriods: min(options.minimumPhasePeriods, series.count))
        return select(fits, series: series, span: span, input: input, notes: notes)
    }

    /// The live window with censored periods unconstrained (rule 1).
    func unconstrained(_ input: LifecycleFitInput, live: Range<Int>, notes: inout [CalibrationNote]) -> LiveSeries {
        let sold = Array(input.sales[live])
        let censored = Array(input.censored[live])
        var demand = sold
        let count = censored.reduce(0) { $0 + ($1 ? 1 : 0) }
        if count > 0 {
            do {
                demand = try options.censoring.estimate(for: CensoredSeries(sales: sold, censored: censored)).demand
                notes.append(.censoredPeriodsUnconstrained(count: count, estimator: options.censoring))
            } catch {
                notes.append(.censoringFailed(reason: error.description))
            }
        }
        return LiveSeries(sold: sold, demand: demand, censored: censored, multiplier: Array(input.multiplier[live]))
    }

    /// `live` values placed in a history of `periods` periods, 0 elsewhere.
    static func placed(_ values: [Double], live: Range<Int>, periods: Int) -> [Double] {
        var result = [Double](repeating: 0, count: periods)
        for (offset, value) in values.enumerated() { result[live.lowerBound + offset] = value }
        return result
    }
}
