import ArgumentParser
import Backtest
import Foundation
import Reporting
import Scenario

/// `sellthrough report FOLDER`: draws the `report.html` of a run, evaluation or what-if folder
/// again.
struct ReportCommand: AsyncParsableCommand {
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
            --replication R makes the product charts follow replication R (numbered from 0 as in \
            metrics.csv) instead of the typical one the run chose: it is computed again from the \
            folder's scenario.yaml with the run's seed, which reproduces the run's periods exactly. \
            `report FOLDER` without these options draws the default page again. \(ExitStatus.helpText)
            """)

    @Argument(help: "A run, evaluate or whatif folder (Results/runs/<name>/<run-id>).")
    var folder: String

    @Option(help: "Where to write the page (default: FOLDER/report.html).")
    var out: String?

    @Option(name: .customLong("follow"),
            help: ArgumentHelp("A strategy of a run folder to follow product by product (repeat, up to 4).", valueName: "strategy"))
    var followed: [String] = []

    @Option(help: ArgumentHelp("For a run folder: the replication the product charts follow, numbered from 0 as in "
                               + "metrics.csv (default: the one the run chose).", valueName: "R"),
            transform: WholeNumber.parse)
    var replication: Int?

    @Option(help: "Concurrent tasks for computing --replication again, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores).",
            transform: WholeNumber.parse)
    var threads: Int?

    func validate() throws {
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
    }

    func run() async throws {
        let html = try await Self.page(folder: folder, following: followed, replication: replication,
                                       threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let destination = out ?? (folder as NSString).appendingPathComponent(RunReport.fileName)
        try writingResults {
            try AtomicFile.write(html, to: destination)
        }
        print("wrote \(destination)")
    }

    /// The page of `folder`, by the kind of folder it is, following `following` and showing
    /// `replication` when a run's.
    /// - Throws: ``CommandFailure``: a folder that cannot be drawn (or whose scenario cannot be
    ///   run again for `replication`) is invalid input; `--follow` naming no strategy of the run
    ///   (with "did you mean"), `--replication` out of the run's range, or either given for
    ///   another kind of folder, is a wrong command line.
    static func page(folder: String, following: [String] = [], replication: Int? = nil,
                     threads: Int = 1) async throws(CommandFailure) -> String {
        func refuseRunOptions(in kind: String) throws(CommandFailure) {
            guard following.isEmpty else {
                throw CommandFailure(.commandLine, "--follow picks strategies of a run folder; \(folder) is \(kind) folder")
            }
            guard replication == nil else {
                throw CommandFailure(.commandLine, "--replication picks the replication of a run folder's charts; \(folder) is \(kind) folder")
            }
        }
        do {
            if EvaluationReport.isEvaluationFolder(folder) {
                try refuseRunOptions(in: "an evaluate")
                return try EvaluationReport.reading(folder: folder, version: Sellthrough.version).html
            }
            if WhatIfReport.isWhatIfFolder(folder) {
                try refuseRunOptions(in: "a whatif")
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
                let option = error.name.map { "--follow '\($0)'" } ?? "--follow"
                throw CommandFailure(.commandLine, lines: Diagnostics.errorLines(option + ": " + error.description) + suggestions)
            }
            if let replication {
                try RunReportFiles.checkShown(replication, option: "--replication", replications: report.summary.replications)
                report.data = try await shownData(of: report.summary, folder: folder, replication: replication, threads: threads)
            }
            return report.html
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
    }

    /// The report data of `replication`, computed again from the folder's resolved scenario with
    /// the run's seed, replications and streams.
    static func shownData(of summary: BacktestReport, folder: String, replication: Int, threads: Int) async throws -> ReportData {
        let path = (folder as NSString).appendingPathComponent("scenario.yaml")
        let spec = try ScenarioLoading.load(path)
        var plan = try spec.backtestPlan(seed: summary.seed, replications: summary.replications, runsOracle: false)
        plan.commonRandomNumbers = summary.commonRandomNumbers
        guard plan.strategies.map(\.name).sorted() == summary.strategies.map(\.name).sorted() else {
            throw ReportSourceError(path: path, problem: "names other strategies than summary.json; run the scenario again")
        }
        plan.baseline = plan.strategies.firstIndex { $0.name == summary.baseline } ?? 0
        return try await RunReportFiles.reportData(spec, plan: plan, replication: replication, medianProfitOf: nil, threads: threads)
    }
}
