import Foundation
import Workflows

extension EvaluateCommand {
    /// Large biases printed on standard error; the rest are counted (the report lists all).
    static let printedWarnings = 5

    /// Prints the ranking, where the time went and the folder; then large biases and, when the
    /// windows cannot support a ranking, why not (a warning: the results are written).
    func printResult(_ result: EvaluateWorkflow.Result) {
        let summary = result.summary
        let destination = result.files.folder
        print("\(result.title): \(summary.notes.joined(separator: " "))")
        print(summary.table(wide: wide))
        let hidden = summary.hiddenColumns(wide: wide)
        if !hidden.isEmpty { print("Left out here (--wide shows them): " + hidden.joined(separator: ", ") + ".") }
        let slowest = result.forecasters.sorted { $0.seconds > $1.seconds }.prefix(5)
        print("evaluated in " + String(format: "%.2f", result.evaluationSeconds) + " s (time in forecasters: "
              + slowest.map { "\($0.label) " + String(format: "%.2f", $0.seconds) + " s" }.joined(separator: ", ") + "); wrote \(destination)")
        for warning in summary.biasWarnings.prefix(Self.printedWarnings) { printError("warning: large bias: " + warning.sentence) }
        if summary.biasWarnings.count > Self.printedWarnings {
            printError("note: \(summary.biasWarnings.count - Self.printedWarnings) more large biases are listed in summary.md and report.html")
        }
        if let refusal = summary.refusal {
            // Not an invalid input: the windows asked for were evaluated and written; what they
            // cannot support is a ranking, and the page says so instead of crowning anyone.
            printError("warning: not ranked: \(refusal) Set the origins with --origins; the results are in \(destination) to look at.")
        }
    }
}
