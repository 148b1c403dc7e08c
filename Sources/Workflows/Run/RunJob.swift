import Backtest
import Foundation
import Reporting
import Scenario

/// One run, prepared: the scenario, the plan the options make of it and where it goes; then
/// the backtest and its files.
struct RunJob {
    let options: RunWorkflow.Options
    let started = Date()
    let spec: ScenarioSpec
    let plan: BacktestPlan
    /// The scenario's warnings as the results keep them: without file and position, which
    /// differ between the file and its resolved copy.
    let warnings: [String]
    /// The replications this run runs: all, or its shard's.
    let range: Range<Int>
    let destination: String

    /// Reads the scenario (reporting its warnings at once) and makes the plan.
    init(_ options: RunWorkflow.Options, events: WorkflowEvents) throws(WorkflowError) {
        self.options = options
        let loaded = try WorkflowError.reading { try ScenarioSpec.loadChecked(contentsOf: options.scenarioFile) }
        loaded.warnings.forEach { events(.scenarioWarning($0)) }
        let spec = loaded.spec
        var plan = try WorkflowError.reading {
            try spec.backtestPlan(seed: options.seed, replications: options.replications, runsOracle: options.runsOracle)
        }
        plan.commonRandomNumbers = options.commonRandomNumbers
        // Documented, but easy to miss: the numbers would otherwise look as if they covered it.
        if !spec.uncertainty.isEmpty { events(.uncertaintyNotDrawn(file: options.scenarioFile, parameters: spec.uncertainty.count)) }
        try Self.choose(options, in: &plan)
        let range = options.shard?.replications(of: plan.replications) ?? 0..<plan.replications
        let label = options.shard.map { "run-seed\(plan.seed)-shard\($0.index)of\($0.count)" } ?? "run-seed\(plan.seed)"
        (self.spec, self.plan, self.range) = (spec, plan, range)
        warnings = loaded.warnings.map(\.detail)
        destination = options.folder ?? ResultsLocation.defaultFolder(name: spec.name, label: label, at: started)
    }

    /// Sets the baseline the options name and checks the replication the report follows.
    private static func choose(_ options: RunWorkflow.Options, in plan: inout BacktestPlan) throws(WorkflowError) {
        if let baseline = options.baseline {
            let names = plan.strategies.map(\.name)
            guard let name = StrategyNames.resolve(baseline, among: names), let index = names.firstIndex(of: name) else {
                throw .request(.unknownBaseline(baseline, strategies: names))
            }
            plan.baseline = index
        }
        if let shown = options.shownReplication, !(0..<plan.replications).contains(shown) {
            throw .request(.shownReplicationOutside(shown, replications: plan.replications))
        }
    }

    /// Runs the backtest into `folder` and writes the rest; the report, for a whole run.
    func write(into folder: ResultFolder, events: WorkflowEvents) async throws -> BacktestReport? {
        let model = plan.blueprint.model
        let labels = RunReportFiles.labels(spec, plan: plan)
        let yaml = try spec.encodedYAML()
        let files = try RunFiles(model: model, strategies: labels,
                                 metricsPath: options.writesMetrics ? folder.path("metrics.csv") : nil,
                                 tracePath: options.writesTrace ? folder.path("trace.csv") : nil)
        try folder.write(yaml, "scenario.yaml")
        var report: BacktestReport?
        if let shard = options.shard {
            _ = try await backtest(ShardFiles(files: files, replicationsPath: folder.path(ReplicationTable.fileName)), events: events)
            try folder.writeJSON(partial(yaml: yaml, shard: shard), PartialResult.fileName)
        } else {
            let summary = try await backtest(files, events: events)
            report = BacktestReport(scenario: spec.name, seed: plan.seed, replications: plan.replications, model: model, summary: summary,
                                    commonRandomNumbers: plan.commonRandomNumbers, labels: labels, warnings: warnings)
        }
        let backtested = Date()
        if let report {
            try await RunReportFiles.write(report, spec: spec, plan: plan, chosen: options.shownReplication, threads: options.threads,
                                           version: options.provenance.version, into: folder)
        }
        try folder.writeJSON(RunManifest(
            tool: options.provenance.tool, version: options.provenance.version, command: options.provenance.command,
            scenarioFile: options.scenarioFile, scenario: spec.name, seed: plan.seed, replications: range.count,
            generator: plan.generator, startedAt: started,
            seconds: ["backtest": backtested.timeIntervalSince(started), "total": Date().timeIntervalSince(started)]), "manifest.json")
        return report
    }

    /// Runs the replications into `sink` and closes its files.
    private func backtest<Sink: ResultSink>(_ sink: Sink, events: WorkflowEvents) async throws -> BacktestSummary {
        var sink = sink
        let summary = try await Backtester.run(plan, replications: range, threads: options.threads, into: &sink) { done in
            events(.progress(.replications, done: done, total: range.count))
        }
        try sink.finish()
        return summary
    }

    /// What a merge needs to know of a shard's run.
    private func partial(yaml: String, shard: Shard) -> PartialResult {
        PartialResult(
            version: options.provenance.version, scenario: spec.name, scenarioYAML: yaml, seed: plan.seed,
            generator: plan.generator, model: plan.blueprint.model, replications: plan.replications, shard: shard,
            strategies: plan.strategies.map(\.name), managedProducts: plan.strategies.map { $0.products?.count },
            comparedOnSharedProducts: plan.comparedOnSharedProducts, baseline: plan.baseline,
            runsOracle: plan.runsOracle, commonRandomNumbers: plan.commonRandomNumbers, hasMetrics: options.writesMetrics,
            hasTrace: options.writesTrace, shownReplication: options.shownReplication, warnings: warnings)
    }
}

/// A sink of a run's files: fed by the backtest, then closed.
protocol ResultSink: BacktestSink {
    func finish() throws(OutputError)
}

extension RunFiles: ResultSink {}
extension ShardFiles: ResultSink {}
