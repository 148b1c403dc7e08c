import Backtest
import Foundation
import Scenario

/// The closed loop on a scenario, summary only, no oracle: product-periods per second on one
/// thread and on several, the parallel speed-up, and peak memory after a few replications and
/// after a longer run (it must stay flat: statistics are folded in as they come).
public enum ClosedLoopBenchmark {
    public struct Options: Sendable {
        public var scenarioFile: String
        /// Runs of each timed measurement; the fastest counts (≥ 1).
        public var repetitions: Int
        /// Replications of the longer run that checks memory stays flat (≥ 1).
        public var replications: Int
        /// Concurrent tasks of the parallel runs (≥ 1).
        public var threads: Int

        public init(scenarioFile: String, repetitions: Int = 3, replications: Int = 5,
                    threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.scenarioFile = scenarioFile
            self.repetitions = repetitions
            self.replications = replications
            self.threads = threads
        }
    }

    /// The measurements; seconds are wall-clock.
    public struct Result: Sendable {
        public var options: Options
        public var scenario: String
        public var products: Int
        public var periods: Int
        public var strategies: Int
        /// Live product-periods of one replication, over every strategy.
        public var productPeriods: Int
        /// Replications of the timed pair of runs: at least 2, at least the thread count.
        public var pairReplications: Int
        /// The fastest pair run on one thread, and on ``Options/threads``.
        public var serialSeconds: Double
        public var parallelSeconds: Double
        /// The longer run, on ``Options/threads``.
        public var longerSeconds: Double
        /// Peak resident memory after the timed runs and after the longer one, in MB.
        public var peakMegabytesAfterPair: Double
        public var peakMegabytesAfterLonger: Double

        /// Product-periods per second of a run of `replications` replications in `seconds`.
        public func rate(_ seconds: Double, replications: Int) -> Double {
            Double(productPeriods) * Double(replications) / seconds
        }
    }

    public static func run(_ options: Options) async throws(WorkflowError) -> Result {
        let (spec, plan) = try WorkflowError.reading {
            let spec = try ScenarioSpec.load(contentsOf: options.scenarioFile)
            return (spec, try spec.backtestPlan(replications: 1, runsOracle: false))
        }
        let model = plan.blueprint.model
        let livePeriods = model.products.indices.reduce(0) { $0 + model.livePeriods(of: $1).count }
        var pair = plan
        pair.replications = max(2, options.threads)
        var longer = plan
        longer.replications = options.replications
        do {
            let serial = try await fastest(pair, width: 1, repetitions: options.repetitions)
            let parallel = try await fastest(pair, width: options.threads, repetitions: options.repetitions)
            let afterPair = BenchmarkClock.maxResidentMegabytes()
            let longerSeconds = try await timed(longer, width: options.threads)
            return Result(options: options, scenario: spec.name, products: model.products.count, periods: model.calendar.periods,
                          strategies: plan.strategies.count, productPeriods: livePeriods * plan.strategies.count,
                          pairReplications: pair.replications, serialSeconds: serial, parallelSeconds: parallel,
                          longerSeconds: longerSeconds, peakMegabytesAfterPair: afterPair,
                          peakMegabytesAfterLonger: BenchmarkClock.maxResidentMegabytes())
        } catch {
            throw .input(error)
        }
    }

    /// The fastest of `repetitions` runs of `plan` on `width` tasks, in seconds.
    private static func fastest(_ plan: BacktestPlan, width: Int, repetitions: Int) async throws -> Double {
        var best = Double.infinity
        for _ in 0..<repetitions {
            best = min(best, try await timed(plan, width: width))
        }
        return best
    }

    /// Seconds of one run of `plan` on `width` tasks, keeping nothing but the summary.
    private static func timed(_ plan: BacktestPlan, width: Int) async throws -> Double {
        var sink = SummaryOnly()
        let started = BenchmarkClock.seconds()
        _ = try await Backtester.run(plan, threads: width, into: &sink)
        return BenchmarkClock.seconds() - started
    }
}

/// Keeps nothing: the benchmark measures the loop and its summary only.
private struct SummaryOnly: BacktestSink {
    mutating func record(_ outcome: ProductOutcome) {}
}
