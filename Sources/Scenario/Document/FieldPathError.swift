/// A ``ScenarioFieldPath`` that cannot be written, followed or set: what is wrong, naming the
/// part of the path concerned and what exists there, and what to do.
///
/// Thrown by the path's parser and by ``ScenarioDocument``. The scenario's own validation turns
/// it into an issue of the `uncertainty` section; a what-if sweep into a problem of its request.
public struct FieldPathError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the path (or its part) concerned.
    public var message: String
    /// What to do about it, or what exists instead.
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        message + (hint.map { " (\($0))" } ?? "")
    }
}
