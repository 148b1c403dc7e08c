import Testing
@testable import Scenario

/// A generated scenario carries comments next to its values and still decodes to the same spec.
@Suite("Commented scenario files")
struct CommentedScenarioTests {
    static let comments = ScenarioComments(
        header: ["Fitted by a test.", "", "Edit freely."],
        products: ["a": ["a: Bass chosen by AICc", "multi\nline note"], "b": ["b: phases"]],
        sections: ["strategies": ["A default set to edit."], "calendar": ["Weekly."]])

    @Test("the commented YAML decodes to an equal spec, every feature included")
    func roundTrip() throws {
        let spec = try #require(decodeValid(RoundTripTests.everything))
        let yaml = try spec.commentedYAML(Self.comments)
        let again = try ScenarioSpec.decode(yaml: yaml, file: "commented.yaml")
        #expect(again == spec)
    }

    @Test("comments sit before their product and section, a line break inside one stays a comment")
    func placement() throws {
        let spec = try #require(decodeValid(RoundTripTests.everything))
        let lines = try spec.commentedYAML(Self.comments).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(3)) == ["# Fitted by a test.", "#", "# Edit freely."])
        let productA = try #require(lines.firstIndex(of: "- id: a"))
        #expect(lines[productA - 2] == "# a: Bass chosen by AICc")
        #expect(lines[productA - 1] == "# multi line note")
        let productB = try #require(lines.firstIndex(of: "- id: b"))
        #expect(lines[productB - 1] == "# b: phases")
        let strategies = try #require(lines.firstIndex { $0.hasPrefix("strategies:") })
        #expect(lines[strategies - 1] == "# A default set to edit.")
        let calendar = try #require(lines.firstIndex { $0.hasPrefix("calendar:") })
        #expect(lines[calendar - 1] == "# Weekly.")
    }

    @Test("small maps and lists of values are written on one line")
    func compact() throws {
        let spec = try #require(decodeValid(RoundTripTests.everything))
        let yaml = try spec.commentedYAML(ScenarioComments())
        #expect(yaml.contains("lifecycle: {bass: {market_size: 1000.0, innovation: 0.003, imitation: 0.1, repeat: {rate: 0.02}}}"))
        #expect(yaml.contains("yearly: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.2, 1.4]"))
        #expect(!yaml.hasPrefix("#"))
    }
}
