import Foundation

/// A results folder a report is drawn from (run, evaluation or what-if): its files by name, and
/// the checks every kind shares — the folder exists, its `manifest.json` reads, and this
/// sellthrough version wrote it. Each failure is a ``ReportSourceError`` saying what to do.
public struct ReportFolder: Sendable {
    /// The folder's path as given.
    public let path: String
    /// What the user runs again to get a fresh folder (`sellthrough run SCENARIO`).
    let rerun: String

    /// - Parameters:
    ///   - rerun: the command to name when the folder must be made again.
    ///   - absent: what to say, after "no such folder; ", when it does not exist.
    public init(_ path: String, rerun: String, absent: String) throws(ReportSourceError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReportSourceError(path: path, problem: "no such folder; " + absent)
        }
        self.path = path
        self.rerun = rerun
    }

    /// The path of the folder's file `name`.
    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    public func contains(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    /// The bytes of `name`.
    /// - Throws: "is incomplete: NAME is missing" (or unreadable), and to run again.
    public func contents(_ name: String) throws(ReportSourceError) -> Data {
        guard let data = FileManager.default.contents(atPath: file(name)) else {
            throw ReportSourceError(path: path, problem: "is incomplete: \(name) is missing or unreadable; \(rerun) again")
        }
        return data
    }

    /// `name` decoded as JSON (dates in ISO 8601, as the results files write them).
    /// - Parameter what: the kind of document, for the error ("a run manifest").
    public func decode<Value: Decodable>(_ type: Value.Type, from name: String, as what: String) throws(ReportSourceError) -> Value {
        let data = try contents(name)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw ReportSourceError(path: file(name), problem: "cannot be read as \(what) (\(error)); \(rerun) again")
        }
    }

    /// Refuses a folder another sellthrough version wrote: its files may mean other things.
    /// - Parameter things: what this version draws only of its own ("runs", "evaluations").
    public func requireVersion(_ written: String, is version: String, things: String) throws(ReportSourceError) {
        guard written == version else {
            throw ReportSourceError(path: path, problem: "was written by sellthrough \(written); this is \(version), which "
                                    + "draws reports only of its own \(things): \(rerun) again")
        }
    }
}
