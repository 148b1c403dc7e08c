import Foundation
import Testing
@testable import Scenario
import TestSupport

/// No input may crash the loader; each gets a readable issue instead.
@Suite("Robustness")
struct RobustnessTests {
    @Test("degenerate documents", arguments: [
        "", "# only a comment\n", "~", "- a\n- b\n", "just text", "42", "[1, 2", "{a: 1}\n---\n{b: 2}\n",
        "name: x\nname: y\n", "products: 3\n", "calendar: []\n", "\u{0001}\u{0002}", "key: *undefined\n",
        "name: &a x\ncalendar: *a\n",
    ])
    func degenerate(text: String) {
        let found = issues(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.message.isEmpty })
    }

    @Test("deeply nested junk")
    func deepNesting() {
        let depth = 5000
        for text in [String(repeating: "[", count: depth), String(repeating: "{a: ", count: depth),
                     "products: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                     String(repeating: "- ", count: depth) + "x"] {
            #expect(!issues(text).isEmpty)
        }
    }

    @Test("alias bombs are refused before decoding", arguments: ["products", "calendar"])
    func aliasBomb(field: String) {
        var lines = ["a0: &a0 {x: 1, y: 2, z: 3}"]
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append(field == "products" ? "a\(level): &a\(level) [\(aliases)]" : "a\(level): &a\(level) {<<: [\(aliases)]}")
        }
        lines.append("\(field): *a9")
        let found = issues(lines.joined(separator: "\n"))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("expands") == true)
    }

    @Test("aliases used as keys are refused before parsing", arguments: ["*big : 1", "? *big\n: 1", "x: {*big : 1}"])
    func aliasKeys(line: String) {
        let found = issues("big: &big [1, 2]\n" + line + "\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
    }

    @Test("binary junk in a file")
    func binaryFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-junk-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0xFF, 0xFE, 0x00, 0x01, 0xC3, 0x28, 0x9F]).write(to: url)
        #expect {
            try ScenarioSpec.load(contentsOf: url.path)
        } throws: { error in
            (error as? ScenarioError)?.issues.first?.kind == .unreadableFile
        }
    }

    @Test("absurd numbers are rejected without trapping")
    func absurdNumbers() {
        let yaml = minimalYAML.replacingOccurrences(of: "periods: 30", with: "periods: 9223372036854775807")
            .replacingOccurrences(of: "{phase: maturity, level: 5}", with: "{phase: growth, days: 9223372036854775807, level: .inf}, {phase: decline, level: .nan}")
            + "\nevents:\n  - promotion: {products: [widget], start: 2026-03-10, periods: -9223372036854775808, dip: {share: 1, days: 9223372036854775807}}"
        #expect(!issues(yaml).isEmpty)
    }

    /// Random single-character edits of a valid file: each must decode or fail cleanly.
    @Test("random edits of a valid scenario (seed 20260907)")
    func fuzz() throws {
        let path = repositoryRoot.appendingPathComponent("Scenarios/fashion-jacket.yaml").path
        let original = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        var generator = SplitMix64(seed: 20_260_907)
        func next(_ bound: Int) -> Int { generator.int(0...(bound - 1)) }
        let alphabet = Array("{}[]:-,#&*!|>'\" \n\t0123456789.abcxyz_".unicodeScalars)
        for _ in 0..<300 {
            var scalars = original
            for _ in 0..<(1 + next(4)) {
                let position = next(scalars.count)
                switch next(3) {
                case 0: scalars.remove(at: position)
                case 1: scalars.insert(alphabet[next(alphabet.count)], at: position)
                default: scalars[position] = alphabet[next(alphabet.count)]
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            for issue in issues(text) {
                #expect(!issue.message.isEmpty)
                #expect(issue.line.map { $0 >= 1 } ?? true)
            }
        }
    }
}
