import Foundation

/// A folder of results that appears complete or not at all.
///
/// Files are written into a hidden staging folder beside the destination,
/// `.NAME.partial-PID` (`.NAME.partial-PID.2`… when that name is taken); ``commit()`` renames it into place. If the run fails, the staging folder
/// is removed and the destination is never created, so a folder under `Results/runs/` always
/// holds a finished run. An existing destination is never overwritten: committing to it fails.
///
/// A run that is killed cannot remove its staging folder. Each one holds a ``StagingMark``
/// naming its process, and creating a run folder removes the staging folders beside it whose
/// process is gone (see ``StagingMark/isStale``); their paths are in ``removedStale``.
public struct RunFolder {
    /// Where the results will be once committed.
    public let destination: String
    /// Where they are written meanwhile.
    public let staging: String
    /// Staging folders of killed runs, found beside the destination and removed.
    public let removedStale: [String]

    /// Prepares a staging folder for `destination`.
    public init(destination: String) throws(OutputError) {
        let url = URL(fileURLWithPath: destination)
        let parent = url.deletingLastPathComponent()
        self.destination = url.path
        if FileManager.default.fileExists(atPath: destination) {
            throw OutputError(path: destination, reason: "it already exists; choose another output folder or remove it")
        }
        removedStale = Self.removeStale(in: parent.path)
        let base = parent.appendingPathComponent(".\(url.lastPathComponent)\(Self.stagingInfix)\(getpid())").path
        do {
            try FileManager.default.createDirectory(atPath: parent.path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: parent.path, reason: error.localizedDescription)
        }
        // A folder of that name already there is another process's whose pid came round again
        // (a container's pids repeat), live or not, or this process's own: never reuse it.
        var staging = base
        var attempt = 1
        while mkdir(staging, 0o755) != 0 {
            let code = errno
            guard code == EEXIST, attempt < 100 else { throw OutputError(path: staging, reason: String(cString: strerror(code))) }
            attempt += 1
            staging = base + ".\(attempt)"
        }
        self.staging = staging
        do {
            try StagingMark.current.write(into: staging)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// The staging path of a file named `name` inside the folder.
    public func path(_ name: String) -> String {
        (staging as NSString).appendingPathComponent(name)
    }

    /// Moves the finished folder into place.
    /// - Throws: ``OutputError`` saying so when the destination appeared meanwhile (another
    ///   run was given the same folder and finished first); this run's files are then kept in
    ///   the staging folder until ``discard()``.
    public func commit() throws(OutputError) {
        try? FileManager.default.removeItem(atPath: path(StagingMark.fileName))
        let appeared = "it appeared while this run was writing (another run was given the same output folder "
            + "and finished first); it was left as it is and this run's results were discarded: choose another output folder"
        // rename(2) replaces an empty folder and refuses a full one (EEXIST, ENOTEMPTY), so
        // check first: what a concurrent run committed is never touched.
        guard !FileManager.default.fileExists(atPath: destination) else { throw OutputError(path: destination, reason: appeared) }
        guard rename(staging, destination) == 0 else {
            let code = errno
            throw OutputError(path: destination, reason: code == EEXIST || code == ENOTEMPTY ? appeared : String(cString: strerror(code)))
        }
    }

    /// Removes the staging folder after a failure.
    public func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Stages a folder for `destination`, lets `fill` write into it and commits it. If `fill`
    /// or the commit fails, the staging folder is removed and the error rethrown: the
    /// destination then does not exist.
    public static func produce<Result>(at destination: String, _ fill: (RunFolder) throws -> Result) throws -> Result {
        let folder = try RunFolder(destination: destination)
        do {
            let result = try fill(folder)
            try folder.commit()
            return result
        } catch {
            folder.discard()
            throw error
        }
    }

    /// ``produce(at:_:)`` for a `fill` that awaits.
    public static func produce<Result>(at destination: String, _ fill: (RunFolder) async throws -> Result) async throws -> Result {
        let folder = try RunFolder(destination: destination)
        do {
            let result = try await fill(folder)
            try folder.commit()
            return result
        } catch {
            folder.discard()
            throw error
        }
    }

    /// What follows a destination's name in its staging folder's name (then the pid).
    static let stagingInfix = ".partial-"

    /// Removes the staging folders in `parent` (hidden, named `.NAME.partial-PID`) whose mark
    /// says their process is gone; returns their paths. Anything else — a folder without a
    /// readable mark, a live run's, another machine's — is left alone.
    static func removeStale(in parent: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(".") && name.contains(stagingInfix) {
            let folder = (parent as NSString).appendingPathComponent(name)
            guard let mark = StagingMark.read(from: folder), mark.isStale else { continue }
            if (try? FileManager.default.removeItem(atPath: folder)) != nil { removed.append(folder) }
        }
        return removed
    }
}
