import Foundation
import Testing
@testable import Scenario

/// Each class of bad input yields its issue, at the right line and field path.
@Suite("Error reporting")
struct ErrorReportingTests {
    @Test("malformed YAML reports the parser's line")
    func malformedYAML() throws {
        let found = issues("""
        name: tiny
        calendar:
          start: 2026-03-02
            periods: 30
        """)
        let first = try #require(found.first)
        #expect(found.count == 1)
        #expect(first.kind == .malformedYAML)
        #expect(first.line == 4)
        #expect(first.description.hasPrefix("test.yaml:4:"))
    }

    @Test("tabs in indentation get a hint")
    func tabs() throws {
        let first = try #require(issues("name: tiny\ncalendar:\n\tstart: 2026-03-02\n").first)
        #expect(first.kind == .malformedYAML)
        #expect(first.line == 3)
        #expect(first.hint?.contains("tabs") == true)
    }

    @Test("a wrong type says what was expected and what was found")
    func wrongType() throws {
        let yaml = minimalYAML.replacingOccurrences(of: "price: 10", with: "price: abc")
        let found = try #require(issue(at: "products[0].price", in: issues(yaml)))
        #expect(found.kind == .wrongType)
        #expect(found.message == "expected a number, found 'abc'")
        #expect(found.line == 5 && found.column == 12)
        #expect(found.description == "test.yaml:5:12: error: products[0].price: expected a number, found 'abc'")
    }

    @Test("a missing required field points at its mapping")
    func missingField() throws {
        let yaml = minimalYAML.replacingOccurrences(of: "    price: 10\n", with: "")
        let found = try #require(issue(at: "products[0].price", in: issues(yaml)))
        #expect(found.kind == .missingField)
        #expect(found.line == 4)
    }

    @Test("an unknown key is reported at the key with a suggestion")
    func unknownKey() throws {
        let yaml = minimalYAML.replacingOccurrences(of: "    price: 10\n", with: "    price: 10\n    unit_cots: 3\n")
        let found = try #require(issue(at: "products[0].unit_cots", in: issues(yaml)))
        #expect(found.kind == .unknownKey)
        #expect(found.hint == "did you mean 'unit_cost'?")
        #expect(found.line == 6 && found.column == 5)
    }

    @Test("camelCase spellings are recognised as the snake_case key")
    func spellingVariant() throws {
        let yaml = minimalYAML.replacingOccurrences(of: "    price: 10\n", with: "    price: 10\n    initialStock: 3\n")
        let found = try #require(issue(at: "products[0].initialStock", in: issues(yaml)))
        #expect(found.hint == "did you mean 'initial_stock'?")
    }

    @Test("a misspelt kind of noise is suggested")
    func unknownTag() throws {
        let yaml = minimalYAML + "\n    noise: {negative_binomal: {dispersion: 3}}"
        let found = try #require(issue(at: "products[0].noise.negative_binomal", in: issues(yaml)))
        #expect(found.hint == "did you mean 'negative_binomial'?")
        #expect(found.line == 7)
    }

    @Test("an out-of-range value states the allowed range")
    func outOfRange() throws {
        let yaml = minimalYAML.replacingOccurrences(
            of: "{phases: [{phase: maturity, level: 5}]}",
            with: "{bass: {market_size: -5, innovation: 0.01, imitation: 0.2}}")
        let found = try #require(issue(at: "products[0].lifecycle.bass.market_size", in: issues(yaml)))
        #expect(found.kind == .outOfRange)
        #expect(found.message == "must be in (0, 10000000000], found -5")
        #expect(found.line == 6)
    }

    @Test("dispersion must be positive")
    func dispersion() throws {
        let yaml = minimalYAML + "\n    noise: {negative_binomial: {dispersion: 0}}"
        let found = try #require(issue(at: "products[0].noise.negative_binomial.dispersion", in: issues(yaml)))
        #expect(found.kind == .outOfRange)
        #expect(found.line == 7)
    }

