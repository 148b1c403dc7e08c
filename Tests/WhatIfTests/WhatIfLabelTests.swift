import Scenario
import Testing
@testable import WhatIf

/// Axis titles in words, derived from the field path: what the value is, whose, in what unit.
@Suite("what-if field labels")
struct WhatIfLabelTests {
    /// ``WhatIfReachTests/yaml`` with weekly periods, a gamma lead time and a named price change.
    static let yaml = WhatIfReachTests.yaml
        .replacingOccurrences(of: "calendar: {start: 2026-03-02, periods: 42}", with: "calendar: {start: 2026-03-02, periods: 42, period: week}")
        .replacingOccurrences(of: "    initial_stock: 60\n", with: "    initial_stock: 60\n    supply: {lead_time: {gamma: {mean: 14, sd: 4}}}\n")

    @Test("labels name the field, its owner and its unit", arguments: [
        ("products[widget].initial_stock", "Launch stock of widget", "units"),
        ("products[1].price", "List price of gadget", "currency"),
        ("products[widget].lifecycle.phases[maturity].to", "Final level of the maturity phase of widget", "units per week"),
        ("products[widget].lifecycle.phases[growth].periods", "Length of the growth phase of widget", "weeks"),
        ("products[widget].supply.lead_time.gamma.mean", "Mean lead time of widget", "days"),
        ("products[widget].unmet_demand.churn", "Churn of lost first buyers of widget", "0–1"),
        ("strategies.policies[weekly].forecast_order_up_to.service_level", "Target cycle service level of policy weekly", "0–1"),
        ("strategies.policies[widget-s-S].s_S.s", "Reorder point s of policy widget-s-S", "units"),
        ("strategies.policies[weekly].forecast_order_up_to.review", "Review period of policy weekly", "weeks"),
        ("strategies.forecasters[1].ma.window", "Window of forecaster ma(window=4)", nil),
        ("events[gadget-sale].promotion.discount", "Discount of promotion gadget-sale", "share of price"),
        ("events[bundle].promotion.effects[0].multiplier", "Effect on widget of promotion bundle", "×"),
        ("calendar.periods", "Horizon", "weeks"),
        ("uncertainty[0].lognormal.median", "Median of the drawn level of the maturity phase of gadget", "units per week"),
        ("uncertainty[0].lognormal.sigma", "σ of the log of the drawn level of the maturity phase of gadget", nil),
    ] as [(String, String, String?)])
    func labels(path: String, title: String, unit: String?) throws {
        let document = try whatIfDocument(Self.yaml)
        let field = try document.locate(try ScenarioFieldPath(parsing: path)).fieldPath
        let label = FieldLabel.of(field, in: document.base) { try? document.locate($0).fieldPath }
        #expect(label.title == title)
        #expect(label.unit == unit)
    }

    @Test("a sweep's axes carry their label and unit, and a field the table does not know is named by its key")
    func axes() throws {
        let document = try whatIfDocument(Self.yaml)
        let setup = try WhatIfStudy(axes: [SweepAxis(parsing: "products[widget].initial_stock=60,120"),
                                           SweepAxis(parsing: "products[widget].lifecycle.phases[growth].from=2,4")],
                                    strategy: "naive × weekly").setUp(document)
        #expect(setup.axes.map(\.label) == ["Launch stock of widget", "Starting level of the growth phase of widget"])
        #expect(setup.axes.map(\.unit) == ["units", "units per week"])
        let unknown = FieldLabel.of(FieldPath(components: [.key("products"), .index(0), .key("future_field")]), in: document.base) { _ in nil }
        #expect(unknown.title == "Future field of widget" && unknown.unit == nil)
        #expect("Launch stock of widget".lowercasedFirstWord == "launch stock of widget")
        #expect("P(stockout)".lowercasedFirstWord == "P(stockout)")
    }
}
