import Foundation
import Testing
@testable import Scenario

/// Field paths: parsing, reading and setting numbers in a scenario document, and the errors.
@Suite("scenario field paths")
struct FieldPathTests {
    @Test("paths parse into keys, ids and indices and print back the same")
    func parsing() throws {
        let path = try ScenarioFieldPath(parsing: " products[earbuds-pro].lifecycle.bass.market_size ")
        #expect(path.parts == [.key("products"), .element("earbuds-pro"), .key("lifecycle"), .key("bass"), .key("market_size")])
        #expect(path.description == "products[earbuds-pro].lifecycle.bass.market_size")
        let indexed = try ScenarioFieldPath(parsing: "products[0].price")
        #expect(indexed.parts == [.key("products"), .index(0), .key("price")])
        #expect(try ScenarioFieldPath(parsing: indexed.description) == indexed)
        #expect(try ScenarioFieldPath(parsing: "events[ v1.2 ].promotion.discount").parts[1] == .element("v1.2"))
        #expect(try ScenarioFieldPath(parsing: "calendar.periods").section == "calendar")
    }

    @Test("malformed paths are refused with what is wrong", arguments: [
        ("", "empty"), ("a..b", "key is missing"), ("a.", "ends with a dot"), ("products[", "never closed"),
        ("products[]", "empty"), ("[0].price", "start with a key"), ("products[0]x", "expected '.' or '['"),
    ])
    func malformed(text: String, words: String) {
        let error = fieldPathError { _ = try ScenarioFieldPath(parsing: text) }
        #expect(error?.message.contains(words) == true, "\(String(describing: error))")
    }

    @Test("a number is read by id or by index, as written or as its default")
    func reading() throws {
        let document = try scenarioDocument()
        let byID = try document.value(at: ScenarioFieldPath(parsing: "products[widget].initial_stock"))
        let byIndex = try document.value(at: ScenarioFieldPath(parsing: "products[0].initial_stock"))
        #expect(byID == 400 && byIndex == 400)
        #expect(try document.value(at: ScenarioFieldPath(parsing: "products[widget].lifecycle.phases[growth].to")) == 30)
        #expect(try document.value(at: ScenarioFieldPath(parsing: "strategies.policies[weekly].forecast_order_up_to.service_level")) == 0.9)
        // Not written: the resolved scenario's default.
        #expect(try document.value(at: ScenarioFieldPath(parsing: "products[gadget].initial_stock")) == 0)
        #expect(try document.value(at: ScenarioFieldPath(parsing: "products[gadget].supply.order_cost")) == 0)
    }

    @Test("setting a number changes the decoded scenario; whole numbers stay whole; defaults are added")
    func setting() throws {
        var document = try scenarioDocument()
        try document.set(ScenarioFieldPath(parsing: "products[widget].initial_stock"), to: 1234)
        try document.set(ScenarioFieldPath(parsing: "products[0].price"), to: 21.5)
        try document.set(ScenarioFieldPath(parsing: "products[gadget].unmet_demand.backorder_share"), to: 0.25)
        try document.set(ScenarioFieldPath(parsing: "calendar.periods"), to: 50)
        let spec = try document.decoded()
        #expect(spec.products[0].initialStock == 1234)
        #expect(spec.products[0].price == 21.5)
        #expect(spec.products[1].unmetDemand.backorderShare == 0.25)
        #expect(spec.calendar.periods == 50)
        #expect(ScenarioDocument.text(1200) == "1200")
        #expect(ScenarioDocument.text(0.12) == "0.12")
        // The base scenario is untouched.
        #expect(document.base.products[0].initialStock == 400)
        #expect(spec.uncertainty.count == 1)
        document.remove(section: "uncertainty")
        #expect(try document.decoded().uncertainty.isEmpty)
    }

    @Test("a value the field cannot take is reported at the line the file writes it")
    func invalidValue() throws {
        var document = try scenarioDocument()
        try document.set(ScenarioFieldPath(parsing: "products[widget].initial_stock"), to: -5)
        #expect(throws: ScenarioError.self) { try document.decoded() }
        do {
            _ = try document.decoded()
        } catch {
            #expect(error.issues.first?.line == 12, "\(error)")
            #expect(error.issues.first?.path == "products[0].initial_stock")
        }
        var fractional = try scenarioDocument()
        try fractional.set(ScenarioFieldPath(parsing: "products[widget].initial_stock"), to: 10.5)
        #expect(throws: ScenarioError.self) { try fractional.decoded() }
    }

