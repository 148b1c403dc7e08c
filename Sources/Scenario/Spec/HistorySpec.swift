import Calendar
import Censoring
import Evaluation
import Market

/// A market whose demand comes from a sales history instead of a simulation (the scenario's
/// `history:` section).
///
/// YAML:
/// ```yaml
/// history:
///   file: sales.csv            # long format: unique_id, ds, y [, price, promo, stockout, on_hand]
///   products: products.csv     # optional: unique_id and economics columns
///   start: 2010-12-06          # optional: replay from the period holding this date
///   warm_up: 26                # periods that only train forecasters before scoring begins
///   resampling: {scheme: moving, block_length: 5}
///   defaults: {unit_cost_share: 0.6, supply: {lead_time: 7}}
/// ```
/// Paths are relative to the scenario file. The calendar and the products come from the
/// history; the scenario's `products:` entries only override the economics of the products
/// they name (see ``ProductOverride``).
public struct HistorySpec: Sendable, Hashable, Codable {
    /// The long-format sales history, as written in the scenario.
    public var file: String
    /// A product file with per-product economics and descriptions, as written; nil for none.
    public var products: String?
    /// How censored periods (a `stockout` flag, or `on_hand` 0) become demand (default
    /// `as-sales`: taken at their sales); see docs/censoring.md.
    public var censoring: CensoringEstimator
    /// The first period replayed is the one holding this date; earlier rows are left out (a
    /// product with none after it too). Nil: from the history's first period.
    public var start: CalendarDate?
    /// Periods from the start of the history that only warm forecasters up (≥ 0, default 0):
    /// forecasters learn the recorded sales, no stock moves and nothing is scored.
    public var warmUp: Int
    /// How replications after the first resample the record (default: moving blocks of the
    /// automatic length).
    public var resampling: HistoryResampling
    /// Economics of every product that neither the product file nor `products:` sets.
    public var defaults: ProductOverride
    /// How the history file is read: its frequency (nil: inferred from the dates), what to do
    /// with missing periods inside a series, and the names of its id, date and units columns.
    public var reading: HistoryImport.Options

    public init(file: String, products: String? = nil, start: CalendarDate? = nil, warmUp: Int = 0, resampling: HistoryResampling = HistoryResampling(),
                defaults: ProductOverride = ProductOverride(), reading: HistoryImport.Options = .init(),
                censoring: CensoringEstimator = .asSales) {
        self.file = file
        self.censoring = censoring
        self.products = products
        self.start = start
        self.warmUp = warmUp
        self.resampling = resampling
        self.defaults = defaults
        self.reading = reading
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case file, products, start, frequency
        case fillGaps = "fill_gaps"
        case columns, censoring
        case warmUp = "warm_up"
        case resampling, defaults
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let file = try fields.required(.file, String.self)
        products = try fields.optional(.products, String.self)
        start = try fields.date(.start, required: false)
        censoring = try fields.choice(.censoring, CensoringEstimator.self, what: "censoring estimator") ?? .asSales
        warmUp = try fields.optional(.warmUp, Int.self) ?? 0
        resampling = try fields.optional(.resampling, ResamplingCoding.self)?.resampling ?? HistoryResampling()
        defaults = try fields.optional(.defaults, ProductOverride.self) ?? ProductOverride()
        reading = HistoryImport.Options(
            frequency: try fields.choice(.frequency, SeriesFrequency.self, what: "frequency"),
            fillGaps: try fields.choice(.fillGaps, GapFilling.self, what: "gap rule") ?? .refuse,
            columns: try fields.optional(.columns, ColumnsCoding.self)?.names ?? HistoryColumnNames())
        guard let file else { throw AlreadyReported() }
        self.file = file
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(products, forKey: .products)
        if let start { try container.encode(date: start, forKey: .start) }
        try container.encodeIfPresent(reading.frequency?.rawValue, forKey: .frequency)
        try container.encode(reading.fillGaps.rawValue, forKey: .fillGaps)
        try container.encode(ColumnsCoding(names: reading.columns), forKey: .columns)
        try container.encode(censoring.rawValue, forKey: .censoring)
        try container.encode(warmUp, forKey: .warmUp)
        try container.encode(ResamplingCoding(resampling: resampling), forKey: .resampling)
        try container.encode(defaults, forKey: .defaults)
    }
}

/// `{scheme: moving|stationary, block_length: N}`; an absent block length is automatic.
struct ResamplingCoding: Codable {
    var resampling: HistoryResampling

    init(resampling: HistoryResampling) {
        self.resampling = resampling
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case scheme
        case blockLength = "block_length"
    }

    init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let scheme = try fields.choice(.scheme, HistoryResampling.Scheme.self, what: "resampling scheme") ?? .moving
        resampling = HistoryResampling(scheme: scheme, blockLength: try fields.optional(.blockLength, Int.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resampling.scheme.rawValue, forKey: .scheme)
        try container.encodeIfPresent(resampling.blockLength, forKey: .blockLength)
    }
}

/// `{id: sku, time: week, target: units}`: the history's column names where they are not
/// `unique_id`, `ds` and `y`.
struct ColumnsCoding: Codable {
    var names: HistoryColumnNames

    init(names: HistoryColumnNames) {
        self.names = names
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, time, target
    }

    init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let standard = HistoryColumnNames()
        names = HistoryColumnNames(id: try fields.optional(.id, String.self) ?? standard.id,
                                   time: try fields.optional(.time, String.self) ?? standard.time,
                                   target: try fields.optional(.target, String.self) ?? standard.target)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(names.id, forKey: .id)
        try container.encode(names.time, forKey: .time)
        try container.encode(names.target, forKey: .target)
    }
}
