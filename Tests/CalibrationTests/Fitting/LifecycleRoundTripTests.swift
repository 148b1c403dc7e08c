import Foundation
import GSL
import Market
import Testing
@testable import Calibration

/// Products simulated by the real market with known lifecycles and noise, fitted back.
/// Tolerances: three standard errors of the fit (about a 0.3% chance each of failing when the
/// standard errors are right), or the sample-size rules stated at each test.
@Suite("lifecycle fit: round trip through the market")
struct LifecycleRoundTripTests {
    static let bass = BassDiffusion(marketSize: 5000, innovation: 0.01, imitation: 0.15)

    /// Seed 11: m = 5000, p = 0.01, q = 0.15 per week from week 10, NB dispersion 5.
    @Test("Bass m, p, q and the NB dispersion are recovered; AICc picks Bass")
    func bassRoundTrip() throws {
        let history = try LifecycleMarket.simulate(.bass(Self.bass), noise: .negativeBinomial(dispersion: 5),
                                                   launchWeek: 10, seed: 11)
        let fit = try LifecycleFitter().fit(LifecycleFitInput(sales: history.sales))
        #expect(fit.launchPeriod == history.sales.firstIndex { $0 > 0 })
        try Self.expectBass(fit, truth: Self.bass, label: "bass round trip (seed 11)")
        try Self.expectNoise(fit, truth: 5, sales: history.sales)
    }

    /// Seed 12: growth 10 weeks 2 → 40, maturity 30 weeks at 40, decline 20 weeks 40 → 5 from
    /// week 4, then no life (44 weeks of zeros: end of life detected).
    @Test("phase breakpoints and levels are recovered; AICc picks phases")
    func phaseRoundTrip() throws {
        let parts: [(LifecyclePhase, Int, Double, Double)] = [(.growth, 10, 2, 40), (.maturity, 30, 40, 40), (.decline, 20, 40, 5)]
        let history = try LifecycleMarket.simulate(LifecycleMarket.phases(parts, launchWeek: 4), noise: .poisson,
                                                   launchWeek: 4, lifeWeeks: 60, seed: 12)
        let fit = try LifecycleFitter().fit(LifecycleFitInput(sales: history.sales))
        #expect(fit.launchPeriod == 4)
        #expect(fit.endOfLifePeriod == 64)
        guard case let .phases(phases) = fit.model else {
            Issue.record("chose \(fit.model), candidates \(fit.candidates)")
            return
        }
        print("phase round trip (seed 12): \(phases), noise \(fit.noise)")
        #expect(phases.map(\.phase) == [.growth, .maturity, .decline])
        // A breakpoint moved by d periods off a kink where the slope changes by Δb adds about
        // Δb²d³/3 to the squares; noise explains an increase up to about 2σ²·z (z = 3, σ² the
        // Poisson variance at the kink), so d ≤ (6zσ²/Δb²)^⅓.
        let kinks: [(at: Int, slopeChange: Double, variance: Double)] = [(10, 3.8, 40), (40, 1.75, 40)]
        var edge = 0
        for (index, phase) in phases.dropLast().enumerated() {
            edge += phase.periods
            let kink = kinks[index]
            let tolerance = pow(6 * 3 * kink.variance / (kink.slopeChange * kink.slopeChange), 1.0 / 3)
            #expect(Double(abs(edge - kink.at)) <= tolerance, "breakpoint \(edge) vs \(kink.at), tolerance \(tolerance)")
        }
        // The least-squares fit of a k-parameter curve leaves an error of squared norm ≈ kσ² on
        // the fitted values, so their RMS error against the truth is about σ̄·√(k/n); 3× that.
        let live = fit.launchPeriod..<(fit.endOfLifePeriod ?? history.sales.count)
        var squares = 0.0, variance = 0.0
        for t in live {
            squares += pow(fit.baseline[t] - history.expected[t], 2)
            variance += history.expected[t]
        }
        let n = Double(live.count)
        let k = Double(3 * phases.count - 1)
        #expect((squares / n).squareRoot() <= 3 * (variance / n * k / n).squareRoot(), "level RMS \((squares / n).squareRoot())")
    }

