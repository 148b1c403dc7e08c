import ArgumentParser
import Foundation
import Reporting
import Workflows

/// `sellthrough simulate FILE`: replications of the market, demand unconstrained by stock.
struct SimulateCommand: AsyncParsableCommand {
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

    @OptionGroup var seed: SeedOption

    @Option(help: "Replication number whose random streams to use, \(OptionBounds.text(OptionBounds.replication)) (default 0); the first one with --replications.",
            transform: WholeNumber.parse)
    var replication = 0

    @Option(help: "Replications to simulate, from --replication on, \(OptionBounds.text(OptionBounds.simulateReplications)); several write demand-r<r>.csv and truth-r<r>.csv per replication r.",
            transform: WholeNumber.parse)
    var replications = 1

    @OptionGroup var out: OutputFolderOption

    func validate() throws {
        try OptionBounds.check(replication, "--replication", OptionBounds.replication)
        try OptionBounds.check(replications, "--replications", OptionBounds.simulateReplications)
    }

    func run() async throws {
        let options = SimulateWorkflow.Options(scenarioFile: file, seed: seed.seed, replication: replication, replications: replications,
                                               folder: out.out, shownProducts: Self.shownProducts,
                                               provenance: Provenance(command: CommandLine.arguments))
        let result = try await CommandFailure.wording {
            try await EventPrinter(quiet: true).showing { try await SimulateWorkflow.run(options, events: $0) }
        }
        Self.printSummary(result)
    }

    /// The replications simulated, the first one's products, the spread of catalogue demand
    /// over several, and the files written.
    static func printSummary(_ result: SimulateWorkflow.Result) {
        let range = result.replications
        let calendar = result.model.calendar
        let replicationText = range.count == 1 ? "replication \(range.lowerBound)" : "replications \(range.lowerBound)…\(range.upperBound - 1)"
        print("\(result.scenario): seed \(result.seed), \(replicationText), "
              + "\(counted(calendar.periods, calendar.length.rawValue)) from \(calendar.start)")
        if let first = result.summaries.first {
            if range.count > 1 { print("replication \(range.lowerBound):") }
            print(first.table(model: result.model))
        }
        if range.count > 1 {
            let totals = result.summaries.map(\.catalogue.totalDemand)
            print("demand of the whole catalogue per replication: mean "
                  + ChartNumber.grouped(Double(totals.reduce(0, +)) / Double(totals.count), decimals: 1)
                  + ", lowest \(totals.min() ?? 0), highest \(totals.max() ?? 0)")
        }
        let first = DemandTable.fileNames(replication: range.lowerBound, of: range)
        let folder = result.files.folder
        print(range.count == 1 ? "wrote \(folder)/\(first.demand) and \(first.truth) (\(result.rows) rows each)"
              : "wrote \(folder)/demand-r<r>.csv and truth-r<r>.csv for r = \(range.lowerBound)…\(range.upperBound - 1) (\(result.rows) rows in all)")
    }

    /// `Results/runs/<scenario>/<UTC time>-<label>`, for `whatif` until its study joins the
    /// workflows (``ResultsLocation``).
    static func defaultFolder(scenario: String, label: String, at date: Date) -> String {
        ResultsLocation.defaultFolder(name: scenario, label: label, at: date)
    }
}
