import ArgumentParser
import Foundation
import Reporting

/// `sellthrough report FOLDER`: draws the `report.html` of a run, evaluation or what-if folder
/// again.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Draw the report.html of a run, evaluate or whatif folder again from the folder's files.",
        discussion: """
            The folder must be one this version of sellthrough wrote: a run (or merge) folder \
            (from summary.json and report-data.json), an evaluate folder (from manifest.json and \
            accuracy.csv) or a whatif folder (from whatif.json). The page is the one the command \
            wrote, byte for byte: a self-contained HTML file with SVG charts, no scripts and no \
            network. It replaces FOLDER/report.html, or goes to --out; either way it is written \
            whole or not at all. \
            For a run folder, --follow picks the strategies whose stock, orders and forecast the \
            product sections show (the first one's sales and forecast), instead of the best, the \
            baseline and a contrast; write × as x if you like: --follow "ses x weekly-95". \
            `report FOLDER` without --follow draws the default page again. \(ExitStatus.helpText)
            """)

    @Argument(help: "A run, evaluate or whatif folder (Results/runs/<name>/<run-id>).")
    var folder: String

    @Option(help: "Where to write the page (default: FOLDER/report.html).")
    var out: String?

    @Option(name: .customLong("follow"),
            help: ArgumentHelp("A strategy of a run folder to follow product by product (repeat, up to 4).", valueName: "strategy"))
    var followed: [String] = []

    func run() throws {
        let html = try Self.page(folder: folder, following: followed)
        let destination = out ?? (folder as NSString).appendingPathComponent(RunReport.fileName)
        try writingResults {
            try AtomicFile.write(html, to: destination)
        }
        print("wrote \(destination)")
    }

    /// The page of `folder`, by the kind of folder it is, following `following` when a run's.
    /// - Throws: ``CommandFailure``: a folder that cannot be drawn is invalid input; `--follow`
    ///   naming no strategy of the run (with "did you mean"), or given for another kind of
    ///   folder, is a wrong command line.
    static func page(folder: String, following: [String] = []) throws(CommandFailure) -> String {
        func refuseFollowing(in kind: String) throws(CommandFailure) {
            guard following.isEmpty else {
                throw CommandFailure(.commandLine, "--follow picks strategies of a run folder; \(folder) is \(kind) folder")
            }
        }
        do {
            if EvaluationReport.isEvaluationFolder(folder) {
                try refuseFollowing(in: "an evaluate")
                return try EvaluationReport.reading(folder: folder, version: Sellthrough.version).html
            }
            if WhatIfReport.isWhatIfFolder(folder) {
                try refuseFollowing(in: "a whatif")
                return try WhatIfReport.reading(folder: folder, version: Sellthrough.version).html
            }
            var report = try RunReport.reading(folder: folder, version: Sellthrough.version)
            do {
                try report.follow(following)
            } catch {
                let names = report.summary.strategies.map(\.name)
                let suggestions = following.compactMap { name in
                    StrategyNames.suggestion(for: name, among: names).map { "note: --follow '\(name)': \($0)" }
                }
                throw CommandFailure(.commandLine, lines: Diagnostics.errorLines(error.description) + suggestions)
            }
            return report.html
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
    }
}
