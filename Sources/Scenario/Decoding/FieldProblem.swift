/// One problem found in a scenario, addressed by field path, before it is given a file position.
///
/// Decoding and validation both produce these; the loader turns them into ``ScenarioIssue``s by
/// looking the path up in the YAML node tree.
struct FieldProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whether the position should point at the key (an unknown key) or at the value.
    enum Anchor: Hashable, Sendable {
        case key
        case value
    }

    var path: FieldPath
    var kind: ScenarioIssue.Kind
    var message: String
    var hint: String?
    var anchor: Anchor = .value
    var severity: ScenarioIssue.Severity = .error

    init(_ path: FieldPath, _ kind: ScenarioIssue.Kind, _ message: String,
         hint: String? = nil, anchor: Anchor = .value) {
        self.path = path
        self.kind = kind
        self.message = message
        self.hint = hint
        self.anchor = anchor
    }

    var description: String {
        let location = path.components.isEmpty ? "" : "\(path): "
        return location + message + (hint.map { " (\($0))" } ?? "")
    }

    /// A problem that does not stop the scenario: it is reported and the run goes on.
    static func warning(_ path: FieldPath, _ kind: ScenarioIssue.Kind, _ message: String, hint: String? = nil) -> FieldProblem {
        var problem = FieldProblem(path, kind, message, hint: hint)
        problem.severity = .warning
        return problem
    }

    static func unknownKey(_ name: String, at path: FieldPath, known: [String]) -> FieldProblem {
        FieldProblem(path, .unknownKey, "unknown key '\(name)'",
                     hint: Suggestion.hint(for: name, among: known, listing: "known keys"),
                     anchor: .key)
    }

    static func missing(_ name: String, at path: FieldPath) -> FieldProblem {
        FieldProblem(path.key(name), .missingField, "missing required field '\(name)'")
    }
}

/// Thrown after a problem has already been written to the ``DecodeLog``: it only tells the
/// enclosing value that it could not be built, so the problem is not reported twice.
struct AlreadyReported: Error {}
