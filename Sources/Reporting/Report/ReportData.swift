import Foundation

/// What `report.html` is drawn from besides `summary.json`, kept in the run folder as
/// `report-data.json` so that `sellthrough report RUN_DIR` can draw the page again from the
/// folder alone: the scenario's outline and, for one replication (``replication``: by default
/// the one of median profit of the recommended strategy), every live period of the first
/// ``productLimit`` products under every strategy that manages them.
///
/// Invariants: `products` holds at most ``productLimit`` products, in catalogue order, starting
/// with the first; each product's traces are in plan order of the strategies. A folder's
/// `report-data.json` is read only by the sellthrough version that wrote it (``version``) and
/// only in its ``format``.
public struct ReportData: Codable, Sendable, Equatable {
    /// The file's name in a run folder.
    public static let fileName = "report-data.json"
    /// The format this version writes and reads.
    public static let currentFormat = "sellthrough-report-data/2"
    /// The most products whose periods are kept: beyond a dozen the page would be too long to read.
    public static let productLimit = 12

    public var format: String
    /// The sellthrough version that wrote it.
    public var version: String
    public var scenario: ScenarioOverview
    /// The replication whose periods are kept, numbered from 0 as in `metrics.csv`.
    public var replication: Int
    /// The strategy whose replication of median profit it is; nil when the reader chose it.
    public var medianProfitOf: String?
    /// The first `min(productLimit, scenario.productCount)` products.
    public var products: [ProductTrace]

    public init(version: String, scenario: ScenarioOverview, replication: Int = 0, medianProfitOf: String? = nil,
                products: [ProductTrace]) {
        format = Self.currentFormat
        self.version = version
        self.scenario = scenario
        self.replication = replication
        self.medianProfitOf = medianProfitOf
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
