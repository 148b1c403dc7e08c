import Backtest
import Foundation
import Reporting
import Scenario

/// The shards of one run put back together: the merged folder holds what the same run on one
/// machine writes — `summary.json`, `summary.md`, `report.html`, `report-data.json`,
/// `metrics.csv`, `trace.csv` when traced, `scenario.yaml` — byte for byte; only
/// `manifest.json` differs. The replication the report follows is computed again from the
/// shards' resolved scenario, as the whole run does.
public enum MergeWorkflow {
    /// Which shards, and where the merged run goes.
    public struct Options: Sendable {
        /// Every shard's partial result folder, 0…N−1, in any order.
        public var folders: [String]
        /// The folder to create (it must not exist); nil: ``ResultsLocation/defaultFolder(name:label:at:)``.
        public var folder: String?
        /// Concurrent tasks for the replication the report follows (≥ 1).
        public var threads: Int
        public var provenance: Provenance

        public init(folders: [String], folder: String? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                    provenance: Provenance) {
            self.folders = folders
            self.folder = folder
            self.threads = threads
            self.provenance = provenance
        }
    }

    /// What was merged and written.
    public struct Result {
        /// The run's description, as every shard recorded it.
        public var run: PartialResult
        public var shards: Int
        public var report: BacktestReport
        public var files: WrittenFiles
    }

    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let started = Date()
        let (merge, summary, spec, plan) = try WorkflowError.reading {
            let merge = try ShardMerge(folders: options.folders)
            let summary = try merge.summary()
            let (spec, plan) = try Self.plan(of: merge)
            return (merge, summary, spec, plan)
        }
        let run = merge.run
        let destination = options.folder ?? ResultsLocation.defaultFolder(name: run.scenario, label: "run-seed\(run.seed)", at: started)
        let report = BacktestReport(scenario: run.scenario, seed: run.seed, replications: run.replications,
                                    products: run.products, periods: run.periods, periodLength: run.periodLength,
                                    summary: summary, commonRandomNumbers: run.commonRandomNumbers,
                                    labels: RunReportFiles.labels(spec, plan: plan), warnings: run.warnings ?? [])
        let resolved = (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml")
        let (_, files) = try await ResultFolder.produce(at: destination, events: events) { folder in
            if run.hasMetrics { try merge.concatenate("metrics.csv", into: folder.path("metrics.csv")) }
            if run.hasTrace { try merge.concatenate("trace.csv", into: folder.path("trace.csv")) }
            try FileManager.default.copyItem(atPath: resolved, toPath: folder.path("scenario.yaml"))
            try await RunReportFiles.write(report, spec: spec, plan: plan, chosen: run.shownReplication, threads: options.threads,
                                           version: options.provenance.version, into: folder)
            try folder.writeJSON(RunManifest(
                tool: options.provenance.tool, version: options.provenance.version, command: options.provenance.command,
                scenarioFile: resolved, scenario: run.scenario, seed: run.seed, replications: run.replications,
                generator: run.generator, startedAt: started, seconds: ["merge": Date().timeIntervalSince(started)]), "manifest.json")
        }
        return Result(run: run, shards: merge.parts.count, report: report, files: files)
    }

    /// The shards' resolved scenario and the plan they ran (seed, replications, baseline,
    /// oracle and streams as recorded), for the replication the report follows.
    static func plan(of merge: ShardMerge) throws -> (ScenarioSpec, BacktestPlan) {
        let run = merge.run
        let path = (merge.parts[0].folder as NSString).appendingPathComponent("scenario.yaml")
        let spec = try ScenarioSpec.load(contentsOf: path)
        var plan = try spec.backtestPlan(seed: run.seed, replications: run.replications, runsOracle: run.runsOracle)
        guard plan.strategies.map(\.name) == run.strategies else {
            throw MergeError(path: path, problem: "names other strategies than the shards' partial.json; run the shards again")
        }
        plan.baseline = run.baseline
        plan.commonRandomNumbers = run.commonRandomNumbers
        return (spec, plan)
    }
}
