internal import CGSL

/// An error reported by GSL, or a parameter that GSL would reject, turned into a Swift error.
///
/// GSL's default handler aborts the process on any error. Sellthrough switches that handler off
/// (see ``GSLLibrary``) and checks status codes instead, so a bad parameter in a scenario file
/// becomes a message for the user rather than a crash.
public enum GSLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A GSL function returned a non-zero status code.
    case status(code: Int32, function: String)
    /// No random number generator of that name exists in GSL.
    case unknownGenerator(name: String, available: [String])
    /// A distribution parameter is outside its domain, e.g. a negative standard deviation.
    case invalidParameter(distribution: String, parameter: String, value: Double, requirement: String)
    /// GSL could not allocate memory.
    case allocationFailed(what: String)

    public var description: String {
        switch self {
        case let .status(code, function):
            return "\(function) failed: \(GSLLibrary.message(forStatus: code)) (GSL status \(code))"
        case let .unknownGenerator(name, available):
            return "unknown random number generator '\(name)'; GSL offers: \(available.joined(separator: ", "))"
        case let .invalidParameter(distribution, parameter, value, requirement):
            return "\(distribution): \(parameter) = \(value) is invalid; it must be \(requirement)"
        case let .allocationFailed(what):
            return "GSL could not allocate \(what)"
        }
    }
}

/// Process-wide GSL set-up. The only global state Sellthrough touches in GSL is its error handler,
/// switched off exactly once before any stream is created.
public enum GSLLibrary {
    /// Turns GSL's abort-on-error handler off. Idempotent and thread-safe; every type in this
    /// module that calls into GSL calls it first, so callers rarely need to.
    public static func configure() {
        _ = handlerSwitchedOff
    }

    // A `static let` initialiser runs once, under a lock, the first time it is read.
    private static let handlerSwitchedOff: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// GSL's own text for a status code (`gsl_strerror`).
    public static func message(forStatus code: Int32) -> String {
        guard let text = gsl_strerror(code) else { return "unknown error" }
        return String(cString: text)
    }

    /// Throws ``GSLError/status(code:function:)`` when `code` is not `GSL_SUCCESS`.
    public static func check(_ code: Int32, _ function: String) throws(GSLError) {
        if code != 0 { throw .status(code: code, function: function) }
    }
}