    @Test("lead times cannot be negative", arguments: [
        ("-2", "products[0].supply.lead_time"),
        ("{normal: {mean: 5, sd: 2}}", "products[0].supply.lead_time.normal"),
        ("{uniform: {lower: -1, upper: 3}}", "products[0].supply.lead_time.uniform.lower"),
        ("{truncated_normal: {mean: 5, sd: 2}}", "products[0].supply.lead_time.truncated_normal.lower"),
    ])
    func negativeLeadTime(leadTime: String, path: String) throws {
        let yaml = minimalYAML + "\n    supply:\n      lead_time: \(leadTime)"
        let found = try #require(issue(at: path, in: issues(yaml)))
        #expect(found.line == 8)
    }

    @Test("an event naming an unknown product suggests the closest id")
    func unknownProduct() throws {
        let yaml = minimalYAML + "\nevents:\n  - promotion: {products: [widgit], start: 2026-03-10, days: 3, discount: 0.2}"
        let found = try #require(issue(at: "events[0].promotion.products[0]", in: issues(yaml)))
        #expect(found.kind == .unknownReference)
        #expect(found.hint == "did you mean 'widget'?")
        #expect(found.line == 8)
    }

    @Test("an event starting outside the calendar is rejected; running past its end is fine")
    func dateOutsideCalendar() throws {
        let outside = minimalYAML + "\nevents:\n  - shock: {spike: {products: [widget], start: 2026-05-01, days: 3, lift: 2}}"
        let found = try #require(issue(at: "events[0].shock.spike.start", in: issues(outside)))
        #expect(found.kind == .outOfRange)
        #expect(found.message.contains("2026-03-02 to 2026-03-31"))
        let pastEnd = minimalYAML + "\nevents:\n  - shock: {spike: {products: [widget], start: 2026-03-30, days: 10, lift: 2}}"
        #expect(issues(pastEnd).isEmpty)
    }

    @Test("overlapping and gapped phases are reported at the phase start")
    func overlappingPhases() throws {
        let overlap = minimalYAML.replacingOccurrences(
            of: "{phases: [{phase: maturity, level: 5}]}",
            with: "\n        phases:\n          - {phase: introduction, end: 2026-03-10, from: 1, to: 5}\n          - {phase: growth, start: 2026-03-08, level: 5}")
        let found = try #require(issue(at: "products[0].lifecycle.phases[1].start", in: issues(overlap)))
        #expect(found.message == "starts on 2026-03-08, overlapping the previous phase by 3 days")
        #expect(found.line == 9)
        let gap = overlap.replacingOccurrences(of: "start: 2026-03-08", with: "start: 2026-03-15")
        let gapIssue = try #require(issue(at: "products[0].lifecycle.phases[1].start", in: issues(gap)))
        #expect(gapIssue.message == "starts on 2026-03-15, leaving a gap of 4 days")
        #expect(gapIssue.hint == "it must start on 2026-03-11, the day after the previous phase ends")
    }

    @Test("phases out of order, and an open phase that is not last")
    func phaseOrder() throws {
        let yaml = minimalYAML.replacingOccurrences(
            of: "{phases: [{phase: maturity, level: 5}]}",
            with: "{phases: [{phase: growth, level: 5}, {phase: introduction, days: 3}]}")
        let found = issues(yaml)
        #expect(issue(at: "products[0].lifecycle.phases[1].phase", in: found)?.message == "introduction cannot come after growth")
        #expect(issue(at: "products[0].lifecycle.phases[0]", in: found)?.kind == .missingField)
    }