    @Test("a path that names nothing says which part and what exists there")
    func unknownParts() throws {
        let document = try scenarioDocument()
        func failure(_ text: String) throws -> FieldPathError? {
            let path = try ScenarioFieldPath(parsing: text)
            return fieldPathError { _ = try document.value(at: path) }
        }
        let key = try failure("products[widget].initial_stok")
        #expect(key?.message == "products[widget] has no field 'initial_stok'")
        #expect(key?.hint == "did you mean 'initial_stock'?")
        let fields = try failure("products[widget].lifecycle.phases[growth].zzzzzz")
        #expect(fields?.hint?.contains("phase") == true && fields?.hint?.contains("to") == true, "\(String(describing: fields))")
        let id = try failure("products[widgt].price")
        #expect(id?.message == "products has no element with the id, name or phase 'widgt'")
        #expect(id?.hint == "did you mean 'widget'?")
        let ids = try failure("products[zzzzzzzz].price")
        #expect(ids?.hint == "there are: widget, gadget")
        let index = try failure("products[7].price")
        #expect(index?.message.contains("2 elements") == true)
        #expect(index?.hint == "use [0] to [1]")
        let section = try failure("produts[0].price")
        #expect(section?.hint == "did you mean 'products'?")
    }

    @Test("a path to text, a mapping or a list is not a number")
    func notNumbers() throws {
        let document = try scenarioDocument()
        for (text, words) in [("products[widget].id", "is 'widget', not a number"),
                              ("products[widget].lifecycle", "is a mapping, not a number"),
                              ("products", "is a list of 2, not a number"),
                              ("calendar.start", "is '2026-03-02', not a number"),
                              ("products.price", "is a list, so it has no field 'price'")] {
            let error = fieldPathError { _ = try document.value(at: ScenarioFieldPath(parsing: text)) }
            #expect(error?.message.contains(words) == true, "\(text): \(String(describing: error))")
        }
    }
}

/// Shorthands the resolved scenario writes differently stay addressable, so the uncertainty
/// section means the same in the file and in the resolved scenario.
@Suite("field path shorthands")
struct FieldPathShorthandTests {
    static let yaml = """
        name: shorthands
        calendar: {start: 2026-03-02, periods: 30}
        products:
          - id: widget
            price: 10
            lifecycle: {phases: [{phase: maturity, level: 5}]}
            supply: {lead_time: {lognormal: {mu: 2, sigma: 0.5}}}
          - id: gizmo
            price: 10
            lifecycle: {phases: [{phase: growth, from: 2, to: 8}]}
            supply: {lead_time: {gamma: {shape: 4, scale: 2}}}
        uncertainty:
          - path: products[widget].lifecycle.phases[0].level
            uniform: {lower: 4, upper: 6}
          - path: products[widget].supply.lead_time.lognormal.median
            gamma: {mean: 8, sd: 1}
        """

    @Test("a lognormal's median, mean and sd and a gamma's mean and sd are read and set through GSL's parameters")
    func distributionShorthands() throws {
        var document = try scenarioDocument(Self.yaml)
        let median = try ScenarioFieldPath(parsing: "products[widget].supply.lead_time.lognormal.median")
        #expect(abs(try document.value(at: median) - exp(2)) < 1e-9)
        let mean = try ScenarioFieldPath(parsing: "products[widget].supply.lead_time.lognormal.mean")
        #expect(abs(try document.value(at: mean) - exp(2 + 0.125)) < 1e-9)
        try document.set(median, to: 10)
        try document.set(ScenarioFieldPath(parsing: "products[gizmo].supply.lead_time.gamma.mean"), to: 12)
        let spec = try document.decoded()
        #expect(spec.products[0].supply.leadTime == .lognormal(mu: log(10), sigma: 0.5))
        guard case let .gamma(shape, scale) = spec.products[1].supply.leadTime else {
            Issue.record("expected a gamma")
            return
        }
        // The sd, √4·2 = 4, is kept; the mean is now 12.
        #expect(abs(shape * scale - 12) < 1e-9 && abs(shape.squareRoot() * scale - 4) < 1e-9)
    }

    @Test("a phase's level is its from and to; a ramp has none")
    func phaseLevel() throws {
        let document = try scenarioDocument(Self.yaml)
        let ramp = fieldPathError { _ = try document.value(at: ScenarioFieldPath(parsing: "products[gizmo].lifecycle.phases[0].level")) }
        #expect(ramp?.message.contains("no field 'level'") == true || ramp?.message.contains("no single level") == true, "\(String(describing: ramp))")
        // In the resolved scenario the level is written as from and to, and is still found.
        let resolved = try scenarioDocument(document.base.encodedYAML())
        var changed = resolved
        try changed.set(ScenarioFieldPath(parsing: "products[widget].lifecycle.phases[0].level"), to: 7)
        guard case let .phases(phases) = try changed.decoded().products[0].lifecycle, let phase = phases.first else {
            Issue.record("expected phases")
            return
        }
        #expect(phase.from == 7 && phase.to == 7)
    }

    @Test("the resolved scenario, which writes neither level nor median, decodes to the same scenario")
    func roundTrip() throws {
        let spec = try #require(decodeValid(Self.yaml))
        let resolved = try spec.encodedYAML()
        #expect(!resolved.contains("level:") && !resolved.contains("median:"))
        #expect(try ScenarioSpec.decode(yaml: resolved, file: "resolved.yaml") == spec)
    }
}
