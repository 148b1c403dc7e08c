/// Something that stops a what-if sweep, in words that say what was wrong and what to do.
///
/// ``cause`` tells the command which exit status fits: a flag that cannot be used (wrong
/// syntax, a field path that names nothing, a value the field cannot take) is a command-line
/// error; a scenario that cannot be read, or whose uncertainty section draws an impossible
/// value, is an input error.
public struct WhatIfError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Cause: String, Hashable, Sendable {
        /// A `--vary`, `--constraint`, `--strategy` or other option is wrong.
        case commandLine
        /// The scenario file, or what it draws, is wrong.
        case scenario
    }

    public var cause: Cause
    /// What is wrong, naming the flag or field it concerns.
    public var message: String
    /// What to do about it, or what exists instead.
    public var hint: String?

    public init(_ cause: Cause, _ message: String, hint: String? = nil) {
        self.cause = cause
        self.message = message
        self.hint = hint
    }

    /// The same problem, prefixed with where it was met (`--vary products[0].price=…`).
    func located(_ prefix: String) -> WhatIfError {
        WhatIfError(cause, prefix + ": " + message, hint: hint)
    }

    public var description: String {
        message + (hint.map { " (\($0))" } ?? "")
    }
}
