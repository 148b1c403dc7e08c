import Testing
@testable import Scenario

@Suite("Strategies and product economics: defaults")
struct StrategiesDefaultsTests {
    @Test("without a strategies section: one naive forecaster and no policies")
    func noSection() throws {
        let spec = try #require(decodeValid(minimalYAML))
        #expect(spec.strategies == StrategiesSpec(forecasters: [.naive], policies: []))
        #expect(StrategiesSpec() == spec.strategies)
    }

    @Test("a section with only policies keeps the default forecaster; one with only forecasters has no policies")
    func partialSection() throws {
        let policiesOnly = try #require(decodeValid(withStrategies("  policies: [{name: p, base_stock: {level: 3}}]")))
        #expect(policiesOnly.strategies.forecasters == [.naive])
        #expect(policiesOnly.strategies.policies == [PolicySpec(name: "p", rule: .baseStock(level: 3))])
        let forecastersOnly = try #require(decodeValid(withStrategies("  forecasters: [ses]")))
        #expect(forecastersOnly.strategies.policies.isEmpty)
        let empty = try #require(decodeValid(minimalYAML + "\nstrategies: ~"))
        #expect(empty.strategies == StrategiesSpec())
    }

    @Test("bare forecasters take their default parameters; a season defaults to the calendar's")
    func forecasterDefaults() throws {
        let spec = try #require(decodeValid(withStrategies("  forecasters: [snaive, ma, ses]")))
        #expect(spec.strategies.forecasters.map(\.name) == ["snaive", "ma", "ses"])
        #expect(spec.strategies.forecasters.allSatisfy { spec in
            if case let .model(_, settings) = spec.choice { return settings.values.isEmpty }
            return false
        })
        #expect(spec.seasonLength == 7)
    }

    @Test("review defaults to every period; a newsvendor's ratio to the economics'")
    func ruleDefaults() throws {
        let spec = try #require(decodeValid(seasonYAML + "\nstrategies:\n" + """
          policies:
            - {name: a, s_S: {s: 1, S: 2}}
            - {name: b, order_up_to: {level: 5}}
            - {name: c, min_max: {min: 1, max: 2}}
            - {name: d, forecast_order_up_to: {fill_rate: 0.9}}
            - {name: e, quantile: {quantile: 0.8}}
            - {name: f, newsvendor: {}}
        """))
        #expect(spec.strategies.policies.map(\.rule) == [
            .sS(s: 1, S: 2, review: 1), .orderUpTo(review: 1, level: 5), .minMax(min: 1, max: 2, review: 1),
            .forecastOrderUpTo(review: 1, target: .fillRate(0.9)), .quantile(review: 1, quantile: 0.8),
            .newsvendor(criticalRatio: nil),
        ])
        #expect(spec.strategies.policies.allSatisfy { $0.products == nil })
    }

    @Test("shortage penalty, holding rate and copies default to 0, none and 1")
    func productDefaults() throws {
        let product = try #require(decodeValid(minimalYAML)?.products.first)
        #expect(product.shortagePenalty == 0)
        #expect(product.holdingRate == nil)
        #expect(product.holdingCost == 0)
        #expect(product.copies == 1)
    }

    @Test("a holding rate is converted to a cost per period with the calendar")
    func holdingRate() throws {
        let daily = try #require(decodeValid(minimalYAML + "\n    unit_cost: 7.3\n    holding_rate: 0.25"))
        let product = try #require(daily.products.first)
        #expect(product.holdingRate == 0.25)
        #expect(product.holdingCost == 0.25 * 7.3 / 365)
        #expect(product.holdingCostPerPeriod(calendar: daily.calendar) == product.holdingCost)
        let weeklyYAML = minimalYAML.replacingOccurrences(of: "periods: 30}", with: "periods: 30, period: week}")
            + "\n    unit_cost: 7.3\n    holding_rate: 0.25"
        let weekly = try #require(decodeValid(weeklyYAML))
        #expect(weekly.products[0].holdingCost == 0.25 * 7.3 * 7 / 365)
        // A direct cost is kept as written, whatever the calendar.
        let direct = try #require(decodeValid(weeklyYAML.replacingOccurrences(of: "holding_rate", with: "holding_cost")))
        #expect(direct.products[0].holdingCost == 0.25 && direct.products[0].holdingRate == nil)
    }

    @Test("a shortage penalty is read as written")
    func shortagePenalty() throws {
        let spec = try #require(decodeValid(minimalYAML + "\n    shortage_penalty: 2.5"))
        #expect(spec.products[0].shortagePenalty == 2.5)
    }

    @Test("copies expand into <id>-1 … <id>-n in place; the spec stays compact")
    func copies() throws {
        let spec = try #require(decodeValid(minimalYAML + "\n    copies: 3\n"
            + "  - {id: gadget, price: 2, lifecycle: {phases: [{phase: maturity, level: 1}]}}"))
        #expect(spec.products.map(\.id) == ["widget", "gadget"])
        #expect(spec.products[0].copies == 3)
        let catalogue = spec.catalogue
        #expect(catalogue.map(\.id) == ["widget-1", "widget-2", "widget-3", "gadget"])
        #expect(catalogue.allSatisfy { $0.copies == 1 })
        #expect(catalogue[1].price == 10 && catalogue[1].lifecycle == spec.products[0].lifecycle)
        #expect(spec.catalogueIDs(of: "widget") == ["widget-1", "widget-2", "widget-3"])
        #expect(spec.catalogueIDs(of: "gadget") == ["gadget"])
        #expect(spec.catalogueIDs(of: "nothing").isEmpty)
        // The market is built from the catalogue.
        #expect(try spec.marketModel().products.map(\.id) == catalogue.map(\.id))
    }

    @Test("a policy restricted to a copied product names its base id")
    func copiesInPolicies() throws {
        let yaml = minimalYAML + "\n    copies: 4\nstrategies:\n  policies: [{name: p, base_stock: {level: 3}, products: [widget]}]"
        let spec = try #require(decodeValid(yaml))
        let policy = try #require(spec.strategies.policies.first)
        #expect(policy.products.map { $0.flatMap(spec.catalogueIDs(of:)) } == ["widget-1", "widget-2", "widget-3", "widget-4"])
    }
}
