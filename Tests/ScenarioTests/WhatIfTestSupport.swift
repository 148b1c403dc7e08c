import Foundation
@testable import Scenario

/// A one-buy launch: the launch stock is all there is (`base_stock` at level 0 never orders and
/// nothing waits, so the position never falls below 0), demand follows phases that do not react
/// to sales, and the maturity level is uncertain. Line numbers are relied on by tests.
let oneBuyYAML = """
name: one-buy
seed: 11
replications: 24
calendar: {start: 2026-03-02, periods: 40}
products:
  - id: widget
    price: 20
    unit_cost: 8
    salvage_value: 2
    lifecycle: {phases: [{phase: growth, periods: 10, from: 5, to: 30}, {phase: maturity, to: 30}]}
    noise: {negative_binomial: {dispersion: 3}}
    initial_stock: 400
  - id: gadget
    price: 15
    lifecycle: {phases: [{phase: maturity, level: 4}]}
strategies:
  forecasters: [naive]
  policies:
    - {name: launch-only, base_stock: {level: 0}}
    - {name: weekly, forecast_order_up_to: {review: 7, service_level: 0.9}}
uncertainty:
  - path: products[widget].lifecycle.phases[maturity].to
    lognormal: {median: 30, sigma: 0.3}
"""

/// The document of `yaml`, failing the test with the issues when it is invalid.
func whatIfDocument(_ yaml: String = oneBuyYAML) throws -> ScenarioDocument {
    try ScenarioDocument(yaml: yaml, file: "what-if.yaml")
}

/// The what-if error `body` throws, or nil (also when it throws something else).
func whatIfError(_ body: () throws -> Void) -> WhatIfError? {
    do {
        try body()
        return nil
    } catch let error as WhatIfError {
        return error
    } catch {
        return nil
    }
}
