import Foundation

/// What `report.html` is drawn from besides `summary.json`, kept in the run folder as
/// `report-data.json` so that `sellthrough report RUN_DIR` can draw the page again from the
/// folder alone: the scenario's outline and, for replication ``tracedReplication`` only, every
/// live period of the first ``productLimit`` products under every strategy that manages them.
///
/// Invariants: `products` holds at most ``productLimit`` products, in catalogue order, starting
/// with the first; each product's traces are in plan order of the strategies. A folder's
/// `report-data.json` is read only by the sellthrough version that wrote it (``version``) and
/// only in its ``format``.
public struct ReportData: Codable, Sendable, Equatable {
    /// The file's name in a run folder.
    public static let fileName = "report-data.json"
    /// The format this version writes and reads.
    public static let currentFormat = "sellthrough-report-data/1"
    /// The most products whose periods are kept: beyond a dozen the page would be too long to read.
    public static let productLimit = 12
    /// The replication whose periods are kept (every run has it; with shards, shard 0 does).
    public static let tracedReplication = 0

    public var format: String
    /// The sellthrough version that wrote it.
    public var version: String
    public var scenario: ScenarioOverview
    /// The first `min(productLimit, scenario.productCount)` products.
    public var products: [ProductTrace]

    public init(version: String, scenario: ScenarioOverview, products: [ProductTrace]) {
        format = Self.currentFormat
        self.version = version
        self.scenario = scenario
        self.products = products
    }

    /// Compact JSON (sorted keys, no indentation: the per-period columns would otherwise take
    /// a line each).
    public func encoded() throws(OutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(self)
        } catch {
            throw OutputError(path: Self.fileName, reason: "cannot encode as JSON: \(error)")
        }
    }
}
