import ArgumentParser
import Foundation
import Market
import Reporting
import Scenario

/// `sellthrough simulate FILE`: one replication of the market, demand unconstrained by stock.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a scenario's market and write its demand in long format.",
        discussion: """
            Writes demand.csv (unique_id, ds, y, expected, phase, price, promotion, shock; one row \
            per live product-period), scenario.yaml (the scenario with defaults filled in; it runs as it is) and \
            manifest.json into Results/runs/<scenario>/<run-id>/, or into --out DIR, which must \
            not exist yet. The folder appears only once complete. Prints a summary per product: \
            total demand, peak, and periods in each lifecycle phase. \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(help: "Scenario seed, 0…2⁶⁴−1; overrides the file's.", transform: WholeNumber.seed)
    var seed: UInt64?

    @Option(help: "Replication number whose random streams to use, \(OptionBounds.text(OptionBounds.replication)) (default 0).",
            transform: WholeNumber.parse)
    var replication = 0

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    func validate() throws {
        try OptionBounds.check(replication, "--replication", OptionBounds.replication)
    }

    func run() throws {
        let started = Date()
        let spec: ScenarioSpec
        let model: MarketModel
        do {
            spec = try ScenarioLoading.load(file)
            model = try spec.marketModel()
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        let seed = seed ?? spec.seed
        let market = try MarketSimulation(model: model, seed: seed, replication: replication, generator: spec.generator)
        var recorder = GroundTruthRecorder()
        market.run(&recorder)
        let simulated = Date()

        let destination = out ?? Self.defaultFolder(scenario: spec.name, label: "seed\(seed)-rep\(replication)", at: started)
        try writingResults {
            try RunFolder.produce(at: destination) { folder in
                try AtomicFile.write(DemandTable.csv(recorder.observations, model: model), to: folder.path("demand.csv"))
                try AtomicFile.write(spec.encodedYAML(), to: folder.path("scenario.yaml"))
                let manifest = RunManifest(
                    tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                    scenarioFile: file, scenario: spec.name, seed: seed, replication: replication,
                    generator: spec.generator, startedAt: started,
                    seconds: ["simulate": simulated.timeIntervalSince(started),
                              "total": Date().timeIntervalSince(started)])
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
            }
        }

        print("\(spec.name): seed \(seed), replication \(replication), "
              + "\(counted(model.calendar.periods, model.calendar.length.rawValue)) from \(model.calendar.start)")
        print(ProductDemandSummary.table(ProductDemandSummary.summarise(recorder.observations, model: model), model: model))
        print("wrote \(destination)/demand.csv (\(recorder.observations.count) rows)")
    }

    /// `Results/runs/<scenario>/<UTC time>-<label>`.
    static func defaultFolder(scenario: String, label: String, at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return "Results/runs/\(scenario)/\(formatter.string(from: date))-\(label)"
    }
}
