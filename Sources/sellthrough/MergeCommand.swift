import ArgumentParser
import Backtest
import Foundation
import Reporting
import Scenario

/// `sellthrough merge DIR...`: the shards of one run, put back together.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the partial results of `sellthrough run --shard i/N` into the run's results.",
        discussion: """
            Give every shard's folder, 0…N−1, in any order. The shards must come from the same \
            scenario file, seed, options and sellthrough version. The merged folder holds what the \
            same run on one machine writes — summary.json, summary.md, report.html, report-data.json, \
            metrics.csv, trace.csv when traced, scenario.yaml — identical byte for byte; only manifest.json (when and how it \
            was made) differs. The replication the report follows is computed again from the shards' \
            scenario.yaml, as the single run does. The folder appears only once complete. \(ExitStatus.helpText)
            """)

    @Argument(help: "The shards' partial result folders.")
    var folders: [String]

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    @Option(help: "Concurrent tasks for the replication the report follows (default: the number of cores).")
    var threads: Int?

    @Flag(help: "Print every column of the ranked table, however wide (default: the essential ones in 120 columns).")
    var wide = false

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give the folders of the shards to merge") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        let started = Date()
        let merge: ShardMerge
        let summary: BacktestSummary
        let spec: ScenarioSpec
        var plan: BacktestPlan
        do {
            merge = try ShardMerge(folders: folders)
            summary = try merge.summary()
            (spec, plan) = try Self.plan(of: merge)
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        let run = merge.run
        let destination = out ?? SimulateCommand.defaultFolder(scenario: run.scenario, label: "run-seed\(run.seed)", at: started)
        let labels = RunReportFiles.labels(spec, plan: plan)
        let report = BacktestReport(scenario: run.scenario, seed: run.seed, replications: run.replications,
                                    products: run.products, periods: run.periods, periodLength: run.periodLength,
                                    summary: summary, commonRandomNumbers: run.commonRandomNumbers, labels: labels,
                                    warnings: run.warnings ?? [])
        plan.commonRandomNumbers = run.commonRandomNumbers
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        try await writingResults {
            try await RunFolder.produce(at: destination) { folder async throws in
                folder.noteRemovedStale()
                if run.hasMetrics { try merge.concatenate("metrics.csv", into: folder.path("metrics.csv")) }
                if run.hasTrace { try merge.concatenate("trace.csv", into: folder.path("trace.csv")) }
                try FileManager.default.copyItem(atPath: (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml"),
                                                 toPath: folder.path("scenario.yaml"))
                let summaryJSON = try ResultJSON.encode(report)
                try AtomicFile.write(summaryJSON, to: folder.path("summary.json"))
                try AtomicFile.write(report.markdown, to: folder.path("summary.md"))
                try await RunReportFiles.write(spec, plan: plan, report: report, summaryJSON: summaryJSON,
                                               chosen: run.shownReplication, threads: threads, into: folder)
                let manifest = RunManifest(
                    tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                    scenarioFile: (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml"),
                    scenario: run.scenario, seed: run.seed, replications: run.replications, generator: run.generator,
                    startedAt: started, seconds: ["merge": Date().timeIntervalSince(started)])
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
            }
        }
        print("\(run.scenario): merged \(counted(merge.parts.count, "shard")), \(counted(run.replications, "replication")), seed \(run.seed)")
        print(report.table(wide: wide))
        if !wide { print("(--wide shows every column)") }
        print("wrote \(destination)")
    }

    /// The shards' resolved scenario and the plan they ran (seed, replications, baseline and
    /// oracle as recorded), for the replication the report follows.
    static func plan(of merge: ShardMerge) throws -> (ScenarioSpec, BacktestPlan) {
        let run = merge.run
        let path = (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml")
        let spec = try ScenarioLoading.load(path)
        var plan = try spec.backtestPlan(seed: run.seed, replications: run.replications, runsOracle: run.runsOracle)
        guard plan.strategies.map(\.name) == run.strategies else {
            throw MergeError(path: path, problem: "names other strategies than the shards' partial.json; run the shards again")
        }
        plan.baseline = run.baseline
        return (spec, plan)
    }
}
