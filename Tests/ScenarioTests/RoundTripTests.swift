import Foundation
import GSL
import Calendar
import Testing
import Market
@testable import Scenario

@Suite("Round trip")
struct RoundTripTests {
    /// A spec using every kind of event, lifecycle, noise and distribution form.
    static let everything = """
    name: everything
    description: "every feature once: quotes, unicode — and colons: too"
    seed: 18446744073709551615
    replications: 4
    generator: taus2
    calendar: {start: 2026-01-05, periods: 120}
    products:
      - id: a
        name: Product A
        category: c1
        price: 19.99
        unit_cost: 7.3
        elasticity: -1.7
        end_of_life: 2026-04-01
        lifecycle: {bass: {market_size: 1000, innovation: 0.003, imitation: 0.1, repeat: {rate: 0.02}}}
        seasonality:
          weekly: [0.9, 0.9, 1, 1, 1.1, 1.2, 0.9]
          yearly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.4]
          peaks: [{name: winter, start: 12-20, end: 01-05, lift: 1.3}]
        noise: {zero_inflated: {zero_probability: 0.3, base: {negative_binomial: {dispersion: 2.5}}}}
        supply: {lead_time: {truncated_normal: {mean: 5, sd: 2, lower: 1}}, order_cost: 10, min_order: 4, case_pack: 2, capacity: 50.5}
        unmet_demand: {backorder_share: 0.5, churn: 0.1}
        initial_stock: 7
      - id: b
        launch: 2026-02-02
        price: 5
        lifecycle:
          phases:
            - {phase: introduction, start: 2026-02-02, end: 2026-02-10, from: 1, to: 3}
            - {phase: growth, periods: 3, to: 8}
            - {phase: decline, days: 30, to: 1}
        noise: {zero_inflated: {zero_probability: 0.5}}
        supply: {lead_time: {empirical: {values: [1, 2, 9], weights: [1, 1, 0.5]}}}
    events:
      - promotion: {name: p, products: [a], start: 2026-02-01, end: 2026-02-07, discount: 0.1, lift: 1.2, dip: {share: 0.3, periods: 2}, effects: [{product: b, multiplier: 0.9}]}
      - promotion: {products: [b], start: 2026-03-01, days: 3, dip: {share: 0.1, end: 2026-03-20}}
      - price_change: {products: [a, b], date: 2026-03-01, price: 4.5}
      - shock: {spike: {products: [a], start: 2026-01-20, periods: 2, lift: 3}}
      - shock: {level_shift: {name: ls, products: [b], start: 2026-03-10, factor: 0.8}}
      - shock: {competitor_entry: {products: [a], start: 2026-02-15, market_share_loss: 0.2, ramp_days: 14}}
      - shock: {supply_disruption: {products: [a, b], start: 2026-02-20, end: 2026-03-05, lead_time_factor: 1.5, supply_fraction: 0.7}}
    """

    @Test("encoding the resolved spec and decoding it again gives an equal spec")
    func roundTrip() throws {
        let spec = try #require(decodeValid(Self.everything))
        let yaml = try spec.encodedYAML()
        let again = try ScenarioSpec.decode(yaml: yaml, file: "resolved.yaml")
        #expect(again == spec)
        // Defaults are written out, so the resolved file is explicit about them.
        #expect(yaml.contains("salvage_value: 0"))
        #expect(yaml.contains("launch: 2026-01-05") || yaml.contains("launch: '2026-01-05'"))
        // Encoding is deterministic: the same spec always gives the same text.
        #expect(try again.encodedYAML() == yaml)
    }

    @Test("the spec is plain Codable too: a JSON round trip gives an equal spec")
    func json() throws {
        let spec = try #require(decodeValid(Self.everything))
        let data = try JSONEncoder().encode(spec)
        #expect(try JSONDecoder().decode(ScenarioSpec.self, from: data) == spec)
        // Without the loader's log, decoding stops at the first problem, still with its path.
        let broken = Data(#"{"name": "x", "calendar": {"start": "2026-01-05", "periods": 3, "perod": "day"}}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ScenarioSpec.self, from: broken) }
    }

    @Test("numbers that need all 17 digits survive the round trip")
    func exactNumbers() throws {
        let calendar = CalendarSpec(start: try #require(CalendarDate(iso: "2026-01-05")), periods: 10)
        let product = ProductSpec(
            id: "third", price: 10.0 / 3.0, elasticity: -1.0 / 3.0,
            lifecycle: .bass(BassSpec(marketSize: 1e7 / 7.0, innovation: 0.1 / 3.0, imitation: 2.0 / 7.0)),
            seasonality: SeasonalitySpec(weekly: [1.0 / 3.0, 1, 1, 1, 1, 1, 1]),
            supply: SupplySpec(leadTime: .gamma(mean: 21, sd: 5), capacity: 1e-7 / 3.0))
        let spec = ScenarioSpec(name: "exact", calendar: calendar, products: [product])
        try spec.validate()
        let again = try ScenarioSpec.decode(yaml: try spec.encodedYAML(), file: "resolved.yaml")
        #expect(again.products[0].launch == calendar.start)
        var expected = spec
        expected.products[0].launch = calendar.start
        #expect(again == expected)
    }

    @Test("the decoded values are the ones written")
    func values() throws {
        let spec = try #require(decodeValid(Self.everything))
        #expect(spec.seed == UInt64.max)
        #expect(spec.events.count == 7)
        guard case let .promotion(promotion) = spec.events[0] else {
            Issue.record("expected a promotion")
            return
        }
        #expect(promotion.window.end(period: spec.calendar.period) == CalendarDate(iso: "2026-02-08"))
        #expect(promotion.dip == DipSpec(share: 0.3, length: .periods(2)))
        #expect(spec.products[1].noise == .zeroInflated(zeroProbability: 0.5, base: .poisson))
        // The peak wraps the year end in the built market.
        let peak = try #require(try spec.marketModel().products[0].seasonality.peaks.first)
        #expect(peak.contains(MonthDay(try #require(CalendarDate(iso: "2027-01-02")))))
        #expect(!peak.contains(MonthDay(try #require(CalendarDate(iso: "2026-06-01")))))
    }
}
