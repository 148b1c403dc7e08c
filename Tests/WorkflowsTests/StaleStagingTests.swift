import Foundation
import Testing
import Workflows

/// A killed run leaves its hidden staging folder behind; the next workflow writing beside it
/// removes it when its process is provably gone, and reports it.
@Suite("staging folders of killed runs")
struct StaleStagingTests {
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
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mark: [String: Any] = ["pid": Int(child.processIdentifier), "host": hostName]
            .merging(boot.map { ["boot": $0] } ?? [:]) { first, _ in first }
        try JSONSerialization.data(withJSONObject: mark).write(to: folder.appendingPathComponent(".staging-mark.json"))
        try Data("half a result".utf8).write(to: folder.appendingPathComponent("metrics.csv"))
        return folder
    }

    enum Job: String, CaseIterable {
        case run, evaluate, simulate
    }

    @Test("every workflow that writes a folder removes a dead run's staging folder beside it and reports it", arguments: Job.allCases)
    func removedAndReported(job: Job) async throws {
        let parent = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let stale = try Self.leftover(in: parent)
        let log = EventLog()
        switch job {
        case .run:
            _ = try await Run.backtest(Fixtures.quickstart, into: parent, "new", events: log) {
                $0.replications = 2
                $0.writesMetrics = false
            }
        case .evaluate:
            _ = try await Run.evaluation(.of(scenario: Fixtures.quickstart, horizon: 7, windows: 1, forecasters: "naive"),
                                         into: parent, "new", events: log)
        case .simulate:
            _ = try await SimulateWorkflow.run(SimulateWorkflow.Options(scenarioFile: Fixtures.quickstart,
                                                                        folder: parent.appendingPathComponent("new").path,
                                                                        provenance: Fixtures.provenance)) { log.record($0) }
        }
        #expect(log.removedStale == [stale.path], "\(log.events)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }
}
