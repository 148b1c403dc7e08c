import Foundation

/// A folder of results that appears complete or not at all.
///
/// Files are written into a hidden staging folder beside the destination; ``commit()`` renames
/// it into place. If the run fails or is interrupted, the destination is never created, so a
/// folder under `Results/runs/` always holds a finished run. An existing destination is never
/// overwritten: committing to it fails.
public struct RunFolder {
    /// Where the results will be once committed.
    public let destination: String
    /// Where they are written meanwhile.
    public let staging: String

    /// Prepares a staging folder for `destination`.
    public init(destination: String) throws(OutputError) {
        let url = URL(fileURLWithPath: destination)
        let parent = url.deletingLastPathComponent()
        self.destination = url.path
        self.staging = parent.appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)").path
        if FileManager.default.fileExists(atPath: destination) {
            throw OutputError(path: destination, reason: "it already exists; choose another --out folder or remove it")
        }
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: staging, reason: error.localizedDescription)
        }
    }

    /// The staging path of a file named `name` inside the folder.
    public func path(_ name: String) -> String {
        (staging as NSString).appendingPathComponent(name)
    }

    /// Moves the finished folder into place.
    public func commit() throws(OutputError) {
        do {
            try FileManager.default.moveItem(atPath: staging, toPath: destination)
        } catch {
            throw OutputError(path: destination, reason: error.localizedDescription)
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
}
