/// A run folder cannot be drawn as a report: it is not a run folder, it is incomplete, or
/// another sellthrough version wrote it. The message names the folder or file and says what
/// to do.
public struct ReportSourceError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
