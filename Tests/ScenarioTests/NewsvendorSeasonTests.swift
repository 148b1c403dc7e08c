import Testing
@testable import Scenario

/// The warnings of a valid scenario (recording a failure when it is invalid).
func warnings(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [ScenarioIssue] {
    do {
        return try ScenarioSpec.decodeChecked(yaml: yaml, file: "test.yaml").warnings
    } catch {
        Issue.record("unexpected issues:\n\(error)", sourceLocation: sourceLocation)
        return []
    }
}

/// A newsvendor buys once for a season, so a season must end: refused on a product sold to the
/// end of the horizon; an `end_of_life` rule there is only warned about; and every newsvendor is
/// warned about what its buy rests on.
@Suite("Strategies: the newsvendor's season")
struct NewsvendorSeasonTests {
    /// Three products: `kettle` (line 4) has no end of life, `item` (line 9) comes in three
    /// copies without one, `mug` (line 14) ends on 2026-04-20. The calendar runs 60 days.
    static func scenario(policies: String) -> String {
        """
        name: seasons
        calendar: {start: 2026-03-02, periods: 60}
        products:
          - id: kettle
            price: 20
            unit_cost: 8
            lifecycle: {phases: [{phase: maturity, level: 6}]}
            initial_stock: 30
          - id: item
            copies: 3
            price: 20
            lifecycle: {phases: [{phase: maturity, level: 6}]}
            initial_stock: 30
          - id: mug
            price: 12
            end_of_life: 2026-04-20
            lifecycle: {phases: [{phase: maturity, level: 6}]}
            initial_stock: 30
        strategies:
          forecasters: [naive, ses]
          policies:
        """ + "\n" + policies
    }

    @Test("a newsvendor on a product without an end of life is refused at that product, naming the policy and what to do")
    func plainProduct() throws {
        let found = issues(Self.scenario(policies: "    - {name: one-buy, newsvendor: {}}"))
        #expect(found.count == 2, "\(found.map(\.description))")
        let kettle = try #require(issue(at: "products[0].end_of_life", in: found))
        #expect(kettle.severity == .error && kettle.kind == .missingField)
        #expect(kettle.line == 4 && kettle.column == 5, "located at the product, whose end_of_life is missing")
        #expect(kettle.message.contains("product 'kettle'") && kettle.message.contains("has no end_of_life"))
        #expect(kettle.message.contains("newsvendor policy 'one-buy' (strategies.policies[0]) would never buy for it"))
        #expect(kettle.hint == "give products[0] an end_of_life on or before 2026-04-30, or restrict the policy to "
                    + "products whose life ends (products: [mug])")
        #expect(kettle.description.hasPrefix("test.yaml:4:5: error: products[0].end_of_life: product 'kettle'"))
    }

    @Test("a product given with copies is refused once, as the entry with all its copies")
    func copies() throws {
        let found = issues(Self.scenario(policies: "    - {name: one-buy, newsvendor: {critical_ratio: 0.8}, products: [item, mug]}"))
        let item = try #require(issue(at: "products[1].end_of_life", in: found))
        #expect(found.count == 1)
        #expect(item.line == 9)
        #expect(item.message.hasPrefix("product 'item' (all 3 copies) is on sale to the end of the horizon"))
        #expect(item.message.contains("newsvendor policy 'one-buy'"))
    }

    @Test("a policy restricted with products: is checked on those products only")
    func restricted() throws {
        let refused = issues(Self.scenario(policies: "    - {name: kettle-buy, newsvendor: {}, products: [kettle]}"))
        let kettle = try #require(issue(at: "products[0].end_of_life", in: refused))
        #expect(refused.count == 1 && kettle.message.contains("'kettle-buy'"))
        // Restricted to the mug, which has an end of life, it is valid.
        #expect(decodeValid(Self.scenario(policies: "    - {name: mug-buy, newsvendor: {}, products: [mug]}")) != nil)
    }

    @Test("a newsvendor inside end_of_life needs the season too")
    func wrapped() throws {
        let found = issues(Self.scenario(policies: "    - {name: last, end_of_life: {policy: newsvendor, stop_days: 0}, products: [kettle]}"))
        let kettle = try #require(issue(at: "products[0].end_of_life", in: found))
        #expect(kettle.severity == .error && kettle.message.contains("newsvendor policy 'last'"))
    }

    @Test("an end of life in the horizon's last week leaves the life open, as the closed loop sees it")
    func lastWeek() throws {
        let yaml = """
        name: weekly
        calendar: {start: 2026-01-05, periods: 10, period: week}
        products:
          - id: coat
            price: 50
            end_of_life: 2026-03-12
            lifecycle: {phases: [{phase: maturity, level: 6}]}
            initial_stock: 30
        strategies:
          policies: [{name: one-buy, newsvendor: {}}]
        """
        let found = issues(yaml)
        let coat = try #require(issue(at: "products[0].end_of_life", in: found))
        #expect(coat.message.contains("its end_of_life, 2026-03-12, falls in the last week"))
        #expect(coat.hint?.hasPrefix("give products[0] an end_of_life on or before 2026-03-09") == true)
        // On the first day of the last week the life ends before it: accepted.
        #expect(decodeValid(yaml.replacingOccurrences(of: "2026-03-12", with: "2026-03-09")) != nil)
    }

    @Test("a life ended by a last phase of fixed length is a season without end_of_life")
    func fixedPhases() throws {
        let yaml = minimalYAML.replacingOccurrences(of: "{phases: [{phase: maturity, level: 5}]}",
                                                    with: "{phases: [{phase: maturity, level: 5, days: 20}]}")
            + "\n    initial_stock: 10\nstrategies:\n  policies: [{name: one-buy, newsvendor: {}}]"
        #expect(decodeValid(yaml) != nil)
    }

    @Test("an end_of_life rule on a product whose life does not end is a warning at that product")
    func runDownWarning() throws {
        let found = warnings(Self.scenario(policies: "    - {name: run-down, end_of_life: {policy: {quantile: {review: 7, quantile: 0.9}}, stop_days: 7}}"))
        #expect(found.count == 2, "\(found.map(\.description))")
        let kettle = try #require(issue(at: "products[0].end_of_life", in: found))
        #expect(kettle.severity == .warning)
        #expect(kettle.message.contains("end_of_life policy 'run-down' (strategies.policies[0]) never stops ordering or marks down"))
        #expect(kettle.description.hasPrefix("test.yaml:4:5: warning: products[0].end_of_life: product 'kettle'"))
        #expect(issue(at: "products[1].end_of_life", in: found)?.message.contains("(all 3 copies)") == true)
    }

    @Test("every newsvendor is warned about: its buy rests on the launch period's sales, whatever the critical ratio")
    func launchBuyWarning() throws {
        let found = warnings(Self.scenario(policies: "    - {name: mug-buy, newsvendor: {critical_ratio: 0.95}, products: [mug]}"))
        let warning = try #require(issue(at: "strategies.policies[0].newsvendor", in: found))
        #expect(found.count == 1)
        #expect(warning.severity == .warning && warning.line == 22)
        #expect(warning.message == "newsvendor policy 'mug-buy' buys once, at the end of each product's launch period, "
                    + "from a forecast fitted to that one period's sales (censored by the launch stock)")
        #expect(warning.hint?.contains("launch-period sales × periods to end of life, whatever the critical ratio") == true)
        #expect(warning.detail.hasPrefix("strategies.policies[0].newsvendor: newsvendor policy 'mug-buy'"))
    }

    @Test("a product a newsvendor manages without launch stock is warned about: it buys from zero sales")
    func noLaunchStock() throws {
        let yaml = Self.scenario(policies: "    - {name: mug-buy, newsvendor: {}, products: [mug]}")
            .replacingOccurrences(of: "    lifecycle: {phases: [{phase: maturity, level: 6}]}\n    initial_stock: 30\nstrategies",
                                  with: "    lifecycle: {phases: [{phase: maturity, level: 6}]}\nstrategies")
        let found = warnings(yaml)
        let mug = try #require(issue(at: "products[2].initial_stock", in: found))
        #expect(mug.message.contains("product 'mug' starts with no stock") && mug.message.contains("buys from zero sales"))
        #expect(found.count == 2)
    }

    @Test("a valid scenario without a newsvendor or run-down has no warnings")
    func quiet() {
        #expect(warnings(Self.scenario(policies: "    - {name: weekly, quantile: {review: 7, quantile: 0.9}}")).isEmpty)
    }
}
