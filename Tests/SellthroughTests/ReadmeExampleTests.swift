import Foundation
import Testing

/// The README's shell examples, run as written (README, "Tests and CI": the `runnable` comments).
@Suite("README examples")
struct ReadmeExampleTests {
    /// A ```` ```sh ```` block of the README and what its comment says of it.
    struct Example: CustomTestStringConvertible, Sendable {
        /// 1-based line of the opening fence.
        var line: Int
        var script: String
        /// nil: not runnable (the reason is in `reason`); otherwise the globs it must write.
        var writes: [String]?
        var reason: String?

        var testDescription: String { "README.md:\(line)" }
    }

    static let runnable = "<!-- runnable"
    static let notRunnable = "<!-- not runnable:"

    /// Every ```` ```sh ```` block of `text`, with the comment on the line before it.
    static func examples(in text: String) -> [Example] {
        let lines = text.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].trimmingCharacters(in: .whitespaces) == "```sh" else { continue }
            let opening = index
            var body: [String] = []
            index += 1
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "```" {
                body.append(lines[index])
                index += 1
            }
            let comment = opening > 0 ? lines[opening - 1].trimmingCharacters(in: .whitespaces) : ""
            var example = Example(line: opening + 1, script: body.joined(separator: "\n"))
            if comment.hasPrefix(runnable), comment.hasSuffix("-->") {
                let inside = comment.dropFirst(runnable.count).dropLast(3).trimmingCharacters(in: .whitespaces)
                let globs = inside.hasPrefix(":") ? inside.dropFirst().trimmingCharacters(in: .whitespaces) : inside
                example.writes = globs.hasPrefix("writes ")
                    ? globs.dropFirst("writes ".count).split(separator: " ").map(String.init) : []
            } else if comment.hasPrefix(notRunnable), comment.hasSuffix("-->") {
                example.reason = comment.dropFirst(notRunnable.count).dropLast(3).trimmingCharacters(in: .whitespaces)
            }
            examples.append(example)
        }
        return examples
    }

    static var readme: [Example] {
        let text = (try? String(contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        return examples(in: text)
    }

    @Test("every sh block says whether it runs, and why not when it does not")
    func everyBlockIsMarked() {
        let examples = Self.readme
        #expect(examples.filter { $0.writes != nil }.count >= 3, "the README's runnable examples were not found")
        for example in examples {
            #expect(example.writes != nil || !(example.reason ?? "").isEmpty,
                    "README.md:\(example.line): put <!-- runnable --> or <!-- not runnable: REASON --> on the line before the block")
        }
    }

    @Test("the marker is read: the globs it names, and no block without one", arguments: [
        ("<!-- runnable -->\n```sh\necho hi\n```", [String]()),
        ("<!-- runnable: writes a/*.csv b.json -->\n```sh\necho hi\n```", ["a/*.csv", "b.json"]),
    ])
    func markers(text: String, globs: [String]) {
        let example = Self.examples(in: text)
        #expect(example.count == 1 && example[0].writes == globs && example[0].script == "echo hi")
        #expect(Self.examples(in: "Text\n```sh\necho hi\n```")[0].writes == nil)
    }

    @Test("each runnable example exits 0 and writes what it says", arguments: ReadmeExampleTests.readme.filter { $0.writes != nil })
    func runs(example: Example) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for needed in ["Scenarios", "Results/baselines", "Tests/Fixtures"] {
            let target = folder.appendingPathComponent(needed)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent(needed), to: target)
        }
        let binary = "'" + CommandRunner.executable.path + "'"
        let script = example.script
            .replacingOccurrences(of: ".build/release/sellthrough", with: binary)
            .replacingOccurrences(of: "scripts/sellthrough", with: binary)
        let result = try Shell.run("/bin/bash", ["-e", "-o", "pipefail", "-c", script], timeout: 900, in: folder)
        #expect(result.status == 0, "README.md:\(example.line) exited \(result.status):\n\(result.output)")
        for glob in example.writes ?? [] {
            let found = try Shell.run("/bin/bash", ["-c", "compgen -G \"$1\"", "_", glob], timeout: 60, in: folder)
            #expect(found.status == 0, "README.md:\(example.line) did not write \(glob):\n\(result.output)")
        }
    }
}
