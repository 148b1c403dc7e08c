/// One product of a report: who it is, when it is on sale, what happened to its market, and its
/// periods in the traced replication under each strategy.
public struct ProductTrace: Codable, Sendable, Equatable {
    public var id: String
    /// The scenario's display name, if it gives one.
    public var name: String?
    public var category: String?
    /// List price and unit cost, in currency per unit.
    public var listPrice: Double
    public var unitCost: Double
    /// Periods on sale, `liveStart ..< liveEnd` (clamped to the horizon; may be empty).
    public var liveStart: Int
    public var liveEnd: Int
    /// Promotions, price changes and shocks touching the product within the horizon, by start.
    public var events: [ReportEvent]
    /// One per strategy managing the product, in plan order.
    public var strategies: [StrategyTrace]
    /// For a product of a history-driven market: the units sold as recorded in each live
    /// period from `liveStart` (warm-up included) in the shown replication; nil otherwise.
    public var recordedSales: [Int]?

    public init(id: String, name: String?, category: String?, listPrice: Double, unitCost: Double, liveStart: Int,
                liveEnd: Int, events: [ReportEvent], strategies: [StrategyTrace], recordedSales: [Int]? = nil) {
        self.id = id
        self.name = name
        self.category = category
        self.listPrice = listPrice
        self.unitCost = unitCost
        self.liveStart = liveStart
        self.liveEnd = liveEnd
        self.events = events
        self.strategies = strategies
        self.recordedSales = recordedSales
    }

    /// "Stainless kettle 1.7 l (kettle-steel)", or the id alone.
    public var displayName: String {
        guard let name, !name.isEmpty, name != id else { return id }
        return "\(name) (\(id))"
    }

    /// The trace of the strategy called `name`, if it manages the product.
    public func trace(_ name: String) -> StrategyTrace? {
        strategies.first { $0.strategy == name }
    }
}
