import ArgumentParser
import Censoring
import Foundation
import Spelling
import Workflows

/// `sellthrough bench`: how fast the market simulator runs compared with GSL drawing the same
/// number of Poisson variates on its own.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the market simulator against GSL's bare Poisson draw rate.",
        discussion: """
            Simulates a synthetic catalogue (Bass and phase lifecycles, weekly and yearly \
            seasonality, promotions with dips, spikes; Poisson, negative binomial and \
            zero-inflated noise) and then draws the same number of Poisson variates with \
            gsl_ran_poisson alone, at each product's mean expected demand. Each timing is the best \
            of --repeat runs. Build with -c release for meaningful figures.
            """)

    @Option(help: "Number of products, \(OptionBounds.text(OptionBounds.benchProducts)) (default 10,000).", transform: WholeNumber.parse)
    var products = 10_000

    @Option(help: "Number of daily periods, \(OptionBounds.text(OptionBounds.benchPeriods)) (default 730).", transform: WholeNumber.parse)
    var periods = 730

    @Option(help: "Scenario seed for the demand streams, 0…2⁶⁴−1 (default 1).", transform: WholeNumber.seed)
    var seed: UInt64 = 1

    @Option(name: .customLong("repeat"), help: "Runs of each measurement, \(OptionBounds.text(OptionBounds.benchRepeat)) (default 3); the fastest counts.",
            transform: WholeNumber.parse)
    var repetitions = 3

    @Option(help: "Benchmark the closed loop on this scenario instead (e.g. Scenarios/bench-s-S.yaml).")
    var scenario: String?

    @Option(help: "Score the censored-demand estimators on this scenario instead (e.g. Scenarios/censoring-smooth.yaml): bias and MAE against the true demand.")
    var censoring: String?

    @Option(help: "With --censoring: the strategy whose stock censors the sales, as the run table names it (default: the scenario's first).")
    var strategy: String?

    @Option(help: "With --censoring: the estimators scored, comma-separated (default all: \(CensoringEstimator.allCases.map(\.rawValue).joined(separator: ","))).",
            transform: BenchCommand.estimators)
    var estimators: [CensoringEstimator] = CensoringEstimator.allCases

    @Flag(help: "With --censoring: also score the settings the estimators' defaults were chosen from.")
    var variants = false

    @Option(help: "With --scenario: replications of the longer run that checks memory stays flat; with --censoring: replications scored; \(OptionBounds.text(OptionBounds.benchReplications)) (default 5).",
            transform: WholeNumber.parse)
    var replications = 5

    /// Not ``ThreadsOption``: here the results are timings, and the width is what they measure.
    @Option(help: "With --scenario: concurrent tasks of the parallel runs, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores).",
            transform: WholeNumber.parse)
    var threads: Int?

    func validate() throws {
        try OptionBounds.check(products, "--products", OptionBounds.benchProducts)
        try OptionBounds.check(periods, "--periods", OptionBounds.benchPeriods)
        try OptionBounds.check(repetitions, "--repeat", OptionBounds.benchRepeat)
        try OptionBounds.check(replications, "--replications", OptionBounds.benchReplications)
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
        if censoring != nil, scenario != nil {
            throw ValidationError("--censoring and --scenario are different benchmarks; give one")
        }
        if (strategy != nil || variants), censoring == nil {
            throw ValidationError("--strategy and --variants belong to --censoring; give --censoring SCENARIO too")
        }
    }

    func run() async throws {
        if let censoring {
            let options = CensoringBenchmark.Options(scenarioFile: censoring, strategy: strategy, replications: replications,
                                                     estimators: estimators, variants: variants)
            Self.printCensoring(try await CommandFailure.wording { try await CensoringBenchmark.run(options) })
        } else if let scenario {
            let options = ClosedLoopBenchmark.Options(scenarioFile: scenario, repetitions: repetitions, replications: replications,
                                                      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
            Self.printClosedLoop(try await CommandFailure.wording { try await ClosedLoopBenchmark.run(options) })
        } else {
            let options = MarketBenchmark.Options(products: products, periods: periods, seed: seed, repetitions: repetitions)
            Self.printMarket(try await CommandFailure.wording { try MarketBenchmark.run(options) })
        }
    }

    static func printMarket(_ result: MarketBenchmark.Result) {
        let options = result.options
        print("""
            market simulator benchmark: \(options.products) products × \(options.periods) daily periods
              live product-periods      \(result.productPeriods)
              mean expected demand      \(String(format: "%.3f", result.expectedDemand / Double(result.productPeriods))) units per product-period
              market set-up             \(String(format: "%.3f", result.setUpSeconds)) s (event index, season tables, \(options.products) mt19937 streams)
              simulator                 \(String(format: "%.3f", result.simulatorSeconds)) s = \(String(format: "%.2f", result.simulatorRate / 1e6)) M product-periods/s
              GSL gsl_ran_poisson alone \(String(format: "%.3f", result.bareSeconds)) s = \(String(format: "%.2f", result.bareRate / 1e6)) M draws/s
              ratio simulator / GSL     \(String(format: "%.2f", result.simulatorRate / result.bareRate)) (target ≥ 0.50)
              demand drawn (simulator / GSL) \(result.simulatedDemand) / \(result.bareDemand)
              draws at a mean of 10⁷   \(String(format: "%.1f", result.hugeMeanMicroseconds)) µs per draw (Poisson and negative binomial; mean drawn \(String(format: "%.0f", result.hugeMeanDrawn)))
              peak memory (max RSS)     \(String(format: "%.1f", result.peakMegabytes)) MB
            """)
    }

    static func printClosedLoop(_ result: ClosedLoopBenchmark.Result) {
        let (threads, replications, repetitions, pair) = (result.options.threads, result.options.replications, result.options.repetitions,
                                                          result.pairReplications)
        func rate(_ seconds: Double, _ count: Int) -> String {
            String(format: "%.3f s = %.2f M product-periods/s", seconds, result.rate(seconds, replications: count) / 1e6)
        }
        print("""
            closed-loop benchmark: \(result.scenario), \(result.products) products × \(result.periods) periods, \
            \(result.strategies) strateg\(result.strategies == 1 ? "y" : "ies"), summary only, no oracle
              product-periods per replication    \(result.productPeriods)
              \(pair) replications, 1 thread         \(rate(result.serialSeconds, pair)) (best of \(repetitions))
              \(pair) replications, \(threads) threads        \(rate(result.parallelSeconds, pair)) (best of \(repetitions))
              parallel speed-up                  \(String(format: "%.2f", result.serialSeconds / result.parallelSeconds))× on \(threads) threads (target ≥ 1.8 on 2)
              \(replications) replications, \(threads) threads      \(rate(result.longerSeconds, replications))
              peak memory after \(pair) replications   \(String(format: "%.1f", result.peakMegabytesAfterPair)) MB
              peak memory after \(replications) more        \(String(format: "%.1f", result.peakMegabytesAfterLonger)) MB (target < 1024)
            """)
    }

    /// `--estimators a,b`: censoring estimators by name.
    static func estimators(_ text: String) throws -> [CensoringEstimator] {
        let names = CensoringEstimator.allCases.map(\.rawValue)
        guard !text.split(separator: ",").isEmpty else {
            throw ValidationError("name at least one censoring estimator: \(names.joined(separator: ", "))")
        }
        return try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let estimator = CensoringEstimator(rawValue: name) else {
                let hint = Suggestion.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
                throw ValidationError("no censoring estimator is called '\(name)'\(hint); they are \(names.joined(separator: ", "))")
            }
            return estimator
        }
    }

    static func printCensoring(_ result: CensoringBenchmark.Result) {
        let share = result.periods > 0 ? 100 * Double(result.censoredPeriods) / Double(result.periods) : 0
        let plural = result.replications == 1 ? "" : "s"
        print("censoring benchmark: \(result.scenario), strategy \(result.strategy), \(result.replications) replication\(plural), "
              + "\(result.series) series, \(result.periods) product-periods, \(result.censoredPeriods) censored (\(String(format: "%.1f", share))%)")
        print("")
        print("| estimator | bias, all periods | bias, censored periods | MAE per period | MAE per censored period | seconds |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for score in result.scores {
            print("| \(score.name) | \(String(format: "%+.2f%%", 100 * score.bias)) | \(String(format: "%+.2f%%", 100 * score.censoredBias)) | "
                  + "\(String(format: "%.2f", score.meanAbsoluteError)) | \(String(format: "%.2f", score.censoredMeanAbsoluteError)) | "
                  + "\(String(format: "%.2f", score.seconds)) |")
        }
        let notes = result.scores.flatMap { score in
            CensoringNote.allCases.compactMap { note in score.notes[note].map { "\(score.name): \(note.rawValue) on \($0) series" } }
        }
        if !notes.isEmpty { print("\nnotes: " + notes.joined(separator: "; ")) }
    }
}
