import ArgumentParser
import Evaluation
import Forecasting
import Foundation
import Reporting
import Workflows

/// `sellthrough evaluate (SCENARIO | --history FILE) --horizon H (--windows N | --origins …) …`: rolling-origin
/// evaluation of forecasters on a simulated market or on sales history.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Rolling-origin evaluation of forecasters on a scenario's market or on sales history.",
        discussion: """
            Cutoffs are counted back from the end of each series as statsforecast's \
            cross_validation does (--windows, --step), or set with --origins: launch+K cuts each \
            series K periods after its launch (a simulated product's first live period, a \
            history's first sale), launch-K K ≥ 0 periods before it, end-K K periods before its end. At every cutoff each forecaster \
            is made afresh, fitted on the periods before it and asked for --horizon periods. Writes \
            forecasts.csv (statsforecast's layout: unique_id, ds, cutoff, y[, truth], one column \
            per forecaster and its interval ends), accuracy.csv (tidy: forecaster, target, scope, \
            metric, value; scopes include each origin; plus failed series), series-accuracy.csv \
            (per series and forecaster), summary.md, report.html (paired differences, accuracy \
            by origin, phase and demand pattern, forecasts against sales for --show or sampled \
            series), the shown series' two files and manifest.json into \
            Results/runs/<name>/<run-id>/ or --out DIR (which must not exist); the folder appears \
            only once complete. Prints the forecasters ranked by RMSSE; refuses to rank (exit 1, \
            results still written) when every scored window sold nothing. A history is a \
            long-format CSV: unique_id, ds, y[, price, promo, stockout, on_hand] (other names for the \
            first three with --id-col, --time-col, --target-col), with daily, weekly, monthly or \
            quarterly periods (months and quarters dated by their first or their last day); a \
            period missing inside a series is refused unless --fill-gaps zero. \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario file (YAML) whose market to simulate; or give --history.")
    var scenario: String?

    @Option(help: "Sales history, long-format CSV (unique_id, ds, y[, price, promo, stockout, on_hand]).")
    var history: String?

    @Option(help: "Product file for analog profiles (unique_id[, category, description]); history only.")
    var products: String?

    @OptionGroup var reading: HistoryReadingOptions

    @Option(help: "Periods forecast at each cutoff, \(EvaluationLimits.text(EvaluationLimits.horizon)).", transform: WholeNumber.parse)
    var horizon: Int

    @Option(help: "Number of cutoffs (windows), \(EvaluationLimits.text(EvaluationLimits.windows)), counted back from the end of each series; or give --origins.",
            transform: WholeNumber.parse)
    var windows: Int?

    @Option(help: "Periods between cutoffs, \(EvaluationLimits.text(EvaluationLimits.step)) (default: the horizon).",
            transform: WholeNumber.parse)
    var step: Int?

    @Option(help: "Forecast origins instead of --windows: launch+K (K periods after each series' launch), launch-K (K ≥ 0 periods before it: a launch forecast, no own sale seen) or end-K (K periods before its end), comma-separated, e.g. launch-0,launch+4,launch+8.")
    var origins: String?

    @Option(help: "Forecasters, comma-separated, in quotes when they hold parentheses (e.g. 'ses,ma(window=4),blend=median(ses,tsb)'); default: every catalogue entry.")
    var forecasters: String?

    @Option(help: "Season length given to forecasters, \(EvaluationLimits.text(EvaluationLimits.season)) (default 7 for daily, 52 for weekly, 12 for monthly, 4 for quarterly periods).",
            transform: WholeNumber.parse)
    var season: Int?

    @Option(help: "Central interval levels in percent, comma-separated (at most \(EvaluationLimits.levels.upperBound)).")
    var levels = "80,95"

    @Option(help: "Quantile levels for the pinball loss, comma-separated, at most \(EvaluationLimits.levels.upperBound) (default: 0.5 and the interval ends).")
    var quantiles: String?

    @Option(help: "Skip series shorter than this, \(EvaluationLimits.text(EvaluationLimits.minimumLength)) (default: h·windows + 2h for history, as the statsforecast peer script; horizon + step·(windows − 1) + 1 for scenarios).",
            transform: WholeNumber.parse)
    var minLength: Int?

    @Option(help: "Scenario seed, 0…2⁶⁴−1 (repeat for several, at most \(EvaluationLimits.grouped(EvaluationLimits.seeds.upperBound))); default: the file's seed.",
            transform: WholeNumber.seed)
    var seed: [UInt64] = []

    @Option(help: "Replications simulated per seed (scenarios), \(EvaluationLimits.text(EvaluationLimits.replications)), default 1; products × periods × seeds × replications at most \(EvaluationLimits.grouped(EvaluationLimits.simulatedProductPeriods)).",
            transform: WholeNumber.parse)
    var replications = 1

    @OptionGroup var threads: ThreadsOption
    @OptionGroup var out: OutputFolderOption

    @Option(help: "Series (unique_id) to draw forecast against actual in report.html, comma-separated (default: \(ShownSeries.sampleSize) sampled).")
    var show: String?

    @Option(help: "Forecaster the report's paired differences are measured from (default: the best by RMSSE).")
    var reference: String?

    @Flag(help: "Print every column of the ranking (default: the essential ones, within 120 characters).")
    var wide = false

    @OptionGroup var quiet: QuietOption

    func validate() throws {
        if history == nil && (products != nil || reading.isGiven) {
            throw ValidationError("--products, --frequency, --fill-gaps, --id-col, --time-col and --target-col apply to --history only")
        }
        if history != nil && (!seed.isEmpty || replications != 1) {
            throw ValidationError("--seed and --replications apply to scenarios only")
        }
        _ = try plannedOrigins()
        // The same checks as a baseline's, worded with the options' names; then the forecasters.
        do {
            let definition = try definition()
            let problems = definition.problems.map { problem in
                problem.field.flatMap { Self.options[$0] }.map { "\($0): \(problem.message)" } ?? problem.message
            }
            guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
            _ = try EvaluationSetup.choices(definition.forecasters ?? [])
        } catch let error as EvaluationSetupError {
            throw ValidationError(error.description)
        }
    }

    /// The option that sets each field of an ``EvaluationDefinition``.
    static let options = [
        "scenario": "SCENARIO", "history": "--history", "horizon": "--horizon", "windows": "--windows", "step": "--step",
        "season": "--season", "minimumLength": "--min-length", "replications": "--replications", "seeds": "--seed",
        "levels": "--levels", "quantiles": "--quantiles", "forecasters": "--forecasters",
        "columns": "--id-col, --time-col, --target-col",
    ]

    /// The evaluation the options describe.
    func definition() throws(ValidationError) -> EvaluationDefinition {
        let name = scenario.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            ?? history.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "evaluation"
        let choices = try Self.choiceTexts(forecasters)
        return EvaluationDefinition(
            name: name, scenario: scenario, history: history, products: products, frequency: reading.frequency,
            fillGaps: reading.fillGaps, columns: reading.columns,
            seeds: seed.isEmpty ? nil : seed, replications: scenario != nil ? replications : nil, horizon: horizon,
            windows: (try? plannedOrigins())?.count ?? windows ?? 0, step: step,
            season: season, minimumLength: minLength, levels: try Self.numbers(levels, option: "--levels"),
            quantiles: try quantiles.map { text throws(ValidationError) in try Self.numbers(text, option: "--quantiles") },
            forecasters: choices)
    }

    func run() async throws {
        var options = EvaluateWorkflow.Options(definition: try definition(), folder: out.out, threads: threads.count,
                                               provenance: Provenance(command: CommandLine.arguments))
        options.origins = try plannedOrigins()
        options.shownSeries = show.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        options.reference = reference
        let result = try await CommandFailure.wording {
            try await EventPrinter(quiet: quiet.quiet).showing { try await EvaluateWorkflow.run(options, events: $0) }
        }
        printResult(result)
    }
}

