import Foundation
import Testing
@testable import Scenario

/// How forecasters and policies become strategies: a policy that reads no forecast runs once,
/// without a forecaster; or exactly the pairs listed.
@Suite("Strategies: pairing forecasters with policies")
struct StrategyPairingTests {
    @Test("a policy that reads no forecast runs once, named alone; one that reads a forecast runs under every forecaster")
    func pairedOnce() throws {
        let spec = try #require(decodeValid(withStrategies("""
          forecasters: [naive, ses]
          policies:
            - {name: s-S, s_S: {s: 20, S: 40}}
            - {name: weekly, forecast_order_up_to: {review: 7, service_level: 0.95}}
            - {name: base, base_stock: {level: 60}}
            - {name: q90, quantile: {review: 7, quantile: 0.9}}
        """)))
        #expect(spec.strategies.choices.map(\.name) == ["s-S", "naive × weekly", "ses × weekly", "base", "naive × q90", "ses × q90"])
        #expect(spec.strategies.choices.filter { $0.forecaster == nil }.map(\.policy.name) == ["s-S", "base"])
        let plan = try spec.backtestPlan(replications: 1)
        #expect(plan.strategies.map(\.name) == spec.strategies.choices.map(\.name))
        #expect(plan.strategies.map(\.forecasts) == [false, true, true, false, true, true])
    }

    @Test("which rules read a forecast is what the policies they build say", arguments: [
        PolicyRule.baseStock(level: 3), .sS(s: 1, S: 2, review: 1), .sQ(s: 1, q: 2), .orderUpTo(review: 7, level: 5),
        .minMax(min: 1, max: 2, review: 1), .newsvendor(criticalRatio: nil), .forecastOrderUpTo(review: 1, target: .fillRate(0.9)),
        .quantile(review: 1, quantile: 0.8), .endOfLife(policy: .sS(s: 1, S: 2, review: 1), stopDays: 3, clearance: nil),
        .endOfLife(policy: .quantile(review: 1, quantile: 0.8), stopDays: 3, clearance: nil),
    ])
    func readsForecast(rule: PolicyRule) throws {
        #expect(rule.readsForecast == (try rule.policy(periodDays: 1).readsForecast), "\(rule)")
    }

    @Test("each bundled scenario runs its fixed-rule policies once", arguments: [
        ("quickstart", 10, 1), ("fashion-jacket", 17, 2), ("electronics-launch", 20, 2), ("grocery-staple", 13, 3),
        ("spare-parts", 23, 2), ("viral-spike", 12, 2), ("bench-1k", 3, 1), ("bench-s-S", 1, 1),
    ])
    func bundledCounts(name: String, strategies: Int, alone: Int) throws {
        let spec = try ScenarioSpec.load(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/\(name).yaml").path)
        let choices = spec.strategies.choices
        #expect(choices.count == strategies)
        #expect(choices.filter { $0.forecaster == nil }.count == alone)
        #expect(Set(choices.map(\.name)).count == choices.count, "names are unique")
    }

    static let explicit = withStrategies("""
      forecasters: [naive, ses, {ma: {window: 14}}]
      policies:
        - {name: weekly-95, forecast_order_up_to: {review: 7, service_level: 0.95}}
        - {name: s-S, s_S: {s: 20, S: 40}}
      pairs:
        - {forecaster: ses, policy: weekly-95}
        - {policy: s-S}
        - {forecaster: ma(window=14), policy: weekly-95}
        - {forecaster: naive, policy: weekly-95}
    """)

    @Test("explicit pairs run exactly as listed, in order, and survive the resolved file")
    func explicitPairs() throws {
        let spec = try #require(decodeValid(Self.explicit))
        let names = ["ses × weekly-95", "s-S", "ma(window=14) × weekly-95", "naive × weekly-95"]
        #expect(spec.strategies.choices.map(\.name) == names)
        #expect(try spec.backtestPlan(replications: 1).strategies.map(\.name) == names)
        let resolved = try spec.encodedYAML()
        #expect(resolved.contains("pairs:"))
        #expect(try ScenarioSpec.decode(yaml: resolved, file: "resolved.yaml") == spec)
        #expect(warnings(Self.explicit).isEmpty)
    }

    @Test("a spec built in code that pairs a forecast-reading policy with no forecaster gets an error, not a trap")
    func builtInCode() throws {
        var spec = try #require(decodeValid(Self.explicit))
        spec.strategies.pairs = [StrategyPairSpec(policy: "weekly-95")]
        #expect(throws: ScenarioError.self) { try spec.backtestPlan(replications: 1) }
        #expect(throws: ScenarioError.self) { try spec.validate() }
    }

    /// The issues of `pairs` under the forecasters and policies of ``explicit``; pairs start on line 13.
    func pairIssues(_ pairs: String) -> [ScenarioIssue] {
        let yaml = Self.explicit[..<Self.explicit.range(of: "  pairs:")!.lowerBound] + "  pairs:\n" + pairs
        return issues(String(yaml))
    }

    @Test("an unknown forecaster or policy in a pair is refused where it is written, with a suggestion")
    func unknownNames() throws {
        let found = pairIssues("    - {forecaster: nave, policy: weekly-59}")
        #expect(found.count == 2, "\(found.map(\.description))")
        let forecaster = try #require(issue(at: "strategies.pairs[0].forecaster", in: found))
        #expect(forecaster.kind == .unknownReference && forecaster.line == 13)
        #expect(forecaster.message == "no forecaster is called 'nave'" && forecaster.hint == "did you mean 'naive'?")
        let policy = try #require(issue(at: "strategies.pairs[0].policy", in: found))
        #expect(policy.message == "no policy is called 'weekly-59'" && policy.hint == "did you mean 'weekly-95'?")
        let far = try #require(issue(at: "strategies.pairs[0].policy", in: pairIssues("    - {policy: zzz}")))
        #expect(far.hint == "the policies are: weekly-95, s-S")
        // Two letters swapped count as one edit.
        let swapped = pairIssues("    - {forecaster: sse, policy: weekly-95}")
        #expect(issue(at: "strategies.pairs[0].forecaster", in: swapped)?.hint == "did you mean 'ses'?")
        let farForecaster = pairIssues("    - {forecaster: qqqq, policy: weekly-95}")
        #expect(issue(at: "strategies.pairs[0].forecaster", in: farForecaster)?.hint == "the forecasters are: naive, ses, ma(window=14)")
    }

    @Test("a pair has a forecaster exactly when its policy reads one")
    func forecasterWhenRead() throws {
        let extra = try #require(issue(at: "strategies.pairs[0].forecaster", in: pairIssues("    - {forecaster: ses, policy: s-S}")))
        #expect(extra.kind == .invalidValue)
        #expect(extra.message == "policy 's-S' (s_S) reads no forecast, so forecaster 'ses' would change nothing")
        #expect(extra.hint == "write {policy: s-S}: it runs once, without a forecaster")
        let missing = try #require(issue(at: "strategies.pairs[0]", in: pairIssues("    - {policy: weekly-95}")))
        #expect(missing.kind == .missingField && missing.message.contains("reads a forecast, so its pair needs a forecaster"))
    }

    @Test("a pair listed twice, or no pairs at all, is refused")
    func duplicatesAndEmpty() throws {
        let twice = pairIssues("    - {forecaster: ses, policy: weekly-95}\n    - {policy: s-S}\n    - {forecaster: ses, policy: weekly-95}")
        let duplicate = try #require(issue(at: "strategies.pairs[2]", in: twice))
        #expect(twice.count == 1 && duplicate.kind == .duplicate && duplicate.line == 15)
        #expect(duplicate.message == "the strategy 'ses × weekly-95' is already listed at pairs[0]")
        let none = try #require(issue(at: "strategies.pairs", in: issues(String(
            Self.explicit[..<Self.explicit.range(of: "  pairs:")!.lowerBound]) + "  pairs: []")))
        #expect(none.kind == .missingField)
    }

    @Test("a forecaster or policy in no pair, or forecasters no policy reads, is warned about: they are not run")
    func unusedWarnings() throws {
        let yaml = String(Self.explicit[..<Self.explicit.range(of: "  pairs:")!.lowerBound]) + "  pairs: [{policy: s-S}]"
        let found = warnings(yaml)
        #expect(found.map(\.path) == ["strategies.forecasters[0]", "strategies.forecasters[1]", "strategies.forecasters[2]",
                                      "strategies.policies[0].name"], "\(found.map(\.description))")
        #expect(found.allSatisfy { $0.severity == .warning && $0.description.contains(": warning: ") })
        #expect(found.last?.message == "policy 'weekly-95' is in no pair, so it is not run")
        let unread = warnings(withStrategies("  forecasters: [ses, croston]\n  policies: [{name: s-S, s_S: {s: 2, S: 4}}]"))
        #expect(unread.map(\.path) == ["strategies.forecasters"])
        #expect(unread.first?.message.hasPrefix("no policy reads a forecast, so the forecasters (ses, croston) are not run") == true)
        // The default forecaster, written or not, is no mistake.
        #expect(warnings(withStrategies("  forecasters: [naive]\n  policies: [{name: s-S, s_S: {s: 2, S: 4}}]")).isEmpty)
    }

    @Test("the strategies example in docs/scenario-format.md gives the counts it states")
    func documentedCounts() throws {
        let text = try String(contentsOfFile: repositoryRoot.appendingPathComponent("docs/scenario-format.md").path, encoding: .utf8)
        let section = try #require(text.range(of: "## Strategies\n"))
        var blocks: [String] = []
        var rest = section.upperBound..<text.endIndex
        while blocks.count < 2, let opening = text.range(of: "```yaml\n", range: rest),
              let closing = text.range(of: "```", range: opening.upperBound..<text.endIndex) {
            blocks.append(String(text[opening.upperBound..<closing.lowerBound]))
            rest = closing.upperBound..<text.endIndex
        }
        let catalogue = """
        name: docs
        calendar: {start: 2026-09-07, periods: 140}
        products:
          - {id: jacket-navy, price: 89, end_of_life: 2027-01-18, lifecycle: {bass: {market_size: 6000, innovation: 0.004, imitation: 0.09}}, initial_stock: 1200}

        """
        let every = try ScenarioSpec.decode(yaml: catalogue + blocks[0], file: "docs strategies")
        #expect(text.contains("31 strategies"))
        #expect(every.strategies.choices.count == 31)
        #expect(every.strategies.choices.filter { $0.forecaster == nil }.count == 6)
        let paired = try ScenarioSpec.decode(yaml: catalogue + blocks[1], file: "docs pairs")
        #expect(paired.strategies.choices.map(\.name) == ["ses × weekly-fc", "ma(window=14) × weekly-fc", "s-S"])
    }
}
