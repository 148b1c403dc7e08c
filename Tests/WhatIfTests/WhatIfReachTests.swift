import Backtest
import Foundation
import Scenario
import Testing
@testable import WhatIf

/// Trap 3: a sweep of a field the chosen strategy never reads gives the same figures at every
/// point, so it is refused, naming the strategy and what it does read; fields it does read
/// are swept, and reach the backtest.
@Suite("what-if: fields the strategy reads")
struct WhatIfReachTests {
    /// Two products, two events, three forecasters and three policies: one that reads no
    /// forecast, one that does, one that manages the widget alone.
    static let yaml = """
        name: reach
        seed: 3
        replications: 4
        calendar: {start: 2026-03-02, periods: 42}
        products:
          - id: widget
            price: 20
            unit_cost: 8
            lifecycle: {phases: [{phase: growth, periods: 14, from: 4, to: 24}, {phase: maturity, to: 24}]}
            initial_stock: 60
          - id: gadget
            price: 15
            unit_cost: 5
            lifecycle: {phases: [{phase: maturity, level: 4}]}
        events:
          - promotion: {name: gadget-sale, products: [gadget], start: 2026-03-10, days: 3, discount: 0.2}
          - promotion: {name: bundle, products: [gadget], start: 2026-03-20, days: 3, discount: 0.1, effects: [{product: widget, multiplier: 1.3}]}
        strategies:
          forecasters: [naive, {ma: {window: 4}}, analog]
          policies:
            - {name: launch-only, base_stock: {level: 0}}
            - {name: weekly, forecast_order_up_to: {review: 7, service_level: 0.9}}
            - {name: widget-s-S, s_S: {s: 10, S: 40}, products: [widget]}
        uncertainty:
          - path: products[gadget].lifecycle.phases[maturity].level
            lognormal: {median: 4, sigma: 0.2}
        """

    /// The setup of a one-field sweep, or the error that refuses it.
    static func setUp(_ path: String, strategy: String, product: String? = nil,
                      constraints: [String] = []) throws -> Result<WhatIfStudy.Setup, WhatIfError> {
        let document = try whatIfDocument(yaml)
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: path), values: [1, 2])],
                                strategy: strategy, product: product,
                                constraints: try constraints.map { try WhatIfConstraint(parsing: $0) })
        do {
            return .success(try study.setUp(document))
        } catch {
            return .failure(error)
        }
    }

    @Test("a field the strategy never reads is refused with the reason, what it reads and who reads it", arguments: [
        ("strategies.policies[weekly].forecast_order_up_to.service_level", "launch-only", nil,
         "a parameter of the policy weekly, not of launch-only", "'naive × weekly' reads it"),
        ("strategies.forecasters[1].ma.window", "launch-only", nil,
         "a parameter of the forecaster ma(window=4), and it runs without a forecaster", "no forecaster"),
        ("strategies.forecasters[1].ma.window", "naive × weekly", nil,
         "a parameter of the forecaster ma(window=4), and its forecaster is naive", "'ma(window=4) × weekly' reads it"),
        ("products[gadget].price", "naive × weekly", "widget",
         "the figures asked for are widget's alone", "the fields of widget (products[0]) (the product asked for)"),
        ("products[gadget].initial_stock", "widget-s-S", nil,
         "gadget is not among the products its policy widget-s-S manages", "strategies.policies[2].s_S: s, S, review"),
        ("events[gadget-sale].promotion.discount", "widget-s-S", nil,
         "the event touches only gadget", "the events touching it"),
        ("events[bundle].promotion.discount", "widget-s-S", nil,
         "the promotion changes the demand of gadget, and widget feels it only through its dates and effects[0].multiplier",
         "the events touching it"),
        ("events[bundle].promotion.effects[0].multiplier", "launch-only", "gadget",
         "effects[0] changes the demand of widget alone, and the figures asked for are gadget's alone", "(the product asked for)"),
        ("uncertainty[0].lognormal.median", "widget-s-S", nil,
         "uncertainty[0] draws products[gadget].lifecycle.phases[maturity].level, and gadget is not among", "widget"),
        ("products[gadget].unit_cost", "analog × weekly", "widget",
         "borrows gadget's demand from the previous season, but not its unit_cost", "which borrows every product's demand"),
    ] as [(String, String, String?, String, String)])
    func refused(path: String, strategy: String, product: String?, reason: String, hint: String) throws {
        guard case let .failure(error) = try Self.setUp(path, strategy: strategy, product: product) else {
            Issue.record("--vary \(path) was accepted for \(strategy)")
            return
        }
        #expect(error.cause == .request)
        #expect(error.subject == .sweep(path))
        #expect(error.message.hasPrefix("the strategy \(strategy) never reads this field"), "\(error)")
        #expect(error.message.contains(reason), "\(error)")
        #expect(error.hint?.hasPrefix("\(strategy) reads its policy") == true, "\(error)")
        #expect(error.hint?.contains(hint) == true, "\(error)")
    }

    @Test("fields the strategy reads are accepted", arguments: [
        ("strategies.policies[weekly].forecast_order_up_to.service_level", "naive × weekly", nil, [String]()),
        ("strategies.forecasters[1].ma.window", "ma(window=4) × weekly", nil, []),
        ("strategies.policies[widget-s-S].s_S.S", "widget-s-S", nil, []),
        // A promotion of the gadget with a halo on the widget reaches the widget through its dates and multiplier.
        ("events[bundle].promotion.days", "widget-s-S", nil, []),
        ("events[bundle].promotion.effects[0].multiplier", "widget-s-S", nil, []),
        ("products[widget].price", "widget-s-S", nil, []),
        ("calendar.periods", "launch-only", "widget", []),
        // The analog forecaster reads every product's previous season, so the gadget's market counts.
        ("products[gadget].price", "analog × weekly", "widget", []),
        ("events[gadget-sale].promotion.discount", "analog × weekly", "widget", []),
        // A constraint on the forecast's accuracy makes the forecaster matter whatever the policy.
        ("strategies.forecasters[1].ma.window", "ma(window=4) × weekly", nil, ["mae_demand<=100"]),
    ] as [(String, String, String?, [String])])
    func accepted(path: String, strategy: String, product: String?, constraints: [String]) throws {
        if case let .failure(error) = try Self.setUp(path, strategy: strategy, product: product, constraints: constraints) {
            Issue.record("--vary \(path) for \(strategy) was refused: \(error)")
        }
    }

    @Test("a swept policy parameter reaches every point's backtest (seed 3)")
    func policyParameterTakesEffect() async throws {
        let document = try whatIfDocument(Self.yaml)
        let values: [Double] = [0.55, 0.99]
        let study = WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "strategies.policies[weekly].forecast_order_up_to.service_level"),
                                                 values: values)],
                                strategy: "naive × weekly", product: "widget", threads: 2)
        let outcomes = try await study.setUp(document).evaluator.evaluate(WhatIfStudy.grid([values]))
        let low = outcomes[0].replications.map { $0[.averageOnHand] ?? 0 }
        let high = outcomes[1].replications.map { $0[.averageOnHand] ?? 0 }
        // A 99% service level holds more stock than a 55% one, replication by replication.
        #expect(zip(low, high).allSatisfy { $0 < $1 }, "average on hand \(low) against \(high)")
    }
}
