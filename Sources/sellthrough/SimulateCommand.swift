import ArgumentParser
import Foundation
import Market
import Reporting
import Scenario

/// `sellthrough simulate FILE`: replications of the market, demand unconstrained by stock.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a scenario's market and write its demand in long format.",
        discussion: """
            Writes demand.csv (unique_id, ds, y: what statsforecast reads as it is), truth.csv \
            (unique_id, ds, expected, phase, price, promotion, shock: the ground truth of the same \
            rows), scenario.yaml (the scenario with defaults filled in; it runs as it is) and \
            manifest.json into Results/runs/<scenario>/<run-id>/, or into --out DIR, which must \
            not exist yet. With --replications N > 1, one pair of files per replication r: \
            demand-r<r>.csv and truth-r<r>.csv. Rows are written as the market produces them, so \
            memory does not grow with the catalogue; the folder appears only once complete. \
            Prints a summary per product (the first \(shownProducts)): total demand, peak, and \
            periods in each lifecycle phase. \(ExitStatus.helpText)
            """)

    /// Products summarised one by one on the terminal.
    static let shownProducts = 20

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(help: "Scenario seed, 0…2⁶⁴−1; overrides the file's.", transform: WholeNumber.seed)
    var seed: UInt64?

    @Option(help: "Replication number whose random streams to use, \(OptionBounds.text(OptionBounds.replication)) (default 0); the first one with --replications.",
            transform: WholeNumber.parse)
    var replication = 0

    @Option(help: "Replications to simulate, from --replication on, \(OptionBounds.text(OptionBounds.simulateReplications)); several write demand-r<r>.csv and truth-r<r>.csv per replication r.",
            transform: WholeNumber.parse)
    var replications = 1

    @Option(help: "Output folder (must not exist); default Results/runs/<scenario>/<run-id>.")
    var out: String?

    func validate() throws {
        try OptionBounds.check(replication, "--replication", OptionBounds.replication)
        try OptionBounds.check(replications, "--replications", OptionBounds.simulateReplications)
    }

    func run() throws {
        let started = Date()
        let spec: ScenarioSpec
        let blueprint: MarketBlueprint
        let seed: UInt64
        do {
            spec = try ScenarioLoading.load(file)
            blueprint = MarketBlueprint(model: try spec.marketModel())
            seed = self.seed ?? spec.seed
            // An unknown generator is the scenario's fault: say so before anything is written.
            if !blueprint.model.products.isEmpty {
                _ = try blueprint.productMarket(0, seed: seed, replication: replication, generator: spec.generator)
            }
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        let model = blueprint.model
        let range = replication..<(replication + replications)
        let label = range.count == 1 ? "seed\(seed)-rep\(replication)" : "seed\(seed)-reps\(range.lowerBound)-\(range.upperBound - 1)"
        let destination = out ?? Self.defaultFolder(scenario: spec.name, label: label, at: started)
        var summaries: [DemandSummaries] = []
        var rows = 0
        try writingResults {
            try RunFolder.produce(at: destination) { folder in
                folder.noteRemovedStale()
                for replication in range {
                    let names = DemandTable.fileNames(replication: replication, of: range)
                    var writer = try DemandTableWriter(model: model, demandPath: folder.path(names.demand),
                                                       truthPath: folder.path(names.truth),
                                                       shown: summaries.isEmpty ? Self.shownProducts : 0)
                    // One product at a time: its random stream lives only while it runs.
                    for index in model.products.indices {
                        try blueprint.productMarket(index, seed: seed, replication: replication, generator: spec.generator)
                            .run(&writer)
                    }
                    try writer.finish()
                    summaries.append(writer.summaries)
                    rows += writer.summaries.catalogue.periods
                }
                try AtomicFile.write(spec.encodedYAML(), to: folder.path("scenario.yaml"))
                let manifest = RunManifest(
                    tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
                    scenarioFile: file, scenario: spec.name, seed: seed, replication: replication,
                    replications: range.count == 1 ? nil : range.count, generator: spec.generator, startedAt: started,
                    seconds: ["simulate": Date().timeIntervalSince(started), "total": Date().timeIntervalSince(started)])
                try AtomicFile.write(ResultJSON.encode(manifest), to: folder.path("manifest.json"))
            }
        }

        let replicationText = range.count == 1 ? "replication \(replication)" : "replications \(range.lowerBound)…\(range.upperBound - 1)"
        print("\(spec.name): seed \(seed), \(replicationText), "
              + "\(counted(model.calendar.periods, model.calendar.length.rawValue)) from \(model.calendar.start)")
        if let first = summaries.first {
            if range.count > 1 { print("replication \(replication):") }
            print(first.table(model: model))
        }
        if range.count > 1 {
            let totals = summaries.map(\.catalogue.totalDemand)
            print("demand of the whole catalogue per replication: mean "
                  + ChartNumber.grouped(Double(totals.reduce(0, +)) / Double(totals.count), decimals: 1)
                  + ", lowest \(totals.min() ?? 0), highest \(totals.max() ?? 0)")
        }
        let first = DemandTable.fileNames(replication: replication, of: range)
        print(range.count == 1 ? "wrote \(destination)/\(first.demand) and \(first.truth) (\(rows) rows each)"
              : "wrote \(destination)/demand-r<r>.csv and truth-r<r>.csv for r = \(range.lowerBound)…\(range.upperBound - 1) (\(rows) rows in all)")
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
