import Foundation
import Reporting

/// A folder of results being written: a ``RunFolder`` (staged, committed whole or not at all)
/// that keeps the names of the files written into it, so a workflow can say what it wrote.
final class ResultFolder {
    let folder: RunFolder
    private(set) var names: [String] = []

    private init(_ folder: RunFolder) {
        self.folder = folder
    }

    /// The staging path of the file `name`, which counts as written from now on.
    func path(_ name: String) -> String {
        if !names.contains(name) { names.append(name) }
        return folder.path(name)
    }

    /// Writes `data` atomically as the file `name`.
    func write(_ data: Data, _ name: String) throws(OutputError) {
        try AtomicFile.write(data, to: path(name))
    }

    /// Writes `text` atomically as the file `name`.
    func write(_ text: String, _ name: String) throws(OutputError) {
        try AtomicFile.write(text, to: path(name))
    }

    /// Writes `value` as JSON (``ResultJSON``) in the file `name`.
    func writeJSON<Value: Encodable>(_ value: Value, _ name: String) throws(OutputError) {
        try write(ResultJSON.encode(value), name)
    }

    /// Stages a folder for `destination`, lets `fill` write into it and commits it; on any
    /// failure the staging folder is removed and `destination` never appears. Staging folders
    /// of killed runs found beside it are removed and reported first.
    /// - Throws: ``WorkflowError``: `.output` when the folder cannot be made, filled or
    ///   committed; `.computation` for a value GSL refused on the way; a ``WorkflowError``
    ///   thrown by `fill` as it is.
    static func produce<Value>(at destination: String, events: WorkflowEvents,
                               _ fill: (ResultFolder) async throws -> Value) async throws(WorkflowError) -> (Value, WrittenFiles) {
        let folder: ResultFolder
        do {
            folder = ResultFolder(try RunFolder(destination: destination))
        } catch {
            throw .output(error)
        }
        folder.folder.removedStale.forEach { events(.removedStaleStaging($0)) }
        do {
            let value = try await fill(folder)
            try folder.folder.commit()
            return (value, WrittenFiles(folder: destination, names: folder.names))
        } catch {
            folder.folder.discard()
            throw WorkflowError.producing(error)
        }
    }
}

/// The files a workflow wrote: a folder and the names in it, in the order they were written.
public struct WrittenFiles: Sendable, Hashable {
    /// The folder, as it was given (or chosen by default).
    public var folder: String
    /// File names inside ``folder``.
    public var names: [String]

    public init(folder: String, names: [String]) {
        self.folder = folder
        self.names = names
    }

    /// The path of each file.
    public var paths: [String] {
        names.map { (folder as NSString).appendingPathComponent($0) }
    }
}

/// Where results go when the caller names no folder.
public enum ResultsLocation {
    /// `Results/runs/<name>/<UTC time>-<label>`, relative to the working folder.
    public static func defaultFolder(name: String, label: String, at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return "Results/runs/\(name)/\(formatter.string(from: date))-\(label)"
    }
}
