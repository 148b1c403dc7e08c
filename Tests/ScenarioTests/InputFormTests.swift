import Foundation
import Testing
@testable import Scenario

/// Names that cannot serve their purpose, numbers YAML would silently read as other numbers, and
/// the alias guard, which must count what aliases add rather than every value (issue 13,
/// items 5 and 9).
@Suite("Input forms")
struct InputFormTests {
    // MARK: Aliases

    /// `count` products written out one by one, no anchors: about 75 bytes and 14 values each.
    static func longCatalogue(_ count: Int) -> String {
        var lines = ["name: long", "calendar: {start: 2026-03-02, periods: 10}", "products:"]
        lines.reserveCapacity(count + 3)
        for index in 0..<count {
            lines.append("  - {id: item-\(index), price: 10, unit_cost: 4, lifecycle: {phases: [{phase: maturity, level: 3}]}}")
        }
        return lines.joined(separator: "\n")
    }

    @Test("40 000 products written one by one (3 MB, no aliases) load")
    func longFileLoads() throws {
        let text = Self.longCatalogue(40_000)
        #expect(text.utf8.count > 3_000_000)
        let spec = try ScenarioSpec.decode(yaml: text, file: "long.yaml")
        #expect(spec.products.count == 40_000)
    }

    @Test("a billion laughs is refused, quickly, however small the file")
    func billionLaughs() throws {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("name: *a9")
        let started = ContinuousClock.now
        let found = issues(lines.joined(separator: "\n"))
        // No timed assertion (speed is for benchmarks); printed so a slow guard shows in the log.
        print("billion laughs refused in \(ContinuousClock.now - started)")
        #expect(found.count == 1)
        #expect(found.first?.kind == .malformedYAML)
        #expect(found.first?.message.contains("through aliases") == true)
    }

    @Test("aliases that add up to the limit are accepted; one value more is refused")
    func aliasLimit() throws {
        // A list of 999 values is 1 000 nodes; each alias of it adds 1 000.
        let template = "t: &t [" + Array(repeating: "1", count: 999).joined(separator: ", ") + "]"
        func document(aliases: Int) -> String {
            minimalYAML + "\n" + template + "\nx: [" + Array(repeating: "*t", count: aliases).joined(separator: ", ") + "]"
        }
        let within = ScenarioSpec.maximumAliasValues / 1_000
        let accepted = issues(document(aliases: within))
        #expect(!accepted.contains { $0.kind == .malformedYAML }, "\(accepted)")
        // The unknown keys t and x are reported; the document itself is fine.
        #expect(accepted.contains { $0.path == "x" && $0.kind == .unknownKey })
        let refused = issues(document(aliases: within + 1))
        #expect(refused.count == 1)
        #expect(refused.first?.message.contains("through aliases") == true)
    }

    // MARK: Names

    @Test("a scenario name too long to name a folder is refused at validation")
    func longScenarioName() throws {
        let long = String(repeating: "n", count: 5_000)
        let found = issues(minimalYAML.replacingOccurrences(of: "name: tiny", with: "name: \(long)"))
        let problem = try #require(issue(at: "name", in: found))
        #expect(problem.line == 1)
        #expect(problem.message.contains("5000 characters"))
        #expect(problem.hint?.contains("255 bytes") == true)
        let longest = String(repeating: "n", count: ScenarioLimits.nameLength)
        #expect(issues(minimalYAML.replacingOccurrences(of: "name: tiny", with: "name: \(longest)")).isEmpty)
    }

    @Test("a product id of 5 000 characters is refused at validation")
    func longProductID() throws {
        let long = String(repeating: "x", count: 5_000)
        let found = issues(minimalYAML.replacingOccurrences(of: "id: widget", with: "id: \(long)"))
        #expect(issue(at: "products[0].id", in: found)?.line == 4)
        let longest = String(repeating: "x", count: ScenarioLimits.nameLength)
        #expect(issues(minimalYAML.replacingOccurrences(of: "id: widget", with: "id: \(longest)")).isEmpty)
    }

    @Test("an ensemble name that is blank or spans lines is refused", arguments: [
        "''", "'   '", "\"blend\\nsplit\"", "\"tab\\tbed\"", "\"bell\\u0007\"", String(repeating: "e", count: 101),
    ])
    func ensembleNames(name: String) throws {
        let yaml = minimalYAML + """

            strategies:
              forecasters:
                - {ses: {}}
                - {ensemble: {name: \(name), members: [naive, ses]}}
            """
        let found = issues(yaml)
        let problem = try #require(issue(at: "strategies.forecasters[1].ensemble.name", in: found))
        #expect(problem.line == 10)
    }

    @Test("a nested ensemble's name is checked too; a plain one passes")
    func nestedEnsembleName() throws {
        let yaml = minimalYAML + """

            strategies:
              forecasters:
                - {ensemble: {name: outer, members: [naive, {ensemble: {name: '', members: [ses]}}]}}
            """
        #expect(issue(at: "strategies.forecasters[0].ensemble.members[1].ensemble.name", in: issues(yaml)) != nil)
        #expect(issues(yaml.replacingOccurrences(of: "name: ''", with: "name: inner")).isEmpty)
    }

    // MARK: Numbers

    @Test("non-decimal numbers are refused with the value YAML would read", arguments: [
        ("unit_cost: 0x10", "products[0].unit_cost", "16"),
        ("initial_stock: 0o17", "products[0].initial_stock", "15"),
        ("initial_stock: 017", "products[0].initial_stock", "15"),
        ("initial_stock: 0b101", "products[0].initial_stock", "5"),
        ("initial_stock: 1:30", "products[0].initial_stock", "90"),
        ("elasticity: -0x2", "products[0].elasticity", "-2"),
        ("salvage_value: 0x1p3", "products[0].salvage_value", "8"),
        ("supply: {lead_time: 0x7}", "products[0].supply.lead_time", "7"),
        ("seasonality: {yearly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0x2]}", "products[0].seasonality.yearly[11]", "2"),
    ])
    func nonDecimal(line: String, path: String, value: String) throws {
        let found = issues(minimalYAML + "\n    " + line)
        let problem = try #require(issue(at: path, in: found))
        #expect(problem.line == 7)
        #expect(problem.message.contains("reads as \(value);"), "\(problem)")
        #expect(problem.message.contains("decimal"))
    }

    @Test("decimal forms pass: signs, exponents, digit groups, a lone zero")
    func decimalForms() {
        for line in ["unit_cost: 1e1", "unit_cost: +10", "initial_stock: 1_000", "initial_stock: 0", "unit_cost: 0.5",
                     "unit_cost: .5", "elasticity: -1.5"] {
            #expect(issues(minimalYAML + "\n    " + line).isEmpty, "\(line)")
        }
        #expect(DecimalForm.nonDecimalForm("0") == nil)
        #expect(DecimalForm.nonDecimalForm("10") == nil)
        #expect(DecimalForm.nonDecimalForm("-0.25") == nil)
        #expect(DecimalForm.nonDecimalForm("0X1F") == "hexadecimal")
    }

    @Test("a product id that looks like an octal number stays text")
    func octalLookingID() throws {
        let spec = try #require(decodeValid(minimalYAML.replacingOccurrences(of: "id: widget", with: "id: 0012345")))
        #expect(spec.products[0].id == "0012345")
    }
}
