import Yams

/// Collects the problems found while a scenario is decoded, so one pass reports all of them
/// instead of stopping at the first.
///
/// The loader passes it to every `init(from:)` through the decoder's `userInfo`. Without it
/// (a spec decoded from JSON by other code, say) decoding throws at the first problem instead.
/// Decoding is single-threaded, so the log needs no lock.
final class DecodeLog {
    static let userInfoKey = CodingUserInfoKey(rawValue: "sellthrough.scenario.decode-log")

    let locator: NodeLocator
    private(set) var problems: [FieldProblem] = []
    /// Set when some value could not be built at all (a wrong type, a missing field). The spec
    /// that comes out is then partial, and semantic validation of it would only add noise.
    private(set) var isIncomplete = false

    init(root: Node?) {
        locator = NodeLocator(root: root)
    }

    /// The log travelling with `decoder`, if any.
    static func of(_ decoder: any Decoder) -> DecodeLog? {
        guard let key = userInfoKey else { return nil }
        return decoder.userInfo[key] as? DecodeLog
    }

    /// Notes a problem that does not stop the value from being built (an unknown key, a value
    /// out of range that was replaced by a stand-in).
    func note(_ problem: FieldProblem) {
        problems.append(problem)
    }

    /// Takes in an error that stopped a value from being built.
    func absorb(_ error: any Error, at path: FieldPath) {
        isIncomplete = true
        switch error {
        case is AlreadyReported:
            return
        case let problem as FieldProblem:
            problems.append(problem)
        case let error as DecodingError:
            problems.append(problem(from: error))
        default:
            problems.append(FieldProblem(path, .invalidValue, "\(error)"))
        }
    }

    /// Words for a `DecodingError`, with what was actually found in the document.
    func problem(from error: DecodingError) -> FieldProblem {
        switch error {
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let path = FieldPath(codingPath: context.codingPath)
            let found = locator.describeValue(at: path)
            return FieldProblem(path, .wrongType, "expected \(Self.describe(type)), found \(found)")
        case let .keyNotFound(key, context):
            return .missing(key.stringValue, at: FieldPath(codingPath: context.codingPath))
        case let .dataCorrupted(context):
            return FieldProblem(FieldPath(codingPath: context.codingPath), .invalidValue,
                                context.debugDescription)
        @unknown default:
            return FieldProblem(.root, .invalidValue, "\(error)")
        }
    }

    /// "a number", "a whole number", "a list"… for the types a scenario asks for.
    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: return "a number"
        case is UInt64.Type, is UInt.Type, is UInt32.Type: return "a non-negative whole number"
        case is Int.Type, is Int64.Type, is Int32.Type: return "a whole number"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        case is Node.Mapping.Type: return "a mapping of keys to values"
        case is Node.Sequence.Type: return "a list"
        case is Node.Scalar.Type: return "a single value"
        default: return "a value of type \(type)"
        }
    }
}

extension DecodeLog {
    /// The error to throw for `problem`: with a log, the problem is noted and
    /// ``AlreadyReported`` is returned; without one, the problem itself is the error.
    static func failure(_ problem: FieldProblem, in decoder: any Decoder) -> any Error {
        guard let log = of(decoder) else { return problem }
        log.absorb(problem, at: problem.path)
        return AlreadyReported()
    }
}
