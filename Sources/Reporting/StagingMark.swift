import Foundation

/// Which process is filling a ``RunFolder``'s staging folder, written into it as
/// `.staging-mark.json` (and removed before the folder is committed), so that a later run can
/// tell the leftovers of a killed run from a live run's work.
///
/// A staging folder is stale only when its mark proves its process is gone: written on this
/// machine (same host name) and either before the last boot or by a process that no longer
/// exists, or whose pid now belongs to a process started at another time. A folder of another
/// machine (a shared file system under a cluster) is never judged: its process cannot be seen.
struct StagingMark: Codable, Equatable {
    static let fileName = ".staging-mark.json"

    /// The writing process's id.
    var pid: Int32
    /// The machine's host name.
    var host: String
    /// The kernel's boot id (`/proc/sys/kernel/random/boot_id`), nil where there is none.
    var boot: String?
    /// The process's start time in clock ticks since boot (`/proc/PID/stat`, field 22), nil
    /// where it cannot be read: with the pid, it names one process even when pids are reused.
    var started: UInt64?

    /// The mark of this process.
    static var current: StagingMark {
        let pid = getpid()
        return StagingMark(pid: pid, host: hostName, boot: bootID, started: startTime(of: pid))
    }

    /// Whether the process that wrote this mark is certainly gone.
    var isStale: Bool {
        guard host == Self.hostName else { return false }
        if let boot, let now = Self.bootID, boot != now { return true }
        guard kill(pid, 0) == 0 || errno == EPERM else { return errno == ESRCH }
        // The pid is in use: by the same process only if it started at the same time.
        guard let started, let now = Self.startTime(of: pid) else { return false }
        return started != now
    }

    func write(into folder: String) throws(OutputError) {
        let path = (folder as NSString).appendingPathComponent(Self.fileName)
        do {
            try JSONEncoder().encode(self).write(to: URL(fileURLWithPath: path))
        } catch {
            throw OutputError(path: path, reason: error.localizedDescription)
        }
    }

    /// The mark in `folder`, nil when it has none or it cannot be read.
    static func read(from folder: String) -> StagingMark? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(StagingMark.self, from: data)
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(cString: buffer)
    }

    static var bootID: String? {
        (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Field 22 of `/proc/PID/stat`, counted after the command name, which is in parentheses
    /// and may itself hold spaces and parentheses.
    static func startTime(of pid: Int32) -> UInt64? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After ")" come field 3 (state) onwards: field 22 is the 20th.
        guard fields.count >= 20 else { return nil }
        return UInt64(fields[19])
    }
}
