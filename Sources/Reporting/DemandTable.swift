import Foundation
import Market

/// A simulated market as two long-format CSV files, one row per live product-period, product-major
/// with periods ascending, in the column names of the Python forecasting ecosystem:
///
/// - **demand** — `unique_id` (product id), `ds` (first day of the period, ISO date), `y` (realised
///   demand, units): exactly the three columns, so `StatsForecast.forecast(df=pd.read_csv(…))`
///   and `cross_validation` take it as it is (statsforecast reads any further column as an
///   exogenous regressor, and a text column then fails);
/// - **truth** — `unique_id`, `ds` and the ground truth behind `y`: `expected` (expected demand,
///   units, 6 decimals), `phase`, `price` (mean price paid, 2 decimals), `promotion` (name of a
///   running promotion, empty if none), `shock` (kind of a shock in force, empty if none); the
///   same rows in the same order, so the two files join on (`unique_id`, `ds`) or line by line.
public enum DemandTable {
    public static let demandHeader = ["unique_id", "ds", "y"]
    public static let truthHeader = ["unique_id", "ds", "expected", "phase", "price", "promotion", "shock"]

    /// The file names of `replication` among `replications`: `demand.csv` and `truth.csv` for a
    /// single replication; `demand-r<replication>.csv` and `truth-r<replication>.csv` for
    /// several (one pair per replication: a `replication` column would again be an exogenous
    /// regressor to statsforecast).
    public static func fileNames(replication: Int, of replications: Range<Int>) -> (demand: String, truth: String) {
        replications.count == 1 ? ("demand.csv", "truth.csv") : ("demand-r\(replication).csv", "truth-r\(replication).csv")
    }
}

/// Writes a market's observations as the market produces them (``DemandTable``), so that no
/// catalogue is ever held in memory, and summarises them on the way (``DemandSummaries``).
///
/// Sells all demand (no inventory). Writing errors cannot interrupt the market: the first one is
/// kept, later rows are dropped, and ``finish()`` throws it.
public struct DemandTableWriter: DemandChannel {
    private let demand: CSVStream
    private let truth: CSVStream
    /// The product being written and its id as a CSV field (quoted when needed): products come
    /// one after the other, so the field is built once per product.
    private var current: (product: Int, id: String)?
    private let dates: [String]
    private let promotions: [String]
    private let shocks: [String]
    private let model: MarketModel
    private var failure: OutputError?
    /// The summaries so far.
    public private(set) var summaries: DemandSummaries

    /// Creates (or truncates) both files and writes their headers.
    /// - Parameter shown: products summarised one by one (the first ones of the catalogue).
    public init(model: MarketModel, demandPath: String, truthPath: String, shown: Int) throws(OutputError) {
        self.model = model
        demand = try CSVStream(path: demandPath, header: DemandTable.demandHeader)
        truth = try CSVStream(path: truthPath, header: DemandTable.truthHeader)
        dates = (0..<model.calendar.periods).map { CSVText.escaped(model.calendar.firstDay(of: $0).description) }
        promotions = model.promotions.map { CSVText.escaped($0.name) }
        shocks = model.shocks.map { CSVText.escaped($0.kindLabel) }
        summaries = DemandSummaries(model: model, shown: shown)
    }

    public mutating func fulfil(_ observation: DemandObservation) -> Int {
        summaries.add(observation)
        guard failure == nil else { return observation.demand }
        let id = idField(observation.product)
        let date = dates[observation.period]
        do throws(OutputError) {
            try demand.writeRow { line in
                line += id
                line += ","
                line += date
                line += ","
                line += String(observation.demand)
            }
            try truth.writeRow { line in
                line += id
                line += ","
                line += date
                line += ","
                line += NumberText.format(observation.expected, places: 6)
                line += ","
                line += observation.phase.rawValue
                line += ","
                line += NumberText.format(observation.price, places: 2)
                line += ","
                if let promotion = observation.promotion { line += promotions[promotion] }
                line += ","
                if let shock = observation.shock { line += shocks[shock] }
            }
        } catch {
            failure = error
        }
        return observation.demand
    }

    /// Closes both files; throws the first write error.
    public func finish() throws(OutputError) {
        if let failure { throw failure }
        try demand.close()
        try truth.close()
    }

    private mutating func idField(_ product: Int) -> String {
        if let current, current.product == product { return current.id }
        let id = CSVText.escaped(model.products[product].id)
        current = (product, id)
        return id
    }
}
