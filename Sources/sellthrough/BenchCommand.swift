import ArgumentParser
import Backtest
import Foundation
import GSL
import Market
import Scenario

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

    @Option(help: "With --scenario: replications of the longer run that checks memory stays flat, \(OptionBounds.text(OptionBounds.benchReplications)) (default 5).",
            transform: WholeNumber.parse)
    var replications = 5

    @Option(help: "With --scenario: concurrent tasks of the parallel runs, \(OptionBounds.text(OptionBounds.threads)) (default: the number of cores).",
            transform: WholeNumber.parse)
    var threads: Int?

    func validate() throws {
        try OptionBounds.check(products, "--products", OptionBounds.benchProducts)
        try OptionBounds.check(periods, "--periods", OptionBounds.benchPeriods)
        try OptionBounds.check(repetitions, "--repeat", OptionBounds.benchRepeat)
        try OptionBounds.check(replications, "--replications", OptionBounds.benchReplications)
        try OptionBounds.check(threads, "--threads", OptionBounds.threads)
    }

    func run() async throws {
        if let scenario {
            try await benchmarkClosedLoop(scenario)
            return
        }
        let model = SyntheticCatalogue.model(products: products, periods: periods)
        var setUpSeconds = Double.infinity
        var simulateSeconds = Double.infinity
        var totals = DemandTotals(productCount: products)
        for _ in 0..<repetitions {
            var channel = DemandTotals(productCount: products)
            let started = Clock.seconds()
            let market = try MarketSimulation(model: model, seed: seed)
            let built = Clock.seconds()
            market.run(&channel)
            let finished = Clock.seconds()
            setUpSeconds = min(setUpSeconds, built - started)
            simulateSeconds = min(simulateSeconds, finished - built)
            totals = channel
        }

        // GSL alone: the same number of draws, at each product's mean expected demand.
        let batches = totals.batches
        let stream = try RandomStream(seed: UInt(truncatingIfNeeded: seed) | 1)
        var bareSeconds = Double.infinity
        var bareSum = 0
        for _ in 0..<repetitions {
            let started = Clock.seconds()
            bareSum = BareDraws.poissonSum(batches, stream: stream)
            bareSeconds = min(bareSeconds, Clock.seconds() - started)
        }

        let draws = Double(totals.productPeriods)
        let simulatorRate = draws / simulateSeconds
        let bareRate = draws / bareSeconds
        print("""
            market simulator benchmark: \(products) products × \(periods) daily periods
              live product-periods      \(totals.productPeriods)
              mean expected demand      \(String(format: "%.3f", totals.expectedSum / draws)) units per product-period
              market set-up             \(String(format: "%.3f", setUpSeconds)) s (event index, season tables, \(products) mt19937 streams)
              simulator                 \(String(format: "%.3f", simulateSeconds)) s = \(String(format: "%.2f", simulatorRate / 1e6)) M product-periods/s
              GSL gsl_ran_poisson alone \(String(format: "%.3f", bareSeconds)) s = \(String(format: "%.2f", bareRate / 1e6)) M draws/s
              ratio simulator / GSL     \(String(format: "%.2f", simulatorRate / bareRate)) (target ≥ 0.50)
              demand drawn (simulator / GSL) \(totals.demandSum) / \(bareSum)
              peak memory (max RSS)     \(String(format: "%.1f", Clock.maxResidentMegabytes())) MB
            """)
    }
}

extension BenchCommand {
    /// The closed loop on a scenario, summary only, no oracle: product-periods per second on one
    /// thread and on `threads`, the parallel speed-up, and peak memory after one replication and
    /// after `replications` more (it must stay flat: statistics are folded in as they come).
    func benchmarkClosedLoop(_ file: String) async throws {
        let spec: ScenarioSpec
        let plan: BacktestPlan
        do {
            spec = try ScenarioSpec.load(contentsOf: file)
            plan = try spec.backtestPlan(replications: 1, runsOracle: false)
        } catch {
            throw CommandFailure(.invalidInput, error)
        }
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let model = plan.blueprint.model
        let livePeriods = model.products.indices.reduce(0) { $0 + model.livePeriods(of: $1).count }
        let productPeriods = Double(livePeriods * plan.strategies.count)
        /// The fastest of `repetitions` runs of `plan` on `width` tasks, in seconds.
        func fastest(_ plan: BacktestPlan, width: Int) async throws -> Double {
            var best = Double.infinity
            for _ in 0..<repetitions {
                var sink = SummaryOnly()
                let started = Clock.seconds()
                _ = try await Backtester.run(plan, threads: width, into: &sink)
                best = min(best, Clock.seconds() - started)
            }
            return best
        }
        var pair = plan
        pair.replications = max(2, threads)
        let serial = try await fastest(pair, width: 1)
        let parallel = try await fastest(pair, width: threads)
        let memoryAfterFew = Clock.maxResidentMegabytes()
        var longer = plan
        longer.replications = replications
        var sink = SummaryOnly()
        let started = Clock.seconds()
        _ = try await Backtester.run(longer, threads: threads, into: &sink)
        let longerSeconds = Clock.seconds() - started
        func rate(_ seconds: Double, _ count: Int) -> String {
            String(format: "%.3f s = %.2f M product-periods/s", seconds, productPeriods * Double(count) / seconds / 1e6)
        }
        print("""
            closed-loop benchmark: \(spec.name), \(model.products.count) products × \(model.calendar.periods) periods, \
            \(plan.strategies.count) strateg\(plan.strategies.count == 1 ? "y" : "ies"), summary only, no oracle
              product-periods per replication    \(Int(productPeriods))
              \(pair.replications) replications, 1 thread         \(rate(serial, pair.replications)) (best of \(repetitions))
              \(pair.replications) replications, \(threads) threads        \(rate(parallel, pair.replications)) (best of \(repetitions))
              parallel speed-up                  \(String(format: "%.2f", serial / parallel))× on \(threads) threads (target ≥ 1.8 on 2)
              \(replications) replications, \(threads) threads      \(rate(longerSeconds, replications))
              peak memory after \(pair.replications) replications   \(String(format: "%.1f", memoryAfterFew)) MB
              peak memory after \(replications) more        \(String(format: "%.1f", Clock.maxResidentMegabytes())) MB (target < 1024)
            """)
    }
}

/// Keeps nothing: the benchmark measures the loop and its summary only.
private struct SummaryOnly: BacktestSink {
    mutating func record(_ outcome: ProductOutcome) {}
}

/// Counts what the simulator produced, per product, selling everything.
private struct DemandTotals: DemandChannel {
    var expectedByProduct: [Double]
    var periodsByProduct: [Int]
    var demandSum = 0
    var expectedSum = 0.0
    var productPeriods = 0

    init(productCount: Int) {
        expectedByProduct = Array(repeating: 0, count: productCount)
        periodsByProduct = Array(repeating: 0, count: productCount)
    }

    mutating func fulfil(_ observation: DemandObservation) -> Int {
        expectedByProduct[observation.product] += observation.expected
        periodsByProduct[observation.product] += 1
        expectedSum += observation.expected
        demandSum += observation.demand
        productPeriods += 1
        return observation.demand
    }

    var batches: [(mean: Double, count: Int)] {
        zip(expectedByProduct, periodsByProduct).compactMap { sum, count in
            count > 0 ? (mean: sum / Double(count), count: count) : nil
        }
    }
}

/// Wall-clock time and memory figures for benchmarks.
enum Clock {
    static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process, in MB (Linux reports ru_maxrss in kB).
    static func maxResidentMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / (1024 * 1024) // bytes on Darwin
        #endif
    }
}
