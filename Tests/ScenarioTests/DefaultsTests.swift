import Calendar
import GSL
import Testing
@testable import Scenario

@Suite("Defaults")
struct DefaultsTests {
    @Test("a minimal scenario gets every documented default")
    func minimal() throws {
        let spec = try #require(decodeValid(minimalYAML))
        #expect(spec.seed == 1)
        #expect(spec.replications == 1)
        #expect(spec.generator == "mt19937")
        #expect(spec.description == nil)
        #expect(spec.events.isEmpty)
        #expect(spec.calendar.period == .day)
        let product = try #require(spec.products.first)
        #expect(product.unitCost == 0 && product.salvageValue == 0 && product.holdingCost == 0)
        #expect(product.elasticity == 0)
        #expect(product.launch == CalendarDate(iso: "2026-03-02"))
        #expect(product.endOfLife == nil)
        #expect(product.seasonality == SeasonalitySpec())
        #expect(product.noise == .poisson)
        #expect(product.supply == SupplySpec(leadTime: .constant(0), orderCost: 0, minOrder: 0, casePack: 1, capacity: nil))
        #expect(product.unmetDemand == UnmetDemandSpec(backorderShare: 0, churn: 0))
        #expect(product.initialStock == 0)
        #expect(product.lifecycle == .phases([PhaseSpec(phase: .maturity, extent: nil, from: 5, to: 5)]))
    }

    @Test("phase levels default along the list: from = previous to, to = from")
    func phaseLevels() throws {
        let yaml = minimalYAML.replacingOccurrences(
            of: "{phases: [{phase: maturity, level: 5}]}",
            with: "{phases: [{phase: introduction, days: 5, to: 10}, {phase: growth, days: 5, to: 40}, {phase: maturity, days: 5}, {phase: decline, to: 2}]}")
        let spec = try #require(decodeValid(yaml))
        guard case let .phases(phases) = spec.products[0].lifecycle else {
            Issue.record("expected phases")
            return
        }
        #expect(phases.map(\.from) == [0, 10, 40, 40])
        #expect(phases.map(\.to) == [10, 40, 40, 2])
        let schedule = try #require(spec.products[0].phaseSchedule(in: spec.calendar))
        #expect(schedule.map(\.start.description) == ["2026-03-02", "2026-03-07", "2026-03-12", "2026-03-17"])
        // The open last phase runs to the end of the horizon (no end of life given).
        #expect(schedule.last?.end == spec.calendar.calendar.end)
    }

    @Test("distributions accept every documented form")
    func distributions() throws {
        let cases: [(String, Distribution)] = [
            ("3", .constant(3)),
            ("{constant: 4}", .constant(4)),
            ("{uniform: {lower: 1, upper: 5}}", .uniform(lower: 1, upper: 5)),
            ("{truncated_normal: {mean: 5, sd: 2, lower: 0}}", .truncatedNormal(mean: 5, sd: 2, lower: 0, upper: .infinity)),
            ("{lognormal: {mean: 10, sd: 3}}", .lognormal(mean: 10, sd: 3)),
            ("{lognormal: {mu: 2, sigma: 0.5}}", .lognormal(mu: 2, sigma: 0.5)),
            ("{gamma: {mean: 21, sd: 5}}", .gamma(mean: 21, sd: 5)),
            ("{gamma: {shape: 2, scale: 3}}", .gamma(shape: 2, scale: 3)),
            ("{exponential: {mean: 4}}", .exponential(mean: 4)),
            ("{poisson: {mean: 6}}", .poisson(mean: 6)),
            ("{negative_binomial: {mean: 6, dispersion: 2}}", .negativeBinomial(mean: 6, dispersion: 2)),
            ("{binomial: {trials: 10, probability: 0.5}}", .binomial(trials: 10, probability: 0.5)),
            ("{bernoulli: {probability: 0.2}}", .bernoulli(probability: 0.2)),
            ("{empirical: {values: [7, 14], weights: [3, 1]}}", .empirical(values: [7, 14], weights: [3, 1])),
            ("{empirical: {values: [7, 14]}}", .empirical(values: [7, 14], weights: [1, 1])),
        ]
        for (text, expected) in cases {
            let yaml = minimalYAML + "\n    supply: {lead_time: \(text)}"
            let spec = try #require(decodeValid(yaml), "\(text)")
            #expect(spec.products[0].supply.leadTime == expected, "\(text)")
        }
    }
}
