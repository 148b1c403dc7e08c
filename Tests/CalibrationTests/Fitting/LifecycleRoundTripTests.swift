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
        guard case let .bass(m, p, q) = fit.model else {
            Issue.record("chose \(fit.model), candidates \(fit.candidates)")
            return
        }
        let se = Dictionary(uniqueKeysWithValues: fit.uncertainty.map { ($0.name, $0.standardError) })
        print("bass round trip (seed 11): m \(m) ± \(se["market_size"] ?? .nan), p \(p) ± \(se["innovation"] ?? .nan), q \(q) ± \(se["imitation"] ?? .nan), noise \(fit.noise)")
        for (name, fitted, truth) in [("market_size", m, 5000.0), ("innovation", p, 0.01), ("imitation", q, 0.15)] {
            let error = try #require(se[name])
            #expect(abs(fitted - truth) <= 3 * error, "\(name): \(fitted) vs \(truth) ± \(error)")
        }
        try Self.expectDispersion(fit, truth: 5, sales: history.sales)
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

    /// |ln k̂ − ln k| ≤ 3·SE(ln k̂), the SE from the likelihood's curvature in ln k at k̂.
    static func expectDispersion(_ fit: LifecycleFit, truth: Double, sales: [Double]) throws {
        guard case let .negativeBinomial(k) = fit.noise else {
            Issue.record("noise \(fit.noise), expected a negative binomial")
            return
        }
        let live = fit.launchPeriod..<(fit.endOfLifePeriod ?? sales.count)
        let observations = CountObservations(sales: Array(sales[live]), censored: Array(repeating: false, count: live.count))
        let means = Array(fit.baseline[live])
        let h = 0.05
        let ll = { (x: Double) in observations.logLikelihood(.negativeBinomial(dispersion: exp(log(k) + x)), means: means) }
        let curvature = -(ll(h) - 2 * ll(0) + ll(-h)) / (h * h)
        let se = 1 / curvature.squareRoot()
        print("dispersion: k \(k) ± \(k * se) (SE of ln k \(se)), truth \(truth)")
        #expect(abs(log(k) - log(truth)) <= 3 * se, "k \(k) vs \(truth), SE(ln k) \(se)")
    }
}
