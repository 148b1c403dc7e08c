import Testing
@testable import Scenario

/// Each bad strategy or product addition yields its issue, at the right line and field path.
@Suite("Strategies and product economics: errors")
struct StrategiesErrorTests {
    /// The single issue of a policy list whose first policy is on line 9.
    func policyIssue(_ policies: String, at path: String,
                     sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioIssue? {
        let found = issues(withStrategies("  policies:\n" + policies))
        #expect(found.count == 1, "\(found.map(\.description))", sourceLocation: sourceLocation)
        return issue(at: path, in: found, sourceLocation: sourceLocation)
    }

    @Test("S below s is reported at S, with both values")
    func sAboveS() throws {
        let found = try #require(policyIssue("    - {name: a, s_S: {s: 50, S: 40}}", at: "strategies.policies[0].s_S.S"))
        #expect(found.message == "S (40) must be greater than s (50)")
        #expect(found.kind == .invalidValue)
        #expect(found.line == 9 && found.column == 33)
        #expect(found.description.hasPrefix("test.yaml:9:33: error: strategies.policies[0].s_S.S: S (40) must be greater than s (50)"))
        let equal = try #require(policyIssue("    - {name: a, s_S: {s: 40, S: 40, review: 7}}", at: "strategies.policies[0].s_S.S"))
        #expect(equal.message == "S (40) must be greater than s (40)")
    }

    @Test("max must exceed min", arguments: ["{min: 20, max: 20}", "{min: 30, max: 20, review: 7}"])
    func maxAboveMin(parameters: String) throws {
        let found = try #require(policyIssue("    - {name: a, min_max: \(parameters)}", at: "strategies.policies[0].min_max.max"))
        #expect(found.message.hasSuffix("must be greater than min (\(parameters.contains("30") ? 30 : 20))"))
        #expect(found.line == 9)
    }

    @Test("a service level of 1.2 is out of range")
    func serviceLevel() throws {
        let found = try #require(policyIssue("    - {name: a, forecast_order_up_to: {review: 7, service_level: 1.2}}",
                                             at: "strategies.policies[0].forecast_order_up_to.service_level"))
        #expect(found.kind == .outOfRange)
        #expect(found.message == "must be in (0, 1), found 1.2")
        #expect(found.line == 9)
    }

    @Test("other ranges", arguments: [
        ("{name: a, s_Q: {s: 3, Q: 0}}", "strategies.policies[0].s_Q.Q", "must be > 0, found 0"),
        ("{name: a, s_Q: {s: -1, Q: 4}}", "strategies.policies[0].s_Q.s", "must be >= 0, found -1"),
        ("{name: a, base_stock: {level: -5}}", "strategies.policies[0].base_stock.level", "must be >= 0, found -5"),
        ("{name: a, order_up_to: {review: 0, level: 5}}", "strategies.policies[0].order_up_to.review", "must be >= 1, found 0"),
        ("{name: a, quantile: {quantile: 1}}", "strategies.policies[0].quantile.quantile", "must be in (0, 1), found 1"),
        ("{name: a, forecast_order_up_to: {fill_rate: 0}}", "strategies.policies[0].forecast_order_up_to.fill_rate", "must be in (0, 1), found 0"),
        ("{name: a, newsvendor: {critical_ratio: 1.5}}", "strategies.policies[0].newsvendor.critical_ratio", "must be in (0, 1), found 1.5"),
        ("{name: a, end_of_life: {policy: newsvendor, stop_days: -1}}", "strategies.policies[0].end_of_life.stop_days", "must be between 0 and 36600, found -1"),
        ("{name: a, end_of_life: {policy: newsvendor, stop_days: 3, clearance: {days: 7, discount: 1}}}",
         "strategies.policies[0].end_of_life.clearance.discount", "must be in [0, 1), found 1"),
        ("{name: a, end_of_life: {policy: newsvendor, stop_days: 3, clearance: {days: 0, discount: 0.2}}}",
         "strategies.policies[0].end_of_life.clearance.days", "must be between 1 and 36600, found 0"),
        ("{name: a, end_of_life: {policy: {s_S: {s: 5, S: 2}}, stop_days: 3}}",
         "strategies.policies[0].end_of_life.policy.s_S.S", "S (2) must be greater than s (5)"),
    ])
    func ranges(policy: String, path: String, message: String) throws {
        let found = try #require(policyIssue("    - " + policy, at: path))
        #expect(found.message == message)
        #expect(found.line == 9)
    }

    @Test("an unknown policy is suggested, or the rules are listed")
    func unknownPolicy() throws {
        let found = try #require(policyIssue("    - {name: a, base_stok: {level: 5}}", at: "strategies.policies[0].base_stok"))
        #expect(found.kind == .unknownKey)
        #expect(found.message == "unknown policy 'base_stok'")
        #expect(found.hint == "did you mean 'base_stock'?")
        #expect(found.line == 9 && found.column == 17)
        let far = try #require(policyIssue("    - {name: a, kanban: {cards: 3}}", at: "strategies.policies[0].kanban"))
        #expect(far.hint?.hasPrefix("one of: base_stock, s_S, s_Q, order_up_to, min_max, newsvendor") == true)
        // A misspelt field is an unknown key, not an unknown policy.
        let field = try #require(policyIssue("    - {name: a, base_stock: {level: 5}, prodcts: [widget]}",
                                             at: "strategies.policies[0].prodcts"))
        #expect(field.message == "unknown key 'prodcts'")
        #expect(field.hint == "did you mean 'products'?")
    }

    @Test("a policy has exactly one rule and a name")
    func ruleCount() throws {
        let none = try #require(policyIssue("    - {name: a}", at: "strategies.policies[0]"))
        #expect(none.kind == .missingField)
        let two = try #require(policyIssue("    - {name: a, base_stock: {level: 5}, s_Q: {s: 1, Q: 2}}",
                                           at: "strategies.policies[0].s_Q"))
        #expect(two.message == "a policy has exactly one rule; found 'base_stock' and 's_Q'")
        let unnamed = try #require(policyIssue("    - {base_stock: {level: 5}}", at: "strategies.policies[0].name"))
        #expect(unnamed.kind == .missingField)
        let bare = try #require(policyIssue("    - {name: a, s_S: ~}", at: "strategies.policies[0].s_S"))
        #expect(bare.message == "'s_S' needs parameters")
    }

    @Test("a forecast policy needs exactly one service target")
    func serviceTarget() throws {
        let both = try #require(policyIssue("    - {name: a, forecast_order_up_to: {service_level: 0.9, fill_rate: 0.9}}",
                                            at: "strategies.policies[0].forecast_order_up_to"))
        #expect(both.kind == .invalidValue)
        let neither = try #require(policyIssue("    - {name: a, forecast_order_up_to: {review: 7}}",
                                               at: "strategies.policies[0].forecast_order_up_to"))
        #expect(neither.kind == .missingField)
    }

    @Test("an end_of_life may not wrap another")
    func nestedEndOfLife() throws {
        let found = try #require(policyIssue(
            "    - {name: a, end_of_life: {policy: {end_of_life: {policy: newsvendor, stop_days: 1}}, stop_days: 2}}",
            at: "strategies.policies[0].end_of_life.policy.end_of_life"))
        #expect(found.message == "an end_of_life policy cannot wrap another end_of_life")
    }

    @Test("duplicate policy names are reported at the second")
    func duplicatePolicyNames() throws {
        let found = try #require(policyIssue("    - {name: a, base_stock: {level: 5}}\n    - {name: a, base_stock: {level: 6}}",
                                             at: "strategies.policies[1].name"))
        #expect(found.kind == .duplicate)
        #expect(found.line == 10)
        #expect(found.message == "policy name 'a' is already used by policies[0]")
    }

    @Test("policy names follow the id rules")
    func policyName() throws {
        let found = try #require(policyIssue("    - {name: 'weekly review', base_stock: {level: 5}}",
                                             at: "strategies.policies[0].name"))
        #expect(found.kind == .invalidValue)
    }

    @Test("an unknown product in products is suggested")
    func unknownProduct() throws {
        let found = try #require(policyIssue("    - {name: a, base_stock: {level: 5}, products: [widgit]}",
                                             at: "strategies.policies[0].products[0]"))
        #expect(found.kind == .unknownReference)
        #expect(found.hint == "did you mean 'widget'?")
        #expect(found.line == 9)
        let empty = try #require(policyIssue("    - {name: a, base_stock: {level: 5}, products: []}",
                                             at: "strategies.policies[0].products"))
        #expect(empty.kind == .missingField)
    }

    @Test("an unknown forecaster is suggested, bare or with parameters")
    func unknownForecaster() throws {
        let found = issues(withStrategies("  forecasters:\n    - naiv\n    - {sess: {alpha: 0.3}}"))
        let bare = try #require(issue(at: "strategies.forecasters[0]", in: found))
        #expect(bare.message == "unknown forecaster 'naiv'")
        #expect(bare.hint == "did you mean 'naive'?")
        #expect(bare.line == 9)
        let tagged = try #require(issue(at: "strategies.forecasters[1].sess", in: found))
        #expect(tagged.hint == "did you mean 'ses'?")
        #expect(tagged.line == 10)
    }

    @Test("forecaster parameters and duplicates", arguments: [
        ("[{ses: {alpha: 0}}]", "strategies.forecasters[0].ses.alpha", "alpha must be a number in 0.0001…1, got 0"),
        ("[{ma: {window: 0}}]", "strategies.forecasters[0].ma.window", "window must be a whole number in 1…36600, got 0"),
        ("[{snaive: {season: -7}}]", "strategies.forecasters[0].snaive.season", "season must be a whole number in 1…36600, got -7"),
        ("[{ma: {size: 3}}]", "strategies.forecasters[0].ma.size", "unknown key 'size'"),
        ("[{ensemble: {name: e, members: []}}]", "strategies.forecasters[0].ensemble.members", "ensemble 'e' has no members"),
        ("[ma, ma]", "strategies.forecasters[1]", "forecaster 'ma' is already listed at forecasters[0]"),
        ("[]", "strategies.forecasters", "list at least one forecaster"),
    ])
    func forecasterProblems(list: String, path: String, message: String) throws {
        let found = issues(withStrategies("  forecasters: " + list))
        #expect(found.count == 1)
        let problem = try #require(issue(at: path, in: found))
        #expect(problem.message == message)
        #expect(problem.line == 8)
    }

    @Test("at most 50 policies")
    func tooManyPolicies() throws {
        let policies = (0...50).map { "    - {name: p\($0), base_stock: {level: 1}}" }.joined(separator: "\n")
        let found = try #require(policyIssue(policies, at: "strategies.policies"))
        #expect(found.kind == .outOfRange)
    }

    @Test("holding_cost and holding_rate together are a conflict")
    func holdingConflict() throws {
        let found = issues(minimalYAML + "\n    holding_cost: 0.1\n    holding_rate: 0.2")
        #expect(found.count == 1)
        let problem = try #require(issue(at: "products[0].holding_rate", in: found))
        #expect(problem.message == "give either holding_cost or holding_rate, not both")
        #expect(problem.line == 8)
    }

    @Test("product additions out of range", arguments: [
        ("copies: 0", "products[0].copies", "must be between 1 and 1000000, found 0"),
        ("holding_rate: -0.1", "products[0].holding_rate", "must be between 0 and 100, found -0.1"),
        ("shortage_penalty: -1", "products[0].shortage_penalty", "must be between 0 and 100000000, found -1"),
    ])
    func productRanges(line: String, path: String, message: String) throws {
        let found = issues(minimalYAML + "\n    " + line)
        #expect(found.count == 1)
        let problem = try #require(issue(at: path, in: found))
        #expect(problem.message == message)
        #expect(problem.line == 7)
    }

    @Test("copies cannot be combined with events, nor collide with other ids")
    func copiesRules() throws {
        let withEvent = issues(minimalYAML + "\n    copies: 2\nevents:\n  - shock: {spike: {products: [widget], start: 2026-03-10, days: 2, lift: 2}}")
        #expect(issue(at: "products[0].copies", in: withEvent)?.line == 7)
        let colliding = issues(minimalYAML + "\n    copies: 2\n  - {id: widget-2, price: 2, lifecycle: {phases: [{phase: maturity, level: 1}]}}")
        let found = try #require(issue(at: "products[1].id", in: colliding))
        #expect(found.kind == .duplicate)
        #expect(found.message == "product id 'widget-2' is already used by a copy of products[0]")
        #expect(found.line == 8)
    }
}
