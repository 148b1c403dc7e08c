import ArgumentParser
import Foundation
import Spelling

/// The program: parses the command line with ArgumentParser, runs the command, and turns every
/// way of failing into the one exit-status and message rule (``ExitStatus/rule``).
///
/// ArgumentParser's own `main` would print its errors as `Error: …` followed by bare usage
/// lines, exit 1 for errors thrown by a command, and treat `help nosuch` as a request for the
/// root help; here its help and version still go to standard output with status 0, and
/// everything else is worded by ``Diagnostics``.
@main
enum EntryPoint {
    static func main() async {
        let status = await run(Array(CommandLine.arguments.dropFirst()))
        exit(status)
    }

    /// Runs `arguments` and returns the exit status, having printed what went wrong.
    static func run(_ arguments: [String]) async -> Int32 {
        do {
            try CommandNames.check(arguments)
            var command = try await Sellthrough.asyncParseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            if !(error is CommandFailure), Sellthrough.exitCode(for: error) == .success {
                // --help, help COMMAND, --version: the text goes to standard output.
                let text = Sellthrough.fullMessage(for: error)
                if !text.isEmpty { print(text) }
                return 0
            }
            let failure = self.failure(error)
            failure.lines.forEach(printError)
            return failure.status.rawValue
        }
    }

    /// `error`, which is not a help or version request, as a ``CommandFailure``.
    static func failure(_ error: any Error) -> CommandFailure {
        if let failure = error as? CommandFailure { return failure }
        if let code = error as? ExitCode {
            return CommandFailure(CommandFailure.Status(rawValue: code.rawValue) ?? .invalidInput, lines: [])
        }
        if Sellthrough.exitCode(for: error) == .validationFailure {
            return CommandFailure(.commandLine, lines: usageLines(Sellthrough.fullMessage(for: error)))
        }
        // Thrown while running and not classed by the command: an input it could not use.
        return CommandFailure(.invalidInput, error)
    }

    /// ArgumentParser's error text (`Error: …`, `Help:  …`, `Usage: …`, `  See '…' for more
    /// information.`) in the rule's words: the error first, the rest as notes.
    static func usageLines(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Error: ") {
                lines += Diagnostics.errorLines(sentence(String(line.dropFirst("Error: ".count))))
            } else if line.hasPrefix("Help: ") {
                lines.append("note: " + line.dropFirst("Help: ".count).trimmingCharacters(in: .whitespaces))
            } else if line.hasPrefix("Usage: ") {
                lines.append("note: usage: " + line.dropFirst("Usage: ".count))
            } else if lines.isEmpty || Diagnostics.followsRule(line) {
                lines += Diagnostics.errorLines(line)
            } else {
                lines.append("note: " + sentence(line))
            }
        }
        return lines
    }

    /// `text` with its first letter lower-cased when it starts an ordinary word ("Unknown
    /// option" → "unknown option"; "GSL" stays).
    static func sentence(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return text }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}

/// The subcommands' names, checked before ArgumentParser sees them: it reads an unknown
/// command as an unexpected argument and `help nosuch` as a request for the root help.
enum CommandNames {
    static var all: [String] {
        Sellthrough.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// Refuses an unknown command name (with "did you mean"), and `help` with anything but one
    /// known command.
    static func check(_ arguments: [String]) throws(CommandFailure) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        guard first == "help" else {
            try known(first)
            return
        }
        let named = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        guard named.count <= 1 else {
            throw CommandFailure(.commandLine, "help takes one command, got \(named.count): \(named.joined(separator: " "))",
                                 hint: "e.g. sellthrough help run")
        }
        if let name = named.first { try known(name) }
    }

    private static func known(_ name: String) throws(CommandFailure) {
        guard !all.contains(name) else { return }
        let hint = Suggestion.closest(to: name, among: all).map { "did you mean '\($0)'?" }
            ?? "the commands are: " + all.joined(separator: ", ")
        throw CommandFailure(.commandLine, lines: ["error: unknown command '\(name)' (\(hint))",
                                                   "note: see 'sellthrough --help' for what each command does"])
    }
}
