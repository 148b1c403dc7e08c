import Foundation
import Testing
@testable import Reporting

/// Staging folders left by killed runs, and two runs given the same output folder.
@Suite("Run folder staging")
struct RunFolderStagingTests {
    /// The pid of a process that has exited.
    static func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A staging folder named for `pid` beside `parent/run`, holding a file and `mark` (if any).
    static func staging(_ parent: String, suffix: String, mark: StagingMark?) throws -> String {
        let folder = parent + "/.run.partial-" + suffix
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "half written".write(toFile: folder + "/metrics.csv", atomically: false, encoding: .utf8)
        if let mark { try mark.write(into: folder) }
        return folder
    }

    @Test("only staging folders whose process is provably gone are removed, and they are named")
    func staleRemoved() throws {
        let parent = ReportingTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let me = StagingMark.current
        #expect(!me.isStale, "this process's own mark: \(me)")
        let dead = try Self.deadPid()
        var killed = me
        (killed.pid, killed.started) = (dead, 1)
        var reused = me
        reused.started = (me.started ?? 0) + 1  // our pid, but another process's start time
        var rebooted = me
        rebooted.boot = "another boot"
        rebooted.pid = dead
        var elsewhere = killed
        elsewhere.host = me.host + "-other-machine"

        let removable = [try Self.staging(parent, suffix: "\(dead)", mark: killed),
                         try Self.staging(parent, suffix: "\(dead).2", mark: rebooted)]
            + (me.started != nil ? [try Self.staging(parent, suffix: "\(me.pid).7", mark: reused)] : [])
        let kept = [try Self.staging(parent, suffix: "\(me.pid).9", mark: me),
                    try Self.staging(parent, suffix: "12345", mark: elsewhere),
                    try Self.staging(parent, suffix: "54321", mark: nil)]
        let folder = try RunFolder(destination: parent + "/run")
        #expect(folder.removedStale.sorted() == removable.sorted())
        for path in removable { #expect(!FileManager.default.fileExists(atPath: path), "\(path) left") }
        for path in kept { #expect(FileManager.default.fileExists(atPath: path + "/metrics.csv"), "\(path) removed") }
        try folder.commit()
        // The mark is the staging folder's, never the results'.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/run").isEmpty)
    }

    @Test("a staging name already taken is never reused; the second of two runs to one folder is told why")
    func sameDestination() throws {
        let parent = ReportingTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let taken = try Self.staging(parent, suffix: "\(getpid())", mark: nil)
        let first = try RunFolder(destination: parent + "/run")
        let second = try RunFolder(destination: parent + "/run")
        #expect(Set([first.staging, second.staging, taken]).count == 3)
        try AtomicFile.write("first", to: first.path("a.csv"))
        try AtomicFile.write("second", to: second.path("a.csv"))
        try first.commit()
        #expect {
            try second.commit()
        } throws: { error in
            "\(error)".contains("appeared while this run was writing") && !"\(error)".contains("NSCocoaErrorDomain")
        }
        second.discard()
        #expect(try String(contentsOfFile: parent + "/run/a.csv", encoding: .utf8) == "first")
        #expect(FileManager.default.fileExists(atPath: taken + "/metrics.csv"))
    }
}
