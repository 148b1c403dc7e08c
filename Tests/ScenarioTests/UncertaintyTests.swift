import Foundation
import GSL
import Testing
@testable import Scenario

/// The `uncertainty` section: decoding, validation, round trip. The draws a sweep makes are
/// tested in WhatIfTests.
@Suite("the uncertainty section")
struct UncertaintyTests {
    @Test("the section decodes, a lognormal may be given by its median, and the resolved scenario round-trips")
    func decoding() throws {
        let spec = try #require(decodeValid(oneBuyYAML))
        #expect(spec.uncertainty.count == 1)
        #expect(spec.uncertainty[0].path.description == "products[widget].lifecycle.phases[maturity].to")
        guard case let .lognormal(mu, sigma) = spec.uncertainty[0].distribution else {
            Issue.record("expected a lognormal, got \(spec.uncertainty[0].distribution)")
            return
        }
        #expect(abs(mu - log(30)) < 1e-12 && sigma == 0.3)
        let resolved = try spec.encodedYAML()
        #expect(resolved.contains("uncertainty:"))
        #expect(try ScenarioSpec.decode(yaml: resolved, file: "resolved.yaml") == spec)
        // Without the section nothing is written: resolved scenarios read as before.
        #expect(try !(#require(decodeValid(minimalYAML))).encodedYAML().contains("uncertainty"))
    }

    @Test("every family of the format can be drawn, written beside the path")
    func families() throws {
        let yaml = minimalYAML + """

            uncertainty:
              - {path: 'products[widget].price', uniform: {lower: 8, upper: 12}}
              - {path: 'products[widget].lifecycle.phases[0].level', gamma: {mean: 5, sd: 1}}
              - {path: 'products[widget].initial_stock', normal: {mean: 20, sd: 2}}
              - {path: 'products[widget].unit_cost', constant: 3}
            """
        let spec = try #require(decodeValid(yaml))
        #expect(spec.uncertainty.map(\.distribution) == [.uniform(lower: 8, upper: 12), .gamma(mean: 5, sd: 1),
                                                         .normal(mean: 20, sd: 2), .constant(3)])
        #expect(try ScenarioSpec.decode(yaml: spec.encodedYAML()) == spec)
    }

    @Test("problems are reported with file, line and field", arguments: [
        ("  - {path: 'products[widgit].price', uniform: {lower: 8, upper: 12}}", "uncertainty[0].path", "did you mean 'widget'?"),
        ("  - {path: 'products[widget].nme', uniform: {lower: 8, upper: 12}}", "uncertainty[0].path", "no field 'nme'"),
        ("  - {path: 'products[widget].id', uniform: {lower: 8, upper: 12}}", "uncertainty[0].path", "not a number"),
        ("  - {path: 'products[widget].price', unifrm: {lower: 8, upper: 12}}", "uncertainty[0].unifrm", "did you mean 'uniform'?"),
        ("  - {path: 'products[widget].price'}", "uncertainty[0]", "needs a distribution"),
        ("  - {path: 'products[widget].price', uniform: {lower: 8, upper: 12}, normal: {mean: 1, sd: 1}}", "uncertainty[0].normal", "exactly one"),
        ("  - {path: seed, uniform: {lower: 8, upper: 12}}", "uncertainty[0].path", "'seed' cannot be drawn"),
        ("  - {path: 'products[widget].price', lognormal: {median: 10, sigma: 0}}", "uncertainty[0].lognormal.sigma", "must be in (0, 5]"),
        ("  - {path: 'products[widget].price', lognormal: {median: 10, mean: 3, sigma: 1}}", "uncertainty[0].lognormal", "not a mix"),
        ("  - {path: 'products[widget', uniform: {lower: 8, upper: 12}}", "uncertainty[0].path", "never closed"),
    ])
    func problems(entry: String, path: String, words: String) throws {
        let found = issues(minimalYAML + "\nuncertainty:\n" + entry)
        let problem = try #require(issue(at: path, in: found))
        #expect(problem.line == 8, "\(problem)")
        #expect(problem.description.contains(words), "\(problem)")
        #expect(problem.description.hasPrefix("test.yaml:8:"), "\(problem)")
    }

    @Test("a field drawn twice is a duplicate, however the path names it")
    func duplicate() {
        let found = issues(minimalYAML + """

            uncertainty:
              - {path: 'products[widget].price', uniform: {lower: 8, upper: 12}}
              - {path: 'products[widget].price', uniform: {lower: 9, upper: 11}}
            """)
        #expect(found.contains { $0.kind == .duplicate && $0.path == "uncertainty[1].path" }, "\(found)")
        let renamed = issues(minimalYAML + """

            uncertainty:
              - {path: 'products[widget].price', uniform: {lower: 8, upper: 12}}
              - {path: 'products[0].price', uniform: {lower: 9, upper: 11}}
            """)
        #expect(renamed.contains { $0.kind == .duplicate && $0.path == "uncertainty[1].path" && $0.line == 9 }, "\(renamed)")
    }

    @Test("a scenario with uncertainty still builds the plain backtest, on the values written in the file")
    func nominalValues() throws {
        let spec = try #require(decodeValid(oneBuyYAML))
        let plan = try spec.backtestPlan(replications: 1)
        #expect(plan.strategies.map(\.name) == ["launch-only", "naive × weekly"])
        #expect(plan.terms[0].initialStock == 400)
    }
}
