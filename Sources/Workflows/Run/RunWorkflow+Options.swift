import Backtest
import Foundation
import Reporting

extension RunWorkflow {
    /// What to backtest and where to write it.
    public struct Options: Sendable {
        /// Scenario file (YAML) with a strategies section.
        public var scenarioFile: String
        /// Overrides the scenario's replications (≥ 1).
        public var replications: Int?
        /// Overrides the scenario's seed.
        public var seed: UInt64?
        /// Runs the perfect-foresight oracle (regret figures).
        public var runsOracle = true
        /// Every strategy faces the same market in a replication; false only to measure what
        /// common random numbers save.
        public var commonRandomNumbers = true
        /// The strategy the others are compared with, as typed (``StrategyNames``); nil: the first.
        public var baseline: String?
        /// Run only this slice of the replications and write a partial result for a merge.
        public var shard: Shard?
        /// Write `metrics.csv` (one row per strategy × product × replication × phase × metric).
        public var writesMetrics = true
        /// Write `trace.csv` (every period of every strategy; large).
        public var writesTrace = false
        /// The replication the report follows (0-based); nil: the typical one.
        public var shownReplication: Int?
        /// The folder to create (it must not exist); nil: ``ResultsLocation/defaultFolder(name:label:at:)``.
        public var folder: String?
        /// Concurrent tasks (≥ 1); results do not depend on it.
        public var threads: Int
        public var provenance: Provenance

        public init(scenarioFile: String, folder: String? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                    provenance: Provenance) {
            self.scenarioFile = scenarioFile
            self.folder = folder
            self.threads = threads
            self.provenance = provenance
        }
    }

    /// What was run and written.
    public struct Result {
        public var scenario: String
        public var products: Int
        /// Periods of the calendar, and their length ("day", "week", "month", "quarter").
        public var periods: Int
        public var periodLength: String
        /// The first periods that only warmed forecasters up (a history replay's warm-up); 0 when none.
        public var warmUp: Int
        public var seed: UInt64
        /// Replications of the whole run.
        public var replications: Int
        /// Replications this run ran: all of them, or its shard's.
        public var ran: Range<Int>
        public var shard: Shard?
        public var strategies: Int
        /// The ranked comparison; nil for a shard, whose partial result waits for a merge.
        public var report: BacktestReport?
        public var files: WrittenFiles
    }
}
