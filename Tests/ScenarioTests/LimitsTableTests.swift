import Foundation
import Testing
@testable import Scenario

/// The Limits table of docs/scenario-format.md is the one validation uses.
@Suite("Limits table")
struct LimitsTableTests {
    @Test("docs/scenario-format.md shows ScenarioLimits as they are")
    func documented() throws {
        let path = repositoryRoot.appendingPathComponent("docs/scenario-format.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let begin = "<!-- limits table: rendered from ScenarioLimits; LimitsTableTests keeps it equal -->\n"
        let end = "\n<!-- end of limits table -->"
        let start = try #require(text.range(of: begin), "the Limits section lost its opening marker")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        let documented = String(text[start.upperBound..<stop.lowerBound])
        let expected = ScenarioLimits.markdownTable()
        #expect(documented == expected, "replace the table in docs/scenario-format.md with:\n\(expected)")
    }

    @Test("every pattern of the table resolves to its own limit, and nested policies inherit theirs")
    func lookups() {
        for row in ScenarioLimits.rows {
            for pattern in row.patterns {
                #expect(ScenarioLimits.limit(for: pattern)?.rangeText == row.limit.rangeText, "\(pattern)")
            }
        }
        #expect(ScenarioLimits.limit(for: "strategies.policies[].end_of_life.policy.s_S.S")?.bounds.upper == ScenarioLimits.units)
        #expect(ScenarioLimits.limit(for: "strategies.forecasters[].ma.window")?.bounds.upper == 36_600)
        #expect(ScenarioLimits.limit(for: "strategies.forecasters[].ensemble.members[].ses.alpha")?.bounds.upper == 1)
        #expect(ScenarioLimits.limit(for: "products[].id") == nil)
    }

    @Test("numbers in the table read as people write them")
    func rangeText() {
        #expect(FieldLimit.text(1e8) == "10⁸")
        #expect(FieldLimit.text(36_600) == "36 600")
        #expect(FieldLimit.text(0.001) == "0.001")
        #expect(FieldLimit.text(-20) == "−20")
        #expect(ScenarioLimits.price.rangeText == "(0, 10⁸]")
        #expect(ScenarioLimits.stock.rangeText == "0 … 10⁸")
    }
}
