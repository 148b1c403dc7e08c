import ArgumentParser
import Backtest
import Foundation
import Market
import Reporting
import Scenario

/// `sellthrough run SCENARIO`: the closed-loop backtest of every strategy in the scenario.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Backtest the scenario's strategies (forecaster × policy) in the closed loop and rank them.",
        discussion: """
            Every strategy faces the same demand and lead-time randomness in each replication. \
            Writes into Results/runs/<scenario>/<run-id>/ (or --out DIR, which must not exist): \
            scenario.yaml (resolved), manifest.json, summary.json, summary.md, metrics.csv (one row \
            per strategy × product × replication × phase × metric) and, with --trace, trace.csv \
            (one row per strategy × replication × product × period). The folder appears only once \
            complete. Prints the strategies ranked by mean profit. \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario file (YAML) with a strategies section.")
    var file: String

    @Option(help: "Replications; overrides the file's.")
    var replications: Int?

    @Option(help: "Scenario seed; overrides the file's.")
    var seed: UInt64?

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    @Flag(help: "Also write trace.csv, every period of every strategy (large).")
    var trace = false

    @Flag(help: "Skip the per-product metrics.csv; write the summary only.")
    var summaryOnly = false

    @Flag(help: "Do not run the perfect-foresight oracle (no regret figures).")
    var noOracle = false

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let spec: ScenarioSpec
        let plan: BacktestPlan
        do {
            spec = try ScenarioLoading.load(file)
            plan = try spec.backtestPlan(seed: seed, replications: replications, runsOracle: !noOracle)
        } catch {
            printError(error.description)
            throw ExitStatus.invalidInput
        }
        let model = plan.blueprint.model
        let destination = out ?? SimulateCommand.defaultFolder(scenario: spec.name, label: "run-seed\(plan.seed)", at: started)
        let report = try writingResults {
            try RunFolder.produce(at: destination) { folder in
                var files = try RunFiles(model: model, strategies: plan.strategies.map(\.name),
                                         metricsPath: summaryOnly ? nil : folder.path("metrics.csv"),
                                         tracePath: trace ? folder.path("trace.csv") : nil)
                let summary = try Backtester.run(plan, into: &files)
                try files.finish()
                let simulated = Date()
                let report = BacktestReport(scenario: spec.name, seed: plan.seed, replications: plan.replications,
                                            model: model, summary: summary)
                try AtomicFile.write(ResultJSON.encode(report), to: folder.path("summary.json"))
                try AtomicFile.write(report.markdown, to: folder.path("summary.md"))
                try AtomicFile.write(spec.encodedYAML(), to: folder.path("scenario.yaml"))
                let manifest = RunManifest(
                    tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                    scenarioFile: file, scenario: spec.name, seed: plan.seed, replications: plan.replications,
                    generator: plan.generator, startedAt: started,
                    seconds: ["backtest": simulated.timeIntervalSince(started), "total": Date().timeIntervalSince(started)])
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
                return report
            }
        }
        print("\(spec.name): \(counted(model.products.count, "product")) × \(counted(model.calendar.periods, model.calendar.length.rawValue)), "
              + "\(counted(plan.replications, "replication")), seed \(plan.seed), \(counted(plan.strategies.count, "strategy"))")
        print(report.table)
        print("wrote \(destination)")
    }
}
