/// What a forecaster learns about one period: what was sold, whether the shelf ran empty, and
/// the price and promotion it sold under. Never the true demand: when `stockout` is true, demand
/// was at least `sales`, possibly more.
public struct SalesObservation: Hashable, Sendable, Codable {
    /// Period index (0-based, increasing by one per observation).
    public var period: Int
    /// Units sold, ≥ 0.
    public var sales: Double
    /// True when some demand went unserved (the shelf was empty), so `sales` understates demand.
    public var stockout: Bool
    /// Price paid, in currency per unit.
    public var price: Double
    /// True when a promotion ran in the period.
    public var promotion: Bool

    public init(period: Int, sales: Double, stockout: Bool = false, price: Double = 0, promotion: Bool = false) {
        self.period = period
        self.sales = sales
        self.stockout = stockout
        self.price = price
        self.promotion = promotion
    }
}
