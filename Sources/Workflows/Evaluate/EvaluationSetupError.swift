/// An evaluation that cannot be set up: its definition asks what cannot be done (a bound, an
/// unknown forecaster, too much to simulate), or its source cannot be read.
public enum EvaluationSetupError: Error, CustomStringConvertible, Sendable {
    /// What the definition asks cannot be done: one message per problem, each saying what to
    /// fix in terms of the definition's fields, not of the options that set them.
    case definition([String])
    /// The scenario, history or product file is missing, unreadable or invalid; the error says
    /// where (file, line, field).
    case input(any Error)

    public var description: String {
        switch self {
        case let .definition(problems): return problems.joined(separator: "\n")
        case let .input(error): return String(describing: error)
        }
    }
}
