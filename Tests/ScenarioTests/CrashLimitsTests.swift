import Backtest
import Foundation
import Testing
@testable import Scenario

/// Each value that used to crash `run` (issue 13, "Crashes and blow-ups" 1) is refused at
/// validation with its file, line and field, and the largest value allowed in its place runs.
@Suite("Crash limits")
struct CrashLimitsTests {
    /// A field, a value beyond its limit that used to trap, and the limit itself.
    struct Case: CustomTestStringConvertible, Sendable {
        var field: String
        var path: String
        var beyond: String
        var atLimit: String
        /// Whether the field sits in `supply` (else it is a product field).
        var inSupply: Bool

        var testDescription: String { "\(path): \(beyond)" }

        func yaml(_ value: String) -> String {
            inSupply ? limitsYAML(supply: "{lead_time: 2, \(field): \(value)}") : limitsYAML(product: [field: value])
        }
    }

    static let cases: [Case] = [
        // Tally.swift:56 summed 10¹⁸ units of stock over the periods.
        Case(field: "initial_stock", path: "products[0].initial_stock", beyond: "1000000000000000000", atLimit: "100000000", inSupply: false),
        // bench-s-S with a unit cost of 2⁶³.
        Case(field: "unit_cost", path: "products[0].unit_cost", beyond: "9223372036854775808", atLimit: "1e8", inSupply: false),
        Case(field: "price", path: "products[0].price", beyond: "1.2345e17", atLimit: "1e8", inSupply: false),
        // OrderConstraints.swift:30 rounded 2⁶³ − 1 up to whole cases.
        Case(field: "case_pack", path: "products[0].supply.case_pack", beyond: "9223372036854775807", atLimit: "100000000", inSupply: true),
        Case(field: "min_order", path: "products[0].supply.min_order", beyond: "9223372036854775807", atLimit: "100000000", inSupply: true),
        // ScenarioSpec+Strategies.swift:90 converted 10¹⁹ to an Int.
        Case(field: "capacity", path: "products[0].supply.capacity", beyond: "1e19", atLimit: "1e8", inSupply: true),
        // PoissonBootstrap.swift:54: profits of −∞ made the bootstrap interval NaN…NaN.
        Case(field: "order_cost", path: "products[0].supply.order_cost", beyond: "1e308", atLimit: "1e10", inSupply: true),
    ]

    @Test("beyond its limit a value is refused at validation, with line and field", arguments: cases)
    func beyond(_ field: Case) throws {
        let found = issues(field.yaml(field.beyond))
        let problem = try #require(issue(at: field.path, in: found))
        #expect(problem.kind == .outOfRange)
        #expect(problem.line != nil)
        #expect(problem.message.contains("must be"))
        #expect(problem.hint?.isEmpty == false, "a value above the limit says why the limit is there")
    }

    @Test("at its limit a value validates and runs", arguments: cases)
    func atLimit(_ field: Case) async throws {
        let spec = try #require(decodeValid(field.yaml(field.atLimit)))
        let summary = try await runBacktest(spec)
        for strategy in summary.strategies {
            #expect(strategy.mean(.profit).isFinite, "\(strategy.name)")
        }
    }

    @Test("lead times that used to trap are refused at validation",
          arguments: ["1e19", "1e9", "1e7", "{uniform: {lower: 1, upper: 1e300}}", "{gamma: {mean: 1e19, sd: 5}}",
                      "{lognormal: {median: 20, sigma: 40}}", "{exponential: {mean: 1e300}}"])
    func longLeadTimes(leadTime: String) throws {
        let found = issues(limitsYAML(supply: "{lead_time: \(leadTime)}"))
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        #expect(problem.path.hasPrefix("products[0].supply.lead_time"))
        #expect(problem.kind == .outOfRange)
        #expect(problem.line == 12)
    }

    @Test("lead times at the limit run, forecast-driven policies included, however long the lead time",
          arguments: ["59", "{uniform: {lower: 1, upper: 36600}}", "{gamma: {mean: 36600, sd: 36600}}",
                      "{truncated_normal: {mean: 0, sd: 36600, lower: 0, upper: 36600}}", "{empirical: {values: [1, 36600]}}"])
    func longestLeadTimes(leadTime: String) async throws {
        let spec = try #require(decodeValid(limitsYAML(supply: "{lead_time: \(leadTime)}")))
        let summary = try await runBacktest(spec, replications: 2)
        #expect(summary.strategies.count == 2)
    }

    @Test("a lead time no shorter than the calendar is refused: no order could arrive within it")
    func leadTimeBeyondHorizon() throws {
        let found = issues(limitsYAML(supply: "{lead_time: 60}"))
        let problem = try #require(issue(at: "products[0].supply.lead_time", in: found))
        #expect(problem.message.contains("not shorter than the calendar (60 days)"))
        // On a weekly calendar the horizon is 60 weeks.
        #expect(issues(limitsYAML(supply: "{lead_time: 60}").replacingOccurrences(of: "periods: 60}", with: "periods: 60, period: week}")).isEmpty)
        // A distribution that delivers 999 orders in 1000 after the horizon is refused too.
        let late = issues(limitsYAML(supply: "{lead_time: {uniform: {lower: 59.99, upper: 36600}}}"))
        #expect(issue(at: "products[0].supply.lead_time", in: late)?.message.contains("0.1 % quantile") == true)
    }

    @Test("uncertainty whose draws overflow the drawn field is refused at validation")
    func uncertaintyBeyondField() throws {
        func uncertain(_ entry: String) -> [ScenarioIssue] {
            issues(limitsYAML(extra: "uncertainty:\n  - " + entry))
        }
        // Beyond any field's limit.
        let huge = uncertain("{path: 'products[widget].initial_stock', uniform: {lower: 1, upper: 1e300}}")
        #expect(issue(at: "uncertainty[0].uniform.upper", in: huge)?.kind == .outOfRange)
        // Within the limits of uncertainty parameters, but its mean, 10⁸ · e^0.5, is beyond a price's 10⁸.
        let price = uncertain("{path: 'products[widget].price', lognormal: {median: 1e8, sigma: 1}}")
        let problem = try #require(issue(at: "uncertainty[0].lognormal", in: price))
        #expect(problem.message.contains("mean"))
        #expect(problem.hint?.contains("money per unit") == true)
        #expect(uncertain("{path: 'products[widget].price', lognormal: {median: 1e6, sigma: 1}}").isEmpty)
    }
}