    @Test("a missing file says which path and why")
    func missingFile() throws {
        let path = "/nonexistent/dir/scenario.yaml"
        #expect {
            try ScenarioSpec.load(contentsOf: path)
        } throws: { error in
            guard let error = error as? ScenarioError, let first = error.issues.first else { return false }
            return error.issues.count == 1 && first.kind == .unreadableFile && first.line == nil
                && first.description.hasPrefix(path + ": error: ") && first.message.contains("no such file")
        }
    }

    @Test("a directory is not a scenario file")
    func directory() throws {
        #expect(throws: ScenarioError.self) { try ScenarioSpec.load(contentsOf: repositoryRoot.path) }
    }

    @Test("other semantic rules", arguments: [
        ("generator: mt19973\n", "generator", "did you mean 'mt19937'?"),
        ("replications: 0\n", "replications", nil),
        ("seed: -3\n", "seed", nil),
    ] as [(String, String, String?)])
    func topLevel(prefix: String, path: String, hint: String?) throws {
        let found = try #require(issue(at: path, in: issues(prefix + minimalYAML)))
        #expect(found.line == 1)
        if let hint { #expect(found.hint == hint) }
    }

    @Test("a weekly profile needs a daily calendar")
    func weeklyProfile() throws {
        let yaml = minimalYAML.replacingOccurrences(of: "periods: 30}", with: "periods: 30, period: week}")
            + "\n    seasonality: {weekly: [1, 1, 1, 1, 1, 1, 1]}"
        #expect(issue(at: "products[0].seasonality.weekly", in: issues(yaml))?.line == 7)
    }

    @Test("month-days must exist", arguments: ["02-30", "13-01", "12-1", "xmas"])
    func monthDay(text: String) throws {
        let yaml = minimalYAML + "\n    seasonality: {peaks: [{name: p, start: \(text), end: 12-24, lift: 2}]}"
        #expect(issue(at: "products[0].seasonality.peaks[0].start", in: issues(yaml))?.line == 7)
    }

    @Test("duplicate product ids")
    func duplicateIDs() throws {
        let yaml = minimalYAML + "\n  - {id: widget, price: 3, lifecycle: {phases: [{phase: decline, level: 1}]}}"
        let found = try #require(issue(at: "products[1].id", in: issues(yaml)))
        #expect(found.kind == .duplicate)
        #expect(found.line == 7)
    }

    @Test("an event window with two lengths is a conflict")
    func windowConflict() throws {
        let yaml = minimalYAML + "\nevents:\n  - promotion: {products: [widget], start: 2026-03-10, days: 3, end: 2026-03-12}"
        let found = try #require(issue(at: "events[0].promotion", in: issues(yaml)))
        #expect(found.message.contains("only one of"))
    }

    @Test("a promotion effect may not name a promoted product")
    func selfEffect() throws {
        let yaml = minimalYAML + "\nevents:\n  - promotion: {products: [widget], start: 2026-03-10, days: 3, effects: [{product: widget, multiplier: 0.8}]}"
        #expect(issue(at: "events[0].promotion.effects[0].product", in: issues(yaml)) != nil)
    }

    @Test("every problem in a file is reported, in file order")
    func multipleIssues() throws {
        let yaml = """
        name: tiny
        replications: 0
        calendar: {start: 2026-03-02, periods: 30}
        products:
          - id: widget
            price: -1
            colour: blue
            lifecycle: {bass: {market_size: 100, innovation: 2, imitation: 0.2}}
            noise: {negative_binomial: {dispersion: -4}}
        events:
          - price_change: {products: [gadget], date: 2026-03-10, price: 8}
        """
        let found = issues(yaml)
        #expect(found.map(\.path) == [
            "replications", "products[0].price", "products[0].colour",
            "products[0].lifecycle.bass.innovation", "products[0].noise.negative_binomial.dispersion",
            "events[0].price_change.products[0]",
        ])
        #expect(found.map(\.line) == [2, 6, 7, 8, 9, 11])
    }

    @Test("decoding problems in different products are all reported")
    func multipleDecodingIssues() throws {
        let yaml = """
        name: tiny
        calendar: {start: 2026-03-02, periods: 30}
        products:
          - {id: a, price: x, lifecycle: {phases: [{phase: maturity, level: 1}]}}
          - {id: b, price: 2, lifecycle: {bas: {}}}
          - {id: c, price: 2}
        """
        let found = issues(yaml)
        #expect(found.map(\.path) == ["products[0].price", "products[1].lifecycle.bas", "products[2].lifecycle"])
        #expect(found.map(\.line) == [4, 5, 6])
    }
}
