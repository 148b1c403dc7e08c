import Censoring
import Market
import Testing
@testable import Calibration

/// Censoring, short and empty series, failing solvers, bad input.
@Suite("lifecycle fit: censoring, fallbacks and failures")
struct LifecycleFallbackTests {
    static let prior = LifecyclePrior(innovation: 0.02, imitation: 0.2, logitSpread: 0.5, noise: .negativeBinomial(dispersion: 3))

    /// Seed 21: the Bass product of the round trip (peak ≈ 213 a week) with a shelf of 150 units
    /// a week, so the weeks around the peak sell out. Customers turned away stay in the market,
    /// so the units sold still approach m; what censoring hides is the demand of the sold-out
    /// weeks. Fitted on the sales as they are, the expected demand of those weeks must fall
    /// below the truth (the sales are a lower bound); unconstrained, it must land nearer.
    @Test("stockouts: the censored fit is not biased low")
    func censoredNotBiasedLow() throws {
        let history = try LifecycleMarket.simulate(.bass(LifecycleRoundTripTests.bass), noise: .negativeBinomial(dispersion: 5),
                                                   launchWeek: 10, seed: 21, cap: 150)
        let weeks = history.censored.indices.filter { history.censored[$0] }
        try #require(weeks.count >= 5, "only \(weeks.count) censored weeks")
        let input = LifecycleFitInput(sales: history.sales, censored: history.censored)
        let corrected = try LifecycleFitter().fit(input)
        let ignored = try LifecycleFitter(options: LifecycleFitOptions(censoring: .asSales)).fit(input)
        let truth = weeks.reduce(0) { $0 + history.expected[$1] }
        let (fitted, naive) = (weeks.reduce(0) { $0 + corrected.baseline[$1] }, weeks.reduce(0) { $0 + ignored.baseline[$1] })
        print("censored (seed 21, \(weeks.count) weeks): expected demand in them \(truth), corrected fit \(fitted), ignoring censoring \(naive)")
        #expect(corrected.notes.contains(.censoredPeriodsUnconstrained(count: weeks.count, estimator: .censoredLikelihood)))
        #expect(naive < truth)
        #expect(abs(fitted - truth) < abs(naive - truth), "corrected \(fitted), ignored \(naive), truth \(truth)")
    }

    @Test("a too-short series falls back to the group prior, with a note")
    func tooShortUsesPrior() throws {
        let sales: [Double] = [0, 0, 0, 4, 0, 0, 7, 0, 0, 0]
        let fit = try LifecycleFitter().fit(LifecycleFitInput(sales: sales, prior: Self.prior))
        guard case let .bass(m, p, q) = fit.model else {
            Issue.record("model \(fit.model)")
            return
        }
        #expect(p == 0.02 && q == 0.2 && m >= 11)
        #expect(fit.noise == .negativeBinomial(dispersion: 3))
        #expect(fit.notes.contains { if case .tooShort = $0 { true } else { false } }, "\(fit.notes)")
        #expect(fit.baseline.allSatisfy { $0.isFinite } && fit.baseline[0..<3].allSatisfy { $0 == 0 })
        // The curve is scaled to the volume: expected units over the live periods = units sold.
        #expect(abs(fit.baseline.reduce(0, +) - 11) < 1e-9)

        let noPrior = try LifecycleFitter().fit(LifecycleFitInput(sales: sales))
        #expect(noPrior.model == .phases([FittedPhase(phase: .maturity, periods: 7, from: 11.0 / 7, to: 11.0 / 7)]))
        #expect(noPrior.noise == .poisson)
    }

    @Test("a zero series or zero multipliers never yield NaN")
    func zeroSeries() throws {
        let zero = try LifecycleFitter().fit(LifecycleFitInput(sales: Array(repeating: 0, count: 52)))
        #expect(zero.notes == [.noSales] && zero.baseline == Array(repeating: 0, count: 52))
        #expect(zero.model == .phases([FittedPhase(phase: .maturity, periods: 52, from: 0, to: 0)]))
        var sales = Array(repeating: 0.0, count: 40)
        for t in stride(from: 5, to: 40, by: 2) { sales[t] = 3 }
        let muted = try LifecycleFitter().fit(LifecycleFitInput(sales: sales, multiplier: Array(repeating: 0, count: 40)))
        #expect(muted.baseline.allSatisfy { $0.isFinite })
        let finite = muted.candidates.allSatisfy { $0.logLikelihood.isFinite && $0.aicc.map(\.isFinite) != false }
        #expect(finite)
    }

    /// One iteration of GSL's trust-region solver cannot reach its tolerances from either start.
    @Test("a Bass fit that does not converge names the GSL status and falls back to phases")
    func nonConvergence() throws {
        let history = try LifecycleMarket.simulate(.bass(LifecycleRoundTripTests.bass), noise: .poisson, launchWeek: 3, seed: 31)
        let fit = try LifecycleFitter(options: LifecycleFitOptions(bassIterations: 1)).fit(LifecycleFitInput(sales: history.sales))
        let failure = fit.notes.first { if case .bassFailed = $0 { true } else { false } }
        #expect(failure.map { "\($0)".contains("GSL_EMAXITER") } == true, "\(fit.notes)")
        #expect(!fit.candidates.contains { $0.name == "bass" })
        if case .phases = fit.model {} else { Issue.record("model \(fit.model)") }
    }

    /// One Brent iteration cannot meet the tolerance: the negative binomial falls back to the prior's.
    @Test("a noise fit that fails names the GSL status and falls back to the prior")
    func noiseFailure() throws {
        let history = try LifecycleMarket.simulate(.bass(LifecycleRoundTripTests.bass), noise: .negativeBinomial(dispersion: 5),
                                                   launchWeek: 3, seed: 32)
        let options = LifecycleFitOptions(noiseIterations: 1)
        let fit = try LifecycleFitter(options: options).fit(LifecycleFitInput(sales: history.sales, prior: Self.prior))
        let failures = fit.notes.filter { if case .noiseFitFailed = $0 { true } else { false } }
        #expect(failures.contains(.noiseFitFailed(family: "negative-binomial", status: failures.first.map(Self.status) ?? "",
                                                  fallback: .negativeBinomial(dispersion: 3))), "\(fit.notes)")
        #expect(failures.allSatisfy { "\($0)".contains("GSL status 11") }, "\(failures)")
    }

    static func status(_ note: CalibrationNote) -> String {
        if case let .noiseFitFailed(_, status, _) = note { return status }
        return ""
    }

    @Test("bad input is refused with the field and period")
    func badInput() {
        #expect(throws: LifecycleFitError.invalidInput(field: "sales", index: 2, problem: "is nan; sales must be finite and ≥ 0")) {
            try LifecycleFitter().fit(LifecycleFitInput(sales: [1, 2, .nan]))
        }
        #expect(throws: LifecycleFitError.self) { try LifecycleFitter().fit(LifecycleFitInput(sales: [1, 2], censored: [false])) }
        #expect(throws: LifecycleFitError.self) { try LifecycleFitter().fit(LifecycleFitInput(sales: [1, 2], multiplier: [1, -1])) }
        #expect(throws: LifecycleFitError.self) { try LifecycleFitter().fit(LifecycleFitInput(sales: [])) }
        let badPrior = LifecyclePrior(innovation: 1.5, imitation: 0.2, logitSpread: 1)
        #expect(throws: LifecycleFitError.self) { try LifecycleFitter().fit(LifecycleFitInput(sales: [1, 2], prior: badPrior)) }
    }
}
