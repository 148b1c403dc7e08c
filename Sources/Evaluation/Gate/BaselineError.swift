/// One problem in a baseline file, where it is and what to do: rendered the way compilers do,
/// `FILE:LINE:COLUMN: error: PATH: MESSAGE (HINT)`, or `error: FILE: MESSAGE` for the file as a
/// whole (missing, unreadable).
public struct BaselineIssue: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line and column; nil for the file as a whole.
    public var line: Int?
    public var column: Int?
    /// The field, e.g. `evaluations[0].evaluation.replications`; empty for the whole file.
    public var path: String
    public var message: String
    /// What was probably meant, or what to do.
    public var hint: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let field = path.isEmpty ? "" : path + ": "
        let text = field + message + (hint.map { " (\($0))" } ?? "")
        guard let line else { return "error: \(file): " + text }
        return "\(file):\(line):\(column ?? 1): error: " + text
    }
}

/// A baseline file that cannot be used, with every problem found (in file order).
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var issues: [BaselineIssue]

    public init(issues: [BaselineIssue]) {
        self.issues = issues
    }

    /// One line per issue.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
