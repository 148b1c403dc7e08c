import ArgumentParser
import Calibration
import Censoring
import Foundation
import Reporting
import Scenario
import Workflows

/// `sellthrough calibrate --history FILE --out SCENARIO`: a scenario fitted to a sales history,
/// and a report of how faithfully its market reproduces the history.
struct CalibrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit a runnable scenario to a sales history and report how faithful its market is.",
        discussion: """
            Fits every product of the history (lifecycle: Bass or phases by AICc; yearly and, on \
            daily data, weekday seasonality pooled over its group; noise: Poisson, negative \
            binomial or zero-inflated; price elasticity and promotion lift where the history has \
            price and promo columns; shrinkage towards the group) and writes the scenario to \
            --out, commented with how each value was obtained and every fallback. Censored \
            periods (stockout or on_hand 0) are unconstrained by --censoring first. The \
            scenario's calendar runs --horizon periods past the history, for planning a launch. \
            The results folder (--folder, default Results/runs/<name>/<run-id>-calibrate) holds \
            fidelity.html and fidelity.md (the history against --replications simulated \
            replications: per-product bands and the catalogue's statistics with two-sample \
            distances), fidelity.json, fits.csv, the scenario and manifest.json. An existing \
            --out file is never replaced unless --replace is given. \(ExitStatus.helpText)
            """)

    @Option(help: "Sales history, long-format CSV (unique_id, ds, y[, price, promo, stockout, on_hand]).")
    var history: String

    @Option(help: "Product file (unique_id[, category, description, economics columns such as unit_cost, lead_time]).")
    var products: String?

    @Option(help: "The product file's column that groups products for pooling (e.g. category); default: the whole catalogue.")
    var group: String?

    @Option(help: "The scenario file to write (YAML).")
    var out: String

    @Flag(help: "Replace --out when it exists.")
    var replace = false

    @Option(help: "Results folder (must not exist); default Results/runs/<name>/<run-id>-calibrate.")
    var folder: String?

    @Option(help: "The scenario's name (default: the --out file's name).")
    var name: String?

    @OptionGroup var seed: SeedOption

    @Option(help: "Replications simulated for the fidelity report, \(OptionBounds.text(OptionBounds.calibrateReplications)).",
            transform: WholeNumber.parse)
    var replications = 100

    @Option(help: "Periods the scenario's calendar runs past the history, \(OptionBounds.text(OptionBounds.calibrateHorizon)) (default: a year of periods).",
            transform: WholeNumber.parse)
    var horizon: Int?

    @Option(help: "How censored periods become demand: \(CensoringEstimator.allCases.map(\.rawValue).joined(separator: ", ")) (default censored-likelihood).")
    var censoring: CensoringEstimator?

    @OptionGroup var reading: HistoryReadingOptions

    @OptionGroup var threads: ThreadsOption

    func validate() throws {
        try OptionBounds.check(replications, "--replications", OptionBounds.calibrateReplications)
        try OptionBounds.check(horizon, "--horizon", OptionBounds.calibrateHorizon)
        if group != nil && products == nil {
            throw ValidationError("--group names a column of the product file: give --products too")
        }
    }

    func run() async throws {
        let options = CalibrateWorkflow.Options(
            historyFile: history, productsFile: products, groupColumn: group, outFile: out, replace: replace, folder: folder,
            name: name ?? URL(fileURLWithPath: out).deletingPathExtension().lastPathComponent,
            seed: seed.seed ?? ScenarioSpec.defaultSeed, replications: replications, horizon: horizon, censoring: censoring,
            reading: reading.importOptions, threads: threads.threads ?? ProcessInfo.processInfo.activeProcessorCount, provenance: Provenance(command: CommandLine.arguments))
        let result = try await CommandFailure.wording {
            try await EventPrinter(quiet: true).showing { try await CalibrateWorkflow.run(options, events: $0) }
        }
        Self.printSummary(result)
    }

    static func printSummary(_ result: CalibrateWorkflow.Result) {
        let fits = result.fits
        let bass = fits.filter(\.lifecycle.isBass).count
        let noted = fits.filter { !$0.notes.isEmpty }
        print("\(result.scenario.name): \(fits.count) products fitted in \(seconds(result.seconds["fit"])) "
              + "(\(bass) Bass, \(fits.count - bass) phases); \(noted.count) with a fallback or warning")
        for fit in noted.prefix(5) {
            print("  \(fit.id): \(fit.notes.joined(separator: "; "))")
        }
        if noted.count > 5 { print("  … and \(noted.count - 5) more (fits.csv, fidelity.md)") }
        let summary = result.fidelity
        print("fidelity over \(summary.replications) replications: "
              + (summary.bandCoverage.map { "\(String(format: "%.1f%%", $0 * 100)) of real periods inside the simulated 10–90% band (80% if faithful)" } ?? "no periods"))
        for comparison in summary.statistics {
            let d = comparison.ksStatistic.map { String(format: "%.3f", $0) } ?? "-"
            let w = comparison.wassersteinOverIQR.map { String(format: "%.3f", $0) } ?? "-"
            print("  \(comparison.statistic.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)) KS D \(d)  W1/IQR \(w)")
        }
        print("wrote \(result.scenarioFile) and \(result.files.folder)/: \(result.files.names.joined(separator: ", "))")
        print("next: sellthrough run \(result.scenarioFile)  ·  sellthrough whatif \(result.scenarioFile) --vary …")
    }

    static func seconds(_ value: Double?) -> String {
        String(format: "%.1f s", value ?? 0)
    }
}

extension CensoringEstimator: ExpressibleByArgument {}
