import ArgumentParser
import Backtest
import Workflows

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

    @OptionGroup var replications: ReplicationsOption
    @OptionGroup var seed: SeedOption
    @OptionGroup var out: OutputFolderOption
    @OptionGroup var threads: ThreadsOption

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

    @OptionGroup var quiet: QuietOption

    @Flag(help: "Print every column of the ranked table, however wide (default: the essential ones in 120 columns).")
    var wide = false

    @Option(help: ArgumentHelp("The replication report.html follows period by period, numbered from 0 as in metrics.csv "
                               + "(default: the one of median profit of the recommended strategy).", valueName: "R"))
    var showReplication: Int?

    func validate() throws {
        _ = try parsedShard()
    }

    /// `--shard`, read and checked.
    func parsedShard() throws(ValidationError) -> Shard? {
        guard let shard else { return nil }
        let parsed: Shard
        do {
            parsed = try Shard(parsing: shard)
        } catch {
            throw ValidationError("--shard: \(error.description)")
        }
        try OptionBounds.check(parsed.count, "--shard's COUNT", OptionBounds.shards)
        return parsed
    }

    func run() async throws {
        var options = RunWorkflow.Options(scenarioFile: file, folder: out.out, threads: threads.count,
                                          provenance: Provenance(command: CommandLine.arguments))
        options.replications = replications.replications
        options.seed = seed.seed
        options.runsOracle = !noOracle
        options.commonRandomNumbers = !independentStreams
        options.baseline = baseline
        options.shard = try parsedShard()
        options.writesMetrics = !summaryOnly
        options.writesTrace = trace
        options.shownReplication = showReplication
        let result = try await CommandFailure.wording {
            try await EventPrinter(quiet: quiet.quiet).showing { try await RunWorkflow.run(options, events: $0) }
        }
        print(Self.heading(result))
        if let report = result.report {
            print(report.table(wide: wide))
            if !wide { print("(--wide shows every column)") }
        }
        print(result.shard == nil ? "wrote \(result.files.folder)"
              : "wrote the partial result \(result.files.folder); combine the shards with `sellthrough merge`")
    }

    /// "quickstart: 2 products × 60 days, 3 replications, seed 42, 5 strategies"; a replay
    /// with a warm-up says which periods were scored: "× 104 weeks (78 warm-up, 26 scored)".
    static func heading(_ result: RunWorkflow.Result) -> String {
        let ran = result.shard.map { "replications \(result.ran.lowerBound)..<\(result.ran.upperBound) of \(result.replications) (shard \($0))" }
            ?? counted(result.replications, "replication")
        let warmUp = result.warmUp > 0 ? " (\(result.warmUp) warm-up, \(result.periods - result.warmUp) scored)" : ""
        return "\(result.scenario): \(counted(result.products, "product")) × \(counted(result.periods, result.periodLength))\(warmUp), "
            + "\(ran), seed \(result.seed), \(counted(result.strategies, "strategy"))"
    }
}
