import Foundation
import Testing
@testable import Scenario
import Forecasting

@Suite("Strategies and product economics: round trip")
struct StrategiesRoundTripTests {
    /// Every strategy form and product addition, with numbers that need all their digits.
    static let yaml = """
    name: strategies
    calendar: {start: 2026-01-05, periods: 20, period: week}
    products:
      - id: a
        price: 19.99
        unit_cost: 7.3
        holding_rate: 0.2
        shortage_penalty: 1.25
        copies: 3
        end_of_life: 2026-05-11
        lifecycle: {phases: [{phase: maturity, level: 5}]}
      - id: b
        price: 5
        holding_cost: 0.0123
        end_of_life: 2026-05-11
        lifecycle: {phases: [{phase: maturity, level: 2}]}
    strategies:
      forecasters: [naive, ses, {ses: {alpha: 0.1}}, {ma: {window: 4}}, {snaive: {season: 52}}]
      policies:
        - {name: s-S, s_S: {s: 20, S: 40}}
        - {name: fc, forecast_order_up_to: {review: 2, service_level: 0.95}}
        - {name: fill, forecast_order_up_to: {fill_rate: 0.98}}
        - {name: q, quantile: {review: 2, quantile: 0.9}}
        - {name: base, base_stock: {level: 60}, products: [a]}
        - {name: sQ, s_Q: {s: 30, Q: 50}, products: [b, a]}
        - {name: RS, order_up_to: {review: 4, level: 120}}
        - {name: mm, min_max: {min: 20, max: 60}}
        - {name: nv, newsvendor: {}}
        - {name: nv-ratio, newsvendor: {critical_ratio: 0.3333333333333333}}
        - {name: eol, end_of_life: {policy: {forecast_order_up_to: {review: 1, fill_rate: 0.9}}, stop_days: 14, clearance: {days: 21, discount: 0.3}}}
        - {name: eol-nv, end_of_life: {policy: newsvendor, stop_days: 0}}
    """

    @Test("the resolved YAML decodes to an equal spec, deterministically")
    func yamlRoundTrip() throws {
        let spec = try #require(decodeValid(Self.yaml))
        let text = try spec.encodedYAML()
        let again = try ScenarioSpec.decode(yaml: text, file: "resolved.yaml")
        #expect(again == spec)
        #expect(try again.encodedYAML() == text)
        // Defaults are written out; a holding rate stays a rate.
        #expect(text.contains("review: 1"))
        #expect(text.contains("holding_rate: 0.2"))
        #expect(text.contains("copies: 3"))
        #expect(text.contains("shortage_penalty: 1.25"))
        #expect(again.products[0].holdingCost == 0.2 * 7.3 * 7 / 365)
    }

    @Test("a scenario without strategies round-trips with the defaults written out")
    func defaultsRoundTrip() throws {
        let spec = try #require(decodeValid(minimalYAML))
        let text = try spec.encodedYAML()
        #expect(text.contains("strategies:"))
        #expect(try ScenarioSpec.decode(yaml: text, file: "resolved.yaml") == spec)
    }

    @Test("JSON round trip, without the loader")
    func jsonRoundTrip() throws {
        let spec = try #require(decodeValid(Self.yaml))
        let data = try JSONEncoder().encode(spec)
        #expect(try JSONDecoder().decode(ScenarioSpec.self, from: data) == spec)
    }

    @Test("a spec built in code resolves its holding rate and round-trips")
    func builtInCode() throws {
        var spec = try #require(decodeValid(minimalYAML))
        var product = spec.products[0]
        product.unitCost = 4
        product.holdingRate = 0.365
        product.copies = 2
        spec = ScenarioSpec(name: "code", calendar: spec.calendar, products: [product],
                            strategies: StrategiesSpec(forecasters: [
                                ForecasterSpec(.model(entry: "ses", settings: .init(["alpha": .real(0.5)]))),
                                ForecasterSpec(.model(entry: "snaive", settings: .init())),
                                ForecasterSpec(.ensemble(name: "blend", rule: .mean, members: [
                                    .model(entry: "naive", settings: .init()),
                                    .model(entry: "ma", settings: .init(["window": .integer(3)])),
                                ])),
                            ],
                                                       policies: [PolicySpec(name: "p", rule: .sS(s: 1, S: 9, review: 2),
                                                                             products: ["widget"])]))
        #expect(spec.products[0].holdingCost == 0.365 * 4 / 365)
        try spec.validate()
        #expect(try ScenarioSpec.decode(yaml: try spec.encodedYAML(), file: "resolved.yaml") == spec)
    }
}
