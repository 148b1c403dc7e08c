import ArgumentParser
import Foundation

/// Exit statuses of every `sellthrough` command (also listed in the README):
/// - 0: success;
/// - 1: an input (scenario file) is missing, unreadable or invalid — the message says where;
/// - 2: results could not be written;
/// - 64: the command line itself is wrong (unknown option, missing argument).
enum ExitStatus {
    static let invalidInput = ExitCode(1)
    static let outputFailed = ExitCode(2)

    static let helpText = """
        Exit status: 0 success; 1 invalid or unreadable input (the message names file, line \
        and field); 2 results could not be written; 64 wrong command line.
        """
}

/// Prints `message` and a newline to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs `write`, turning any failure into the "results could not be written" exit status after
/// saying why on standard error.
func writingResults<Result>(_ write: () throws -> Result) throws -> Result {
    do {
        return try write()
    } catch {
        printError("\(error)")
        throw ExitStatus.outputFailed
    }
}

/// ``writingResults(_:)`` for a `write` that awaits.
func writingResults<Result>(_ write: () async throws -> Result) async throws -> Result {
    do {
        return try await write()
    } catch {
        printError("\(error)")
        throw ExitStatus.outputFailed
    }
}
