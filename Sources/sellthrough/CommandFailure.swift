import ArgumentParser

/// Why a command stopped, as the tool's one exit-status rule classes it (README, "Exit status
/// and messages"), and the lines that say so on standard error.
///
/// Commands throw it; ``EntryPoint`` prints the lines and exits with the status, so every
/// command words and classes its failures the same way.
struct CommandFailure: Error {
    /// The exit statuses of the rule.
    enum Status: Int32 {
        /// 1: an input file (scenario, history, product file, result folder) is missing,
        /// unreadable or invalid. For `check`: a regression.
        case invalidInput = 1
        /// 2: results could not be written.
        case outputFailed = 2
        /// 3, `check` only: a baseline, or an input it names, is missing or invalid.
        case invalidBaseline = 3
        /// 64: the command line is wrong (unknown command or option, a malformed or
        /// out-of-bounds value, a name the input does not contain).
        case commandLine = 64

        /// `check`'s status for a regression, the same number as ``invalidInput``.
        static let regressed = Status.invalidInput
    }

    var status: Status
    /// Every line starts with `error: `, `warning: `, `note: ` or `FILE:LINE:COLUMN: error: `;
    /// empty when the command already said why (`validate` reports each file as it goes).
    var lines: [String]

    /// A failure with lines already worded by the rule.
    init(_ status: Status, lines: [String]) {
        self.status = status
        self.lines = lines
    }

    /// A failure described by `message` (and what to do, `hint`), one problem per line.
    init(_ status: Status, _ message: String, hint: String? = nil) {
        self.init(status, lines: Diagnostics.errorLines(message + (hint.map { " (\($0))" } ?? "")))
    }

    /// A library error, worded by ``Diagnostics/lines(for:)``.
    init(_ status: Status, _ error: any Error) {
        if let failure = error as? CommandFailure {
            self = failure
        } else {
            self.init(status, lines: Diagnostics.lines(for: error))
        }
    }

    var exitCode: ExitCode { ExitCode(status.rawValue) }
}
