import GSL

/// Why a workflow stopped, classed by what the caller can do about it. The errors it carries
/// are the libraries' own (a ``ScenarioError`` with file, line and field; an ``OutputError``
/// with the path…): structured, and naming no command-line option — the caller words them.
public enum WorkflowError: Error, CustomStringConvertible {
    /// An input — scenario, history, product file, result folder, baseline — is missing,
    /// unreadable or invalid; the error says where.
    case input(any Error)
    /// What was asked does not fit the input: a name it lacks, a number out of its range.
    case request(RequestProblem)
    /// Computing the results met a value of the input that GSL cannot honour.
    case computation(GSLError)
    /// Results could not be written; nothing was left behind that looks complete.
    case output(any Error)

    public var description: String {
        switch self {
        case let .input(error), let .output(error): return String(describing: error)
        case let .request(problem): return String(describing: problem)
        case let .computation(error): return "the input cannot be computed: \(error)"
        }
    }

    /// Runs `body`, classing what it throws as a problem of the input (a ``WorkflowError``
    /// passes through as it is).
    static func reading<Value>(_ body: () throws -> Value) throws(WorkflowError) -> Value {
        do {
            return try body()
        } catch let error as WorkflowError {
            throw error
        } catch {
            throw .input(error)
        }
    }

    /// `error`, met while producing results: a ``GSLError`` is a value of the input GSL cannot
    /// honour; anything else not already classed means the results could not be written.
    static func producing(_ error: any Error) -> WorkflowError {
        switch error {
        case let error as WorkflowError: return error
        case let error as GSLError: return .computation(error)
        default: return .output(error)
        }
    }
}
