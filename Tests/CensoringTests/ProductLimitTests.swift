import Foundation
import GSL
import Testing
@testable import Censoring

/// The Kaplan–Meier estimate and its imputation on series small enough to compute by hand.
@Suite("product-limit: hand-computed Kaplan–Meier")
struct ProductLimitTests {
    /// Exact 2, 3, 3, 5; censored at 3 and 4 (D ≥ 3, D ≥ 4).
    /// u = 2: at risk 4 exact ≥ 2 + 2 censored above 2 = 6, one sale → h = 1/6, mass 1/6, S = 5/6.
    /// u = 3: at risk 3 + 1 (the one censored at 4; the one at 3 says nothing at 3) = 4, two
    ///        sales → h = 1/2, mass 5/12, S = 5/12.
    /// u = 5: at risk 1 → h = 1, mass 5/12, S = 0: no tail.
    @Test("masses, mean and conditional means of a six-observation example")
    func sixObservations() throws {
        let km = try #require(ProductLimitDistribution(exact: [3, 5, 2, 3], censoredAt: [4, 3]))
        #expect(km.values == [2, 3, 5])
        for (mass, expected) in zip(km.masses, [1.0 / 6, 5.0 / 12, 5.0 / 12]) {
            #expect(abs(mass - expected) < 1e-12)
        }
        #expect(!km.hasTail)
        #expect(abs(km.mean - 11.0 / 3) < 1e-12)
        // E[D | D ≥ 3] = (3·5/12 + 5·5/12) / (10/12) = 4; E[D | D ≥ 4] = 5.
        #expect(abs(km.conditionalMean(atLeast: 3) - 4) < 1e-12)
        #expect(abs(km.conditionalMean(atLeast: 4) - 5) < 1e-12)
    }

    @Test("the estimator imputes E[D | D ≥ sales] per censored period over the whole series")
    func imputation() throws {
        let series = CensoredSeries(sales: [2, 3, 3, 5, 3, 4], censored: [false, false, false, false, true, true])
        let estimate = try ProductLimitEstimator(halfWidth: nil).estimate(for: series)
        #expect(estimate.demand.count == 6)
        for (value, expected) in zip(estimate.demand, [2.0, 3, 3, 5, 4, 5]) {
            #expect(abs(value - expected) < 1e-12)
        }
        #expect(estimate.notes.isEmpty)
    }

    /// Exact 1, 2; censored at 4. u = 1: at risk 3 → h = 1/3, S = 2/3; u = 2: at risk 2 →
    /// h = 1/2, S = 1/3 left beyond 2. Tail rule: the probability plot puts 1 at Φ⁻¹(1/6) and 2
    /// at Φ⁻¹(1/2) = 0 with equal weights, so σ = 1/(−Φ⁻¹(1/6)) and μ = 2; E[D | D ≥ 4] is the
    /// mean of that normal truncated at 4.
    @Test("a censored largest value: the normal tail of the probability plot")
    func tail() throws {
        let km = try #require(ProductLimitDistribution(exact: [1, 2], censoredAt: [4]))
        #expect(abs(km.tailMass - 1.0 / 3) < 1e-12)
        let sd = 1 / -StandardNormal.quantile(1.0 / 6)
        guard case let .normal(mean, fitted) = km.tail else {
            Issue.record("expected a normal tail, got \(km.tail)")
            return
        }
        #expect(abs(mean - 2) < 1e-12 && abs(fitted - sd) < 1e-12)
        let z = 2 / sd
        let truncated: Double = 2 + sd * StandardNormal.density(z) / StandardNormal.complementaryCDF(z)
        #expect(abs(km.conditionalMean(atLeast: 4) - truncated) < 1e-12)
        let estimate = try ProductLimitEstimator(halfWidth: nil)
            .estimate(for: CensoredSeries(sales: [1, 2, 4], censored: [false, false, true]))
        #expect(estimate.notes.contains(.tailExtrapolated))
        #expect(abs(estimate.demand[2] - truncated) < 1e-12)
    }

    /// Exact 0, 0; censored at 3: one distinct value, so no plot; the exponential tail through
    /// S(0) = 1/3 with the one-unit floor: θ = 1/ln 3, E[D | D ≥ 3] = 3 + θ.
    @Test("a single distinct exact value: the exponential tail")
    func exponentialTail() throws {
        let km = try #require(ProductLimitDistribution(exact: [0, 0], censoredAt: [3]))
        #expect(abs(km.tailMass - 1.0 / 3) < 1e-12)
        #expect(abs(km.conditionalMean(atLeast: 3) - (3 + 1 / log(3))) < 1e-12)
    }

    /// A censored value tied with an exact one: the censoring at 3 says D ≥ 3, which does not
    /// contradict D = 3, so it is not at risk at 3 and the exact 3 takes all the mass.
    @Test("a censored value tied with an exact one carries no risk at that value")
    func tie() throws {
        let km = try #require(ProductLimitDistribution(exact: [3], censoredAt: [3]))
        #expect(km.masses == [1])
        #expect(!km.hasTail)
        #expect(km.conditionalMean(atLeast: 3) == 3)
    }

    @Test("without an exact value there is no distribution")
    func noExact() {
        #expect(ProductLimitDistribution(exact: [], censoredAt: [1, 2]) == nil)
    }

    /// A window of 3 (h = 1) around period 4 holds only censored periods: it doubles to h = 2,
    /// 4, … until it holds `minimumExact` uncensored periods.
    @Test("a window without enough uncensored periods widens")
    func widening() throws {
        let series = CensoredSeries(sales: [5, 6, 5, 1, 1, 1, 6, 5, 6], censored: [false, false, false, true, true, true, false, false, false])
        let estimator = ProductLimitEstimator(halfWidth: 1, minimumExact: 2)
        var notes: Set<CensoringNote> = []
        #expect(estimator.window(around: 4, in: series, notes: &notes) == 2..<7)
        #expect(notes == [.windowWidened])
        let estimate = try estimator.estimate(for: series)
        // Every censored value (1) lies below the window's exact 5 and 6: E[D | D ≥ 1] = 5.5.
        #expect(abs(estimate.demand[4] - 5.5) < 1e-12)
    }

    /// Around period 3, h = 1 gives two uncensored periods (sales 3 and 0) but one positive:
    /// h = 2 still one; h = 4 covers the series.
    @Test("a window widens until two of its uncensored periods sold something")
    func wideningForPositiveSales() {
        let series = CensoredSeries(sales: [0, 0, 3, 0, 0, 0, 4], censored: [false, false, false, true, false, false, false])
        var notes: Set<CensoringNote> = []
        #expect(ProductLimitEstimator(halfWidth: 1, minimumExact: 2).window(around: 3, in: series, notes: &notes) == 0..<7)
        #expect(notes == [.windowWidened])
    }
}
