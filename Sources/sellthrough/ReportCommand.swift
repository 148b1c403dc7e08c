import ArgumentParser
import Foundation
import Reporting

/// `sellthrough report RUN_DIR`: draws a run folder's `report.html` again.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Draw the report.html of a run folder again, from its summary.json and report-data.json.",
        discussion: """
            The folder must be one `sellthrough run` (or `merge`) wrote with this version of \
            sellthrough: it needs manifest.json, scenario.yaml, summary.json and report-data.json. \
            The page is the one `run` wrote, byte for byte: a self-contained HTML file with SVG \
            charts, no scripts and no network. It replaces RUN_DIR/report.html, or goes to --out; \
            either way it is written whole or not at all. \(ExitStatus.helpText)
            """)

    @Argument(help: "A run folder (Results/runs/<scenario>/<run-id>).")
    var folder: String

    @Option(help: "Where to write the page (default: RUN_DIR/report.html).")
    var out: String?

    func run() throws {
        let report: RunReport
        do {
            report = try RunReport.reading(folder: folder, version: Sellthrough.version)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.invalidInput
        }
        let destination = out ?? (folder as NSString).appendingPathComponent(RunReport.fileName)
        try writingResults {
            try AtomicFile.write(report.html, to: destination)
        }
        print("wrote \(destination)")
    }
}