    /// Seed 13: m = 8000, p = 0.005, q = 0.1 per week from week 5 under a yearly profile
    /// (winter high), NB dispersion 10; the fit is given the true season factors as multipliers.
    @Test("Bass under known seasonal multipliers is recovered")
    func seasonalBassRoundTrip() throws {
        let months = [0.7, 0.7, 0.8, 0.9, 1, 1, 1, 1, 1.1, 1.2, 1.5, 1.8]
        let season = Seasonality(monthly: months)
        let bass = BassDiffusion(marketSize: 8000, innovation: 0.005, imitation: 0.1)
        let history = try LifecycleMarket.simulate(.bass(bass), noise: .negativeBinomial(dispersion: 10), launchWeek: 5,
                                                   seed: 13, seasonality: season)
        let factors = season.periodFactors(for: LifecycleMarket.calendar(periods: history.sales.count))
        let fit = try LifecycleFitter().fit(LifecycleFitInput(sales: history.sales, multiplier: factors))
        try Self.expectBass(fit, truth: bass, label: "seasonal bass round trip (seed 13)")
        try Self.expectNoise(fit, truth: 10, sales: history.sales)
    }

    /// Seed 14: an intermittent item, maturity at 4 a week over the whole history with
    /// structural zeros π = 0.4 (mean kept at 4): the zero-inflated Poisson is chosen and π
    /// recovered within 3 SE of logit π.
    @Test("zero inflation is recovered on an intermittent item")
    func zeroInflatedRoundTrip() throws {
        let lifecycle = LifecycleMarket.phases([(.maturity, 104, 4, 4)], launchWeek: 0)
        let history = try LifecycleMarket.simulate(lifecycle, noise: .zeroInflated(zeroProbability: 0.4, base: .poisson),
                                                   launchWeek: 0, seed: 14)
        let fit = try LifecycleFitter().fit(LifecycleFitInput(sales: history.sales))
        print("zero-inflated round trip (seed 14): \(fit.model), noise \(fit.noise)")
        try Self.expectNoise(fit, truth: 0.4, sales: history.sales)
    }

    /// A Bass fit whose m, p and q lie within 3 standard errors of the truth.
    static func expectBass(_ fit: LifecycleFit, truth: BassDiffusion, label: String) throws {
        guard case let .bass(m, p, q) = fit.model else {
            Issue.record("\(label): chose \(fit.model), candidates \(fit.candidates)")
            return
        }
        let se = Dictionary(uniqueKeysWithValues: fit.uncertainty.map { ($0.name, $0.standardError) })
        print("\(label): m \(m) ± \(se["market_size"] ?? .nan), p \(p) ± \(se["innovation"] ?? .nan), q \(q) ± \(se["imitation"] ?? .nan), noise \(fit.noise)")
        for (name, fitted, value) in [("market_size", m, truth.marketSize), ("innovation", p, truth.innovation),
                                      ("imitation", q, truth.imitation)] {
            let error = try #require(se[name])
            #expect(abs(fitted - value) <= 3 * error, "\(label): \(name) \(fitted) vs \(value) ± \(error)")
        }
    }

    /// The fitted noise parameter θ (ln k, or logit π) within 3·SE(θ̂) of the truth, the SE from
    /// the log-likelihood's curvature in θ at θ̂.
    static func expectNoise(_ fit: LifecycleFit, truth: Double, sales: [Double]) throws {
        let (estimate, make, transform): (Double, (Double) -> NoiseFit, (Double) -> Double)
        switch fit.noise {
        case let .negativeBinomial(k):
            (estimate, transform) = (k, { log($0) })
            make = { .negativeBinomial(dispersion: exp($0)) }
        case let .zeroInflated(pi, .poisson):
            (estimate, transform) = (pi, { log($0 / (1 - $0)) })
            make = { .zeroInflated(zeroProbability: 1 / (1 + exp(-$0)), base: .poisson) }
        default:
            Issue.record("noise \(fit.noise)")
            return
        }
        let live = fit.launchPeriod..<(fit.endOfLifePeriod ?? sales.count)
        let observations = CountObservations(sales: Array(sales[live]), censored: Array(repeating: false, count: live.count))
        let means = Array(fit.baseline[live])
        let (theta, h) = (transform(estimate), 0.05)
        let ll = { (x: Double) in observations.logLikelihood(make(theta + x), means: means) }
        let se = 1 / (-(ll(h) - 2 * ll(0) + ll(-h)) / (h * h)).squareRoot()
        print("noise: \(fit.noise.family) \(estimate), SE of the transformed parameter \(se), truth \(truth)")
        #expect(abs(theta - transform(truth)) <= 3 * se, "\(estimate) vs \(truth), SE \(se)")
    }
}
