import ArgumentParser
import Scenario

/// `sellthrough validate FILE...`: checks scenario files without running them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and report every problem with file, line and field.",
        discussion: """
            Each valid file prints one line ("ok: FILE (…)"). Each problem prints as \
            FILE:LINE:COLUMN: error: FIELD: message (hint); what a valid file probably does not \
            mean prints the same way with warning: (and does not change the exit status). \
            \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario files (YAML).")
    var files: [String]

    func run() throws {
        var allValid = true
        for file in files {
            do {
                let loaded = try ScenarioSpec.loadChecked(contentsOf: file)
                for warning in loaded.warnings { printError(warning.description) }
                let spec = loaded.spec
                let calendar = spec.calendar
                print("ok: \(file) (\(spec.name): \(counted(spec.catalogue.count, "product")), "
                      + "\(counted(spec.events.count, "event")), \(counted(calendar.periods, calendar.period.rawValue)) "
                      + "from \(calendar.start))")
            } catch {
                Diagnostics.lines(for: error).forEach(printError)
                allValid = false
            }
        }
        // Every file's problems are printed as it is read.
        if !allValid { throw CommandFailure(.invalidInput, lines: []) }
    }
}

/// "1 event", "3 events", "2 strategies".
func counted(_ count: Int, _ noun: String) -> String {
    guard count != 1 else { return "1 \(noun)" }
    let consonantY = noun.hasSuffix("y") && !"aeiou".contains(noun.dropLast().last ?? "a")
    return "\(count) " + (consonantY ? noun.dropLast() + "ies" : noun + "s")
}
