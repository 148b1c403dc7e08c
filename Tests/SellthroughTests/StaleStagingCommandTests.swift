import Foundation
import Testing

/// A killed run leaves its hidden staging folder behind; the next command writing beside it
/// removes it when its process is provably gone, and says so.
@Suite("staging folders of killed runs")
struct StaleStagingCommandTests {
    /// A staging folder beside `parent`'s outputs marked as written by a process of this machine
    /// that has exited (a child run to completion: its pid is free).
    static func leftover(in parent: URL) throws -> URL {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        var host = [CChar](repeating: 0, count: 256)
        _ = gethostname(&host, host.count - 1)
        let boot = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = parent.appendingPathComponent(".killed.partial-\(child.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mark: [String: Any] = ["pid": Int(child.processIdentifier), "host": String(cString: host)]
            .merging(boot.map { ["boot": $0] } ?? [:]) { first, _ in first }
        try JSONSerialization.data(withJSONObject: mark).write(to: folder.appendingPathComponent(".staging-mark.json"))
        try Data("half a result".utf8).write(to: folder.appendingPathComponent("metrics.csv"))
        return folder
    }

    @Test("every command that writes a folder removes a dead run's staging folder beside it and names it",
          arguments: [
              ["run", "Scenarios/quickstart.yaml", "--replications", "2", "--summary-only", "--quiet"],
              ["evaluate", "Scenarios/quickstart.yaml", "--horizon", "7", "--windows", "1", "--forecasters", "naive", "--quiet"],
              ["simulate", "Scenarios/quickstart.yaml"],
          ])
    func removedAndNamed(command: [String]) throws {
        let parent = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let stale = try Self.leftover(in: parent)
        let result = try CommandRunner.run(command + ["--out", parent.appendingPathComponent("new").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("note: removed \(stale.path), the staging folder of a run that was killed"),
                "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }
}
