import Foundation
import Testing

/// The regression gate `sellthrough check` as CI runs it: the verdicts printed and the exit
/// status of a regression (the gate itself is tested in process, WorkflowsTests).
@Suite("sellthrough check")
struct CheckCommandTests {
    /// Records the baseline on the real-data excerpt (nothing recorded yet) into
    /// `folder/baseline.json` with `check --update`; its path.
    static func recorded(in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("baseline.json")
        try CommandRunner.fixture("excerpt-baseline.json").write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", file.path, "--update"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("updated \(file.path)"))
        #expect(result.standardOutput.contains("10 checks in 1 evaluation: "))
        return file
    }

    @Test("a degraded forecaster under a recorded name fails the gate, saying what got worse and by how much")
    func degraded() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.recorded(in: folder)
        // The choice run under the name "ses" becomes SES with a fixed, far too small alpha.
        let text = try String(contentsOf: file, encoding: .utf8)
        let choice = try #require(text.range(of: #""choice" : "ses""#))
        try text.replacingCharacters(in: choice, with: #""choice" : "ses(alpha=0.0001)""#).write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--baseline", file.path])
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("\(file.path) › excerpt: 10 checks, "))
        #expect(result.standardOutput.contains("WORSE  excerpt › ses › rmsse: "))
        #expect(!result.standardOutput.contains("› naive ›"))
        #expect(result.standardOutput.range(of: #"10 checks in 1 evaluation: [1-9][0-9]* failed"#, options: .regularExpression) != nil,
                "\(result.standardOutput)")
    }
}
