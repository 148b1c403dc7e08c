import ArgumentParser
import Backtest
import Foundation
import Reporting

/// `sellthrough merge DIR...`: the shards of one run, put back together.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the partial results of `sellthrough run --shard i/N` into the run's results.",
        discussion: """
            Give every shard's folder, 0…N−1, in any order. The shards must come from the same \
            scenario file, seed, options and sellthrough version. The merged folder holds what the \
            same run on one machine writes — summary.json, summary.md, report.html, report-data.json, \
            metrics.csv, trace.csv when traced, scenario.yaml — identical byte for byte; only manifest.json (when and how it \
            was made) differs. The folder appears only once complete. \(ExitStatus.helpText)
            """)

    @Argument(help: "The shards' partial result folders.")
    var folders: [String]

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give the folders of the shards to merge") }
    }

    func run() throws {
        let started = Date()
        let merge: ShardMerge
        let summary: BacktestSummary
        do {
            merge = try ShardMerge(folders: folders)
            summary = try merge.summary()
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        let run = merge.run
        let destination = out ?? SimulateCommand.defaultFolder(scenario: run.scenario, label: "run-seed\(run.seed)", at: started)
        let report = BacktestReport(scenario: run.scenario, seed: run.seed, replications: run.replications,
                                    products: run.products, periods: run.periods, periodLength: run.periodLength,
                                    summary: summary, commonRandomNumbers: run.commonRandomNumbers)
        try writingResults {
            try RunFolder.produce(at: destination) { folder in
                if run.hasMetrics { try merge.concatenate("metrics.csv", into: folder.path("metrics.csv")) }
                if run.hasTrace { try merge.concatenate("trace.csv", into: folder.path("trace.csv")) }
                try FileManager.default.copyItem(atPath: (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml"),
                                                 toPath: folder.path("scenario.yaml"))
                let summaryJSON = try ResultJSON.encode(report)
                try AtomicFile.write(summaryJSON, to: folder.path("summary.json"))
                try AtomicFile.write(report.markdown, to: folder.path("summary.md"))
                // Shard 0 ran replication 0 and kept the report's periods: copied, they give the
                // single run's report-data.json and report.html.
                let reportData = (merge.parts[0].folder as NSString).appendingPathComponent(ReportData.fileName)
                if let data = FileManager.default.contents(atPath: reportData) {
                    try AtomicFile.write(data, to: folder.path(ReportData.fileName))
                    try RunReportFiles.writePage(summaryJSON: summaryJSON, reportDataJSON: data, into: folder)
                } else {
                    printError("warning: \(reportData) is missing, so the merged folder has no report.html")
                }
                let manifest = RunManifest(
                    tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                    scenarioFile: (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml"),
                    scenario: run.scenario, seed: run.seed, replications: run.replications, generator: run.generator,
                    startedAt: started, seconds: ["merge": Date().timeIntervalSince(started)])
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
            }
        }
        print("\(run.scenario): merged \(counted(merge.parts.count, "shard")), \(counted(run.replications, "replication")), seed \(run.seed)")
        print(report.table)
        print("wrote \(destination)")
    }
}
