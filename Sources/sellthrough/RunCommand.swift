import ArgumentParser
import Backtest
import Foundation
import Market
import Reporting
import Scenario

/// `sellthrough run SCENARIO`: the closed-loop backtest of every strategy in the scenario.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Backtest the scenario's strategies (forecaster × policy, or a policy alone when it reads no forecast) in the closed loop and rank them.",
        discussion: """
            Warnings about the scenario (as `validate` prints them) go to standard error and into \
            summary.json, summary.md and report.html. \
            Every strategy faces the same demand and lead-time randomness in each replication \
            (common random numbers), so strategies are compared replication by replication: the \
            table gives each metric's 95% interval, the profit difference from the baseline \
            strategy with its interval, the probability of being best, shared ranks where the \
            replications cannot tell strategies apart, and the service–inventory frontier. \
            Writes into Results/runs/<scenario>/<run-id>/ (or --out DIR, which must not exist): \
            scenario.yaml (resolved), manifest.json, summary.json, summary.md, report.html (the \
            report with charts: what to pick and why first; its product charts follow the \
            replication of median profit of the recommended strategy, or --show-replication R; \
            `sellthrough report` draws it again from report-data.json), metrics.csv (one row per \
            strategy × product × replication × phase × metric, with forecaster and policy columns) and, with \
            --trace, trace.csv (one row per strategy × replication × product × period). The folder appears only once \
            complete. Results are the same, byte for byte, whatever --threads. With --shard i/N \
            only that slice of the replications runs and the folder holds a partial result for \
            `sellthrough merge`. \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario file (YAML) with a strategies section.")
    var file: String

    @Option(help: "Replications, \(OptionBounds.text(OptionBounds.replications)); overrides the file's.",
            transform: WholeNumber.parse)
    var replications: Int?

    @Option(help: "Scenario seed, 0…2⁶⁴−1; overrides the file's.", transform: WholeNumber.seed)
    var seed: UInt64?

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    @Option(help: "Concurrent tasks, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores). Results do not depend on it.",
            transform: WholeNumber.parse)
    var threads: Int?

    @Option(help: "Run only shard INDEX/COUNT of the replications (0-based, e.g. 0/4; COUNT \(OptionBounds.text(OptionBounds.shards))) and write a partial result for `sellthrough merge`.")
    var shard: String?

    @Option(help: "Strategy the others are compared with, by its name in the table ('x' for '×' is fine; default: the first).")
    var baseline: String?

    @Flag(help: "Also write trace.csv, every period of every strategy (large).")
    var trace = false

    @Flag(help: "Skip the per-product metrics.csv; write the summary only.")
    var summaryOnly = false

    @Flag(help: "Do not run the perfect-foresight oracle (no regret figures).")
    var noOracle = false

    @Flag(help: "Give each strategy a market of its own instead of common random numbers (only to measure what they save).")
    var independentStreams = false

    @Flag(help: "No progress bar (it is drawn only when standard error is a terminal).")
    var quiet = false

    @Flag(help: "Print every column of the ranked table, however wide (default: the essential ones in 120 columns).")
    var wide = false

    @Option(help: ArgumentHelp("The replication report.html follows period by period, numbered from 0 as in metrics.csv "
                               + "(default: the one of median profit of the recommended strategy).", valueName: "R"))
    var showReplication: Int?

    func validate() throws {
        try OptionBounds.check(replications, "--replications", OptionBounds.replications)
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
        if let shard {
            let parsed: Shard
            do {
                parsed = try Shard(parsing: shard)
            } catch {
                throw ValidationError("--shard: \(error.description)")
            }
            try OptionBounds.check(parsed.count, "--shard's COUNT", OptionBounds.shards)
        }
    }

    func run() async throws {
        let started = Date()
        let spec: ScenarioSpec
        var configured: BacktestPlan
        let warnings: [String]
        do {
            let loaded = try ScenarioLoading.loadChecked(file)
            for warning in loaded.warnings { printError(warning.description) }
            // Kept in the results without file and position, which differ between the file and its resolved copy.
            warnings = loaded.warnings.map(\.detail)
            spec = loaded.spec
            configured = try spec.backtestPlan(seed: seed, replications: replications, runsOracle: !noOracle)
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        configured.commonRandomNumbers = !independentStreams
        if !spec.uncertainty.isEmpty {
            // Documented, but easy to miss: the numbers would otherwise look as if they covered it.
            printError("note: \(file): the uncertainty section (\(spec.uncertainty.count) launch parameter"
                       + "\(spec.uncertainty.count == 1 ? "" : "s")) is drawn only by `sellthrough whatif`; "
                       + "`run` uses the values written in the scenario")
        }
        if let baseline {
            let names = configured.strategies.map(\.name)
            guard let name = StrategyNames.resolve(baseline, among: names), let index = names.firstIndex(of: name) else {
                throw StrategyNames.unknown(baseline, option: "--baseline", among: names)
            }
            configured.baseline = index
        }
        let plan = configured
        try RunReportFiles.checkShown(showReplication, option: "--show-replication", replications: plan.replications)
        let shard = try self.shard.map { text throws(ShardError) in try Shard(parsing: text) }
        let range = shard?.replications(of: plan.replications) ?? 0..<plan.replications
        let model = plan.blueprint.model
        let label = shard.map { "run-seed\(plan.seed)-shard\($0.index)of\($0.count)" } ?? "run-seed\(plan.seed)"
        let destination = out ?? SimulateCommand.defaultFolder(scenario: spec.name, label: label, at: started)
        let progress = ProgressBar(total: range.count, label: "replications", quiet: quiet)
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let labels = RunReportFiles.labels(spec, plan: plan)
        let report = try await writingResults { () async throws -> BacktestReport? in
            try await RunFolder.produce(at: destination) { folder async throws -> BacktestReport? in
                folder.noteRemovedStale()
                let files = try RunFiles(model: model, strategies: labels,
                                         metricsPath: summaryOnly ? nil : folder.path("metrics.csv"),
                                         tracePath: trace ? folder.path("trace.csv") : nil)
                let yaml = try spec.encodedYAML()
                try AtomicFile.write(yaml, to: folder.path("scenario.yaml"))
                let summary: BacktestSummary
                let names = plan.strategies.map(\.name)
                if let shard {
                    var sink = try ShardFiles(files: files, replicationsPath: folder.path(ReplicationTable.fileName))
                    summary = try await Backtester.run(plan, replications: range, threads: threads, into: &sink,
                                                       progress: progress.update)
                    try sink.finish()
                    let partial = PartialResult(
                        version: Sellthrough.version, scenario: spec.name, scenarioYAML: yaml, seed: plan.seed,
                        generator: plan.generator, model: model, replications: plan.replications, shard: shard,
                        strategies: names, managedProducts: plan.strategies.map { $0.products?.count },
                        comparedOnSharedProducts: plan.comparedOnSharedProducts, baseline: plan.baseline,
                        runsOracle: plan.runsOracle, commonRandomNumbers: plan.commonRandomNumbers, hasMetrics: !summaryOnly,
                        hasTrace: trace, shownReplication: showReplication, warnings: warnings)
                    try AtomicFile.write(ResultJSON.encode(partial), to: folder.path(PartialResult.fileName))
                } else {
                    var sink = files
                    summary = try await Backtester.run(plan, threads: threads, into: &sink, progress: progress.update)
                    try sink.finish()
                }
                progress.finish()
                let simulated = Date()
                func manifest() -> RunManifest {
                    RunManifest(
                        tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                        scenarioFile: file, scenario: spec.name, seed: plan.seed, replications: range.count,
                        generator: plan.generator, startedAt: started,
                        seconds: ["backtest": simulated.timeIntervalSince(started), "total": Date().timeIntervalSince(started)])
                }
                guard shard == nil else {
                    try AtomicFile.write(ResultJSON.encode(manifest()), to: folder.path("manifest.json"))
                    return nil
                }
                let report = BacktestReport(scenario: spec.name, seed: plan.seed, replications: plan.replications,
                                            model: model, summary: summary, commonRandomNumbers: plan.commonRandomNumbers,
                                            labels: labels, warnings: warnings)
                let summaryJSON = try ResultJSON.encode(report)
                try AtomicFile.write(summaryJSON, to: folder.path("summary.json"))
                try AtomicFile.write(report.markdown, to: folder.path("summary.md"))
                try await RunReportFiles.write(spec, plan: plan, report: report, summaryJSON: summaryJSON, chosen: showReplication,
                                               threads: threads, into: folder)
                try AtomicFile.write(ResultJSON.encode(manifest()), to: folder.path("manifest.json"))
                return report
            }
        }
        let replicationsText = shard.map { "replications \(range.lowerBound)..<\(range.upperBound) of \(plan.replications) (shard \($0))" }
            ?? counted(plan.replications, "replication")
        print("\(spec.name): \(counted(model.products.count, "product")) × \(counted(model.calendar.periods, model.calendar.length.rawValue)), "
              + "\(replicationsText), seed \(plan.seed), \(counted(plan.strategies.count, "strategy"))")
        if let report {
            print(report.table(wide: wide))
            if !wide { print("(--wide shows every column)") }
        }
        print(shard == nil ? "wrote \(destination)" : "wrote the partial result \(destination); combine the shards with `sellthrough merge`")
    }
}
