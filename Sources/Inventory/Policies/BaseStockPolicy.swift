/// The base-stock policy: at every review, order enough to lift the inventory position back to
/// the base-stock level S; each unit sold is replaced one for one.
///
/// Definition (Axsäter, "Inventory Control", 2nd ed., §4.1; Zipkin, "Foundations of Inventory
/// Management", ch. 6): order S − position whenever that is positive, where
/// position = on hand − backorders + on order.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1. Reviewed every period, a
/// base-stock level therefore has to cover L + 1 periods of demand. The level itself is fixed
/// here; ``ForecastOrderUpToPolicy`` and ``QuantilePolicy`` recompute it from the outlook.
public struct BaseStockPolicy: InventoryPolicy, Hashable, Codable {
    /// The base-stock (order-up-to) level S, in units (≥ 0).
    public let level: Int

    /// - Throws: ``PolicyParameterError`` when `level` < 0.
    public init(level: Int) throws(PolicyParameterError) {
        try PolicyParameterError.require(level >= 0, Self.name, "level", level, "at least 0 units")
        self.level = level
    }

    static let name = "base-stock policy"

    /// A fixed rule: the forecast is never read.
    public var readsForecast: Bool { false }

    public func decide(_ context: PolicyContext) -> OrderDecision {
        OrderUpTo.decision(level: level, context, why: "base stock S \(level)")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let level = try container.decode(Int.self, forKey: .level)
        do { try self.init(level: level) } catch { throw error.decodingError(decoder) }
    }
}
