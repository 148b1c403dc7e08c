import Testing
@testable import Scenario
import Forecasting

/// `minimalYAML` plus a `strategies:` section whose first line is line 8 of the document.
func withStrategies(_ body: String) -> String {
    minimalYAML + "\nstrategies:\n" + body
}

@Suite("Strategies: decoding")
struct StrategiesDecodingTests {
    /// Every documented form once; the second product is there for a `products:` restriction.
    /// Both products end their life before the horizon does, as a newsvendor needs.
    static let everyForm = """
    name: tiny
    calendar: {start: 2026-03-02, periods: 30}
    products:
      - id: widget
        price: 10
        end_of_life: 2026-03-28
        lifecycle: {phases: [{phase: maturity, level: 5}]}
        initial_stock: 10
      - id: jacket-navy
        price: 89
        end_of_life: 2026-03-28
        lifecycle: {phases: [{phase: maturity, level: 20}]}
        initial_stock: 40
    strategies:
      forecasters: [naive, ses, {ses: {alpha: 0.3}}, {ma: {window: 14}}, {snaive: {season: 5}}, snaive, ma,
                    {ensemble: {name: blend, rule: median, members: [ses, {ma: {window: 4}}]}}]
      policies:
        - {name: s-S, s_S: {s: 20, S: 40}}
        - {name: s-S-3, s_S: {s: 20, S: 40, review: 3}}
        - {name: weekly-fc, forecast_order_up_to: {review: 7, service_level: 0.95}}
        - {name: fill-98, forecast_order_up_to: {review: 7, fill_rate: 0.98}}
        - {name: q90, quantile: {review: 7, quantile: 0.9}}
        - {name: base, base_stock: {level: 60}}
        - {name: sQ, s_Q: {s: 30, Q: 50}}
        - {name: RS, order_up_to: {review: 7, level: 120}}
        - {name: minmax, min_max: {min: 20, max: 60, review: 1}}
        - {name: one-buy, newsvendor: {}}
        - {name: one-buy-70, newsvendor: {critical_ratio: 0.7}}
        - {name: one-buy-bare, newsvendor: ~}
        - {name: run-down, end_of_life: {policy: {forecast_order_up_to: {review: 7, service_level: 0.9}}, stop_days: 14, clearance: {days: 21, discount: 0.3}}}
        - {name: plain-end, end_of_life: {policy: newsvendor, stop_days: 0}}
        - {name: only-jacket, s_S: {s: 150, S: 600}, products: [jacket-navy]}
        - name: block-form
          min_max:
            min: 5
            max: 9
    """

    @Test("every forecaster form decodes, with its name")
    func forecasters() throws {
        let spec = try #require(decodeValid(Self.everyForm))
        let forecasters = spec.strategies.forecasters
        let ses = ForecasterChoice.model(entry: "ses", settings: .init())
        let window4 = ForecasterChoice.model(entry: "ma", settings: .init(["window": .integer(4)]))
        #expect(forecasters.map(\.choice) == [
            .model(entry: "naive", settings: .init()), ses,
            .model(entry: "ses", settings: .init(["alpha": .real(0.3)])),
            .model(entry: "ma", settings: .init(["window": .integer(14)])),
            .model(entry: "snaive", settings: .init(["season": .integer(5)])),
            .model(entry: "snaive", settings: .init()), .model(entry: "ma", settings: .init()),
            .ensemble(name: "blend", rule: .median, members: [ses, window4]),
        ])
        #expect(forecasters.map(\.name) == ["naive", "ses", "ses(alpha=0.3)", "ma(window=14)", "snaive(season=5)",
                                            "snaive", "ma", "blend"])
    }

    @Test("every policy rule decodes with its parameters")
    func policies() throws {
        let spec = try #require(decodeValid(Self.everyForm))
        let policies = spec.strategies.policies
        let expected: [(String, PolicyRule)] = [
            ("s-S", .sS(s: 20, S: 40, review: 1)),
            ("s-S-3", .sS(s: 20, S: 40, review: 3)),
            ("weekly-fc", .forecastOrderUpTo(review: 7, target: .serviceLevel(0.95))),
            ("fill-98", .forecastOrderUpTo(review: 7, target: .fillRate(0.98))),
            ("q90", .quantile(review: 7, quantile: 0.9)),
            ("base", .baseStock(level: 60)),
            ("sQ", .sQ(s: 30, q: 50)),
            ("RS", .orderUpTo(review: 7, level: 120)),
            ("minmax", .minMax(min: 20, max: 60, review: 1)),
            ("one-buy", .newsvendor(criticalRatio: nil)),
            ("one-buy-70", .newsvendor(criticalRatio: 0.7)),
            ("one-buy-bare", .newsvendor(criticalRatio: nil)),
            ("run-down", .endOfLife(policy: .forecastOrderUpTo(review: 7, target: .serviceLevel(0.9)), stopDays: 14,
                                    clearance: ClearanceSpec(days: 21, discount: 0.3))),
            ("plain-end", .endOfLife(policy: .newsvendor(criticalRatio: nil), stopDays: 0, clearance: nil)),
            ("only-jacket", .sS(s: 150, S: 600, review: 1)),
            ("block-form", .minMax(min: 5, max: 9, review: 1)),
        ]
        #expect(policies.count == expected.count)
        for (policy, (name, rule)) in zip(policies, expected) {
            #expect(policy.name == name)
            #expect(policy.rule == rule, "\(name)")
        }
        #expect(policies.filter { $0.products != nil }.map(\.name) == ["only-jacket"])
        #expect(spec.strategies.policy(named: "only-jacket")?.products == ["jacket-navy"])
        #expect(spec.strategies.policy(named: "run-down")?.rule.key == "end_of_life")
    }

    @Test("a null parameter map means the defaults")
    func nullParameters() throws {
        let spec = try #require(decodeValid(withStrategies("  forecasters: [{ses: ~}, {ma: {}}]")))
        #expect(spec.strategies.forecasters.map(\.name) == ["ses", "ma"])
    }
}
