import ArgumentParser
import Evaluation
import Forecasting
import Foundation
import Reporting
import Scenario

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
            history's first sale), end-K K periods before its end. At every cutoff each forecaster \
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
            long-format CSV: unique_id, ds, y[, price, promo, stockout]. \(ExitStatus.helpText)
            """)

    @Argument(help: "Scenario file (YAML) whose market to simulate; or give --history.")
    var scenario: String?

    @Option(help: "Sales history, long-format CSV (unique_id, ds, y[, price, promo, stockout]).")
    var history: String?

    @Option(help: "Product file for analog profiles (unique_id[, category, description]); history only.")
    var products: String?

    @Option(help: "History frequency: daily or weekly (default: inferred from the dates).")
    var frequency: SeriesFrequency?

    @Option(help: "Periods forecast at each cutoff, \(EvaluationLimits.text(EvaluationLimits.horizon)).", transform: WholeNumber.parse)
    var horizon: Int

    @Option(help: "Number of cutoffs (windows), \(EvaluationLimits.text(EvaluationLimits.windows)), counted back from the end of each series; or give --origins.",
            transform: WholeNumber.parse)
    var windows: Int?

    @Option(help: "Periods between cutoffs, \(EvaluationLimits.text(EvaluationLimits.step)) (default: the horizon).",
            transform: WholeNumber.parse)
    var step: Int?

    @Option(help: "Forecast origins instead of --windows: launch+K (K periods after each series' launch) or end-K (K periods before its end), comma-separated, e.g. launch+4,launch+8,launch+12.")
    var origins: String?

    @Option(help: "Forecasters, comma-separated, in quotes when they hold parentheses (e.g. 'ses,ma(window=4),blend=median(ses,tsb)'); default: every catalogue entry.")
    var forecasters: String?

    @Option(help: "Season length given to forecasters, \(EvaluationLimits.text(EvaluationLimits.season)) (default 7 for daily, 52 for weekly periods).",
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

    @Option(help: "Concurrent evaluation tasks, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores; results do not depend on it).",
            transform: WholeNumber.parse)
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output folder (must not exist); default Results/runs/<name>/<run-id>.")
    var out: String?

    @Option(help: "Series (unique_id) to draw forecast against actual in report.html, comma-separated (default: \(ShownSeries.sampleSize) sampled).")
    var show: String?

    @Option(help: "Forecaster the report's paired differences are measured from (default: the best by RMSSE).")
    var reference: String?

    @Flag(help: "Print every column of the ranking (default: the essential ones, within 120 characters).")
    var wide = false

    @Flag(help: "No progress bar (it is drawn only when standard error is a terminal).")
    var quiet = false

    func validate() throws {
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
        if history == nil && (products != nil || frequency != nil) {
            throw ValidationError("--products and --frequency apply to --history only")
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
    ]

    /// The evaluation the options describe.
    func definition() throws(EvaluationSetupError) -> EvaluationDefinition {
        let name = scenario.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            ?? history.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "evaluation"
        let choices = try EvaluationSetup.choiceTexts(forecasters)
        return EvaluationDefinition(
            name: name, scenario: scenario, history: history, products: products, frequency: frequency,
            seeds: seed.isEmpty ? nil : seed, replications: scenario != nil ? replications : nil, horizon: horizon,
            windows: (try? plannedOrigins())?.count ?? windows ?? 0, step: step,
            season: season, minimumLength: minLength, levels: try EvaluationSetup.numbers(levels, option: "--levels"),
            quantiles: try quantiles.map { text throws(EvaluationSetupError) in try EvaluationSetup.numbers(text, option: "--quantiles") },
            forecasters: choices)
    }

    func run() async throws {
        let started = Date()
        let prepared: PreparedEvaluation
        // A horizon below 1 is refused by the definition's own checks, before any plan is used.
        let plan = try plannedOrigins().flatMap { horizon >= 1 ? WindowPlan(horizon: horizon, origins: $0, minimumLength: minLength) : nil }
        do {
            prepared = try EvaluationSetup.prepare(definition(), plan: plan)
        } catch {
            // What the options ask cannot be done on this input (too much to simulate): the command line's.
            throw CommandFailure(error.concernsDefinition ? .commandLine : .invalidInput, lines: error.lines)
        }
        let shown = try shownSeries(prepared)
        try checkReference(prepared)
        let loaded = Date()
        let progress = ProgressBar(total: prepared.series.count, label: "series", quiet: quiet)
        let outcome = await prepared.run(threads: threads, progress: progress.update)
        progress.finish()
        try finish(prepared, outcome: outcome, shown: shown, started: started, loaded: loaded, evaluated: Date())
    }
}

extension SeriesFrequency: ExpressibleByArgument {}

/// An evaluation that cannot be set up: bad options, an unreadable or invalid source, unknown
/// forecasters. The message says what to fix.
struct EvaluationSetupError: Error, CustomStringConvertible {
    /// The lines that say what is wrong, worded by ``Diagnostics``.
    var lines: [String]
    /// Whether the definition (options, or a baseline's evaluation) asks what cannot be done,
    /// rather than an input being unreadable or invalid.
    var concernsDefinition: Bool

    init(description: String, concernsDefinition: Bool = true) {
        lines = Diagnostics.errorLines(description)
        self.concernsDefinition = concernsDefinition
    }

    init(input error: any Error) {
        lines = Diagnostics.lines(for: error)
        concernsDefinition = false
    }

    var description: String { lines.joined(separator: "\n") }
}

/// An evaluation ready to run: its series on one calendar and the forecasters.
struct PreparedEvaluation {
    var definition: EvaluationDefinition
    /// "history weekly_demand.csv", "scenario quickstart (seed 42, 1 replication)".
    var title: String
    var calendar: SeriesCalendar
    var series: [EvaluationSeries]
    var evaluation: RollingOriginEvaluation
    var season: Int

    func run(threads: Int, progress: (Int) -> Void = { _ in }) async -> EvaluationOutcome {
        await EvaluationOutcome.run(evaluation, on: series, calendar: calendar, threads: threads, progress: progress)
    }

    func manifest(outcome: EvaluationOutcome, threads: Int, startedAt: Date, seconds: [String: Double],
                  shown: ShownChoice? = nil, reference: String? = nil) -> EvaluationManifest {
        EvaluationManifest(
            tool: "sellthrough", version: Sellthrough.version, command: CommandLine.arguments,
            sourceKind: definition.scenario != nil ? "scenario" : "history",
            source: definition.scenario ?? definition.history ?? "", title: title, seeds: definition.seeds,
            replications: definition.scenario != nil ? (definition.replications ?? 1) : nil,
            frequency: calendar.frequency.rawValue, horizon: outcome.plan.horizon, windows: outcome.plan.windows,
            step: outcome.plan.step, minimumLength: outcome.plan.minimumLength, season: season,
            levels: outcome.questions.levels, quantiles: outcome.questions.quantiles, forecasters: outcome.labels,
            series: outcome.series.count, evaluatedSeries: outcome.evaluatedSeries, threads: threads,
            startedAt: startedAt, seconds: seconds, forecasterSeconds: Dictionary(uniqueKeysWithValues: zip(outcome.labels, outcome.forecasterSeconds)),
            origins: outcome.plan.originLabels, explicitOrigins: outcome.plan.isExplicit, census: outcome.census,
            shownSeries: shown.map { $0.indices.map { outcome.series[$0].id } }, shownChosen: shown?.chosen, reference: reference)
    }
}

/// Turns an ``EvaluationDefinition`` (from the command line or a baseline) into a
/// ``PreparedEvaluation``, checking everything before anything runs.
enum EvaluationSetup {
    /// - Parameter plan: the windows, when not the definition's trailing ones (explicit origins).
    static func prepare(_ definition: EvaluationDefinition, plan: WindowPlan? = nil) throws(EvaluationSetupError) -> PreparedEvaluation {
        if let problem = definition.problems.first { throw EvaluationSetupError(description: problem.message) }
        let choices = try self.choices(definition.forecasters ?? [])
        let evaluation = RollingOriginEvaluation(plan: plan ?? definition.plan, questions: definition.questions, choices: choices)
        do {
            if let path = definition.scenario {
                let spec = try ScenarioLoading.load(path)
                let seeds = definition.seeds ?? [spec.seed]
                let replications = definition.replications ?? 1
                try checkSimulatedSize(spec, seeds: seeds.count, replications: replications)
                let season = definition.season ?? spec.seasonLength
                let series = try spec.evaluationSeries(seeds: seeds, replications: replications, season: season)
                let runs = seeds.map(String.init).joined(separator: ",")
                return PreparedEvaluation(
                    definition: definition,
                    title: "scenario \(spec.name) (seed \(runs), \(replications) replication\(replications == 1 ? "" : "s"))",
                    calendar: spec.evaluationCalendar, series: series, evaluation: evaluation, season: season)
            }
            let path = definition.history ?? ""
            let history = try HistoryImport.read(path: path, frequency: definition.frequency)
            let profiles = try definition.products.map { file throws(InputFileError) in try ProductCatalogueImport.read(path: file) }
            let season = definition.season ?? history.calendar.frequency.defaultSeason
            return PreparedEvaluation(
                definition: definition, title: "history \(URL(fileURLWithPath: path).lastPathComponent)",
                calendar: history.calendar, series: history.evaluationSeries(season: season, products: profiles),
                evaluation: evaluation, season: season)
        } catch let error as EvaluationSetupError {
            throw error
        } catch {
            throw EvaluationSetupError(input: error)
        }
    }

    /// Refuses a scenario evaluation that would simulate more than
    /// ``EvaluationLimits/simulatedProductPeriods`` product-periods.
    static func checkSimulatedSize(_ spec: ScenarioSpec, seeds: Int, replications: Int) throws(EvaluationSetupError) {
        let perRun = spec.catalogue.count.multipliedReportingOverflow(by: spec.calendar.periods)
        let runs = seeds * replications
        let total = perRun.partialValue.multipliedReportingOverflow(by: runs)
        guard perRun.overflow || total.overflow || total.partialValue > EvaluationLimits.simulatedProductPeriods else { return }
        let size = total.overflow || perRun.overflow ? "more than 2⁶³" : EvaluationLimits.grouped(total.partialValue)
        throw EvaluationSetupError(description:
            "\(spec.name): \(spec.catalogue.count) products × \(spec.calendar.periods) periods × \(seeds) seed(s) × "
            + "\(replications) replication(s) is \(size) product-periods to simulate; at most "
            + "\(EvaluationLimits.grouped(EvaluationLimits.simulatedProductPeriods)): give fewer seeds or replications")
    }

    /// The forecaster choices, checked: known entries, valid settings, distinct labels.
    static func choices(_ texts: [String]) throws(EvaluationSetupError) -> [ForecasterChoice] {
        var choices: [ForecasterChoice] = []
        var problems: [String] = []
        for text in texts {
            do {
                let choice = try ForecasterChoice(text: text)
                problems += choice.problems.map(\.suggestingDescription)
                choices.append(choice)
            } catch {
                problems.append(error.suggestingDescription)
            }
        }
        var seen = Set<String>()
        for label in choices.map(\.label) where !seen.insert(label).inserted {
            problems.append("forecaster '\(label)' is named twice; give each forecaster once (or name ensembles differently)")
        }
        guard problems.isEmpty else { throw EvaluationSetupError(description: problems.joined(separator: "\n")) }
        return choices
    }

    /// The `--forecasters` list split into choice texts; every catalogue entry when nil.
    static func choiceTexts(_ list: String?) throws(EvaluationSetupError) -> [String] {
        guard let list else { return ForecasterCatalogue.names }
        do {
            return try ForecasterChoice.list(text: list).map(\.text)
        } catch {
            throw EvaluationSetupError(description: "--forecasters: \(error.suggestingDescription)")
        }
    }

    /// Comma-separated numbers.
    static func numbers(_ text: String, option: String) throws(EvaluationSetupError) -> [Double] {
        var values: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw EvaluationSetupError(description: "\(option): '\(trimmed)' is not a number (write e.g. \(option == "--levels" ? "80,95" : "0.1,0.5,0.9"))")
            }
            values.append(value)
        }
        return values
    }
}

extension ForecasterChoice {
    /// The text form that parses back to this choice.
    var text: String {
        switch self {
        case .model:
            return label
        case let .ensemble(name, rule, members):
            return "\(name)=\(rule.rawValue)(\(members.map(\.text).joined(separator: ",")))"
        }
    }
}
