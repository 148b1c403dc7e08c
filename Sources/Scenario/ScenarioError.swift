/// One problem in a scenario file, with its position and the field it concerns.
///
/// Rendered one per line, the way compilers do, so editors and CI logs can jump to it:
/// `FILE:LINE:COLUMN: error: PATH: MESSAGE (HINT)`, or `… warning: …` for a scenario that is
/// valid but probably does not mean what it says.
public struct ScenarioIssue: Hashable, Sendable, CustomStringConvertible {
    /// Whether the scenario is refused (an error) or runs with a caveat (a warning).
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    /// The class of problem, for callers and tests that act on it.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The file is missing, unreadable, too large or not UTF-8 text.
        case unreadableFile
        /// The text is not valid YAML.
        case malformedYAML
        /// A value has the wrong type ("expected a number, found 'abc'").
        case wrongType
        /// A required field is absent or empty.
        case missingField
        /// A key that the format does not know (usually a typo).
        case unknownKey
        /// A number outside its allowed range.
        case outOfRange
        /// A product id, or another name, that does not refer to anything.
        case unknownReference
        /// Two things that must differ are the same (duplicate product ids).
        case duplicate
        /// Any other invalid value or combination (overlapping phases, conflicting keys).
        case invalidValue
    }

    public var kind: Kind
    /// The file as given to the loader.
    public var file: String
    /// 1-based line; nil when the problem is not tied to a place in the text.
    public var line: Int?
    /// 1-based column, counted in Unicode scalars.
    public var column: Int?
    /// Field path such as `products[2].lifecycle.bass.market_size`; empty for the whole file.
    public var path: String
    public var message: String
    /// What to do about it, or what was probably meant.
    public var hint: String?
    public var severity: Severity

    public init(kind: Kind, file: String, line: Int? = nil, column: Int? = nil,
                path: String = "", message: String, hint: String? = nil, severity: Severity = .error) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text + ": \(severity.rawValue): " + detail
    }

    /// `PATH: MESSAGE (HINT)`: the issue without file, position or severity, the same wherever
    /// the scenario is read from (a run's results carry its warnings in this form).
    public var detail: String {
        var text = path.isEmpty ? "" : path + ": "
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Everything wrong with a scenario: all problems found, not just the first, in file order.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    public var issues: [ScenarioIssue]

    public init(issues: [ScenarioIssue]) {
        self.issues = issues
    }

    /// One line per issue.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
