import ArgumentParser
import Foundation
import GSL
import Reporting

/// The exit-status and message rule of every `sellthrough` command, as its help states it.
enum ExitStatus {
    /// The whole rule, for the root command's help (the README says the same).
    static let rule = """
        Exit status: 0 success (warnings may be printed); 1 an input file (scenario, history, \
        product file, result folder) is missing, unreadable or invalid, and the message names \
        file, line and field; 2 results could not be written; 64 the command line is wrong: an \
        unknown command or option, a malformed or out-of-bounds value, or a name the input does \
        not contain (strategy, product, forecaster, field path), with "did you mean …" when one \
        is close. `check` has its own: 0 no regression, 1 a regression, 2 not written, 3 a \
        baseline or its input invalid, 64 command line. Every line on standard error starts \
        with "error: ", "warning: " or "note: ", or is FILE:LINE:COLUMN: error: FIELD: message \
        (FILE:ROW: error: COLUMN: message for a CSV input).
        """

    /// The short form each command's help ends with.
    static let helpText = """
        Exit status: 0 success; 1 invalid or unreadable input (the message names file, line \
        and field); 2 results could not be written; 64 wrong command line (see `sellthrough --help`).
        """
}

/// Prints `message` and a newline to standard error. Every line must follow the rule: start
/// with `error: `, `warning: ` or `note: ` (or be a located `FILE:LINE:COLUMN: error: …`).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs `write`, turning a failure to write into the "results could not be written" status. A
/// failure of the work done on the way (GSL refusing a value of the input) is the input's.
/// (What-if's; every other command's workflow classes its own failures, ``CommandFailure/init(_:options:)``.)
func writingResults<Result>(_ write: () async throws -> Result) async throws -> Result {
    do {
        return try await write()
    } catch {
        throw Diagnostics.writingFailure(error)
    }
}
