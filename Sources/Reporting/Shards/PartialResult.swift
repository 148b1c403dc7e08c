import Backtest
import Foundation
import Market

/// What a shard writes instead of a summary (slice i of N of the replications): `partial.json`
/// (this), `replications.csv` (every replication's catalogue figures, exactly), the shard's rows
/// of `metrics.csv` and `trace.csv`, and the resolved `scenario.yaml`. `sellthrough merge`
/// folds the replications of all shards in order, which gives the single run's summary bit
/// for bit, concatenates the rows, and computes the replication the report shows again from
/// `scenario.yaml`.
public struct PartialResult: Codable, Sendable, Hashable {
    /// The format of partial folders; a merge refuses any other.
    public static let currentFormat = "sellthrough-partial/3"
    public static let fileName = "partial.json"

    public var format: String
    /// The sellthrough version that wrote it; a merge refuses to mix versions.
    public var version: String
    public var scenario: String
    /// FNV-1a digest of the resolved scenario (`scenario.yaml`), hex: shards of different
    /// scenarios, or of the same file edited between shards, do not merge.
    public var scenarioDigest: String
    public var seed: UInt64
    public var generator: String
    /// The catalogue's size and calendar, for the merged summary.
    public var products: Int
    public var periods: Int
    public var periodLength: String
    /// Replications of the whole run, over all shards.
    public var replications: Int
    public var shard: Shard
    /// The strategies, in plan order, and the baseline's index among them.
    public var strategies: [String]
    /// Per strategy, how many products it manages when not all (null).
    public var managedProducts: [Int?]
    /// Per strategy, whether it manages other products than the baseline, so that
    /// `replications.csv` holds its figures and the baseline's on the products both manage.
    public var comparedOnSharedProducts: [Bool]
    public var baseline: Int
    public var runsOracle: Bool
    public var commonRandomNumbers: Bool
    /// Whether the shard wrote `metrics.csv` / `trace.csv`.
    public var hasMetrics: Bool
    public var hasTrace: Bool
    /// The scenario's validation warnings, for the merged summary (``BacktestReport/warnings``);
    /// absent when none.
    public var warnings: [String]?
    /// The replication the report follows, when the user chose one; nil: the typical one.
    public var shownReplication: Int?

    public init(version: String, scenario: String, scenarioYAML: String, seed: UInt64, generator: String,
                model: MarketModel, replications: Int, shard: Shard, strategies: [String], managedProducts: [Int?], comparedOnSharedProducts: [Bool], baseline: Int, runsOracle: Bool,
                commonRandomNumbers: Bool, hasMetrics: Bool, hasTrace: Bool, shownReplication: Int? = nil,
                warnings: [String] = []) {
        format = Self.currentFormat
        self.version = version
        self.scenario = scenario
        scenarioDigest = Self.digest(scenarioYAML)
        self.seed = seed
        self.generator = generator
        products = model.products.count
        periods = model.calendar.periods
        periodLength = model.calendar.length.rawValue
        self.replications = replications
        self.shard = shard
        self.strategies = strategies
        self.managedProducts = managedProducts
        self.comparedOnSharedProducts = comparedOnSharedProducts
        self.baseline = baseline
        self.runsOracle = runsOracle
        self.commonRandomNumbers = commonRandomNumbers
        self.hasMetrics = hasMetrics
        self.hasTrace = hasTrace
        self.shownReplication = shownReplication
        self.warnings = warnings.isEmpty ? nil : warnings
    }

    /// The replications this shard ran.
    public var replicationRange: Range<Int> { shard.replications(of: replications) }

    /// 64-bit FNV-1a of the text's UTF-8 bytes, as 16 hex digits.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
