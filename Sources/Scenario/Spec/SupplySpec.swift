import GSL

/// How replenishment orders reach the shelf.
public struct SupplySpec: Sendable, Hashable, Codable {
    /// Days from placing an order to its arrival; drawn per order. Must not take negative
    /// values (a plain normal can; use a truncated normal with `lower: 0`, gamma or lognormal).
    /// Default: constant 0 (arrives before the next period's sales).
    public var leadTime: Distribution
    /// Fixed cost per order placed, in currency (≥ 0, default 0).
    public var orderCost: Double
    /// Smallest order the supplier accepts, in units (≥ 0, default 0 = no minimum).
    public var minOrder: Int
    /// Orders are rounded up to a multiple of this many units (≥ 1, default 1).
    public var casePack: Int
    /// Most units the supplier can ship per period (> 0); nil means unlimited.
    public var capacity: Double?

    public init(leadTime: Distribution = .constant(0), orderCost: Double = 0, minOrder: Int = 0,
                casePack: Int = 1, capacity: Double? = nil) {
        self.leadTime = leadTime
        self.orderCost = orderCost
        self.minOrder = minOrder
        self.casePack = casePack
        self.capacity = capacity
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case leadTime = "lead_time"
        case orderCost = "order_cost"
        case minOrder = "min_order"
        case casePack = "case_pack"
        case capacity
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        leadTime = try fields.optional(.leadTime, DistributionCoding.self)?.distribution ?? .constant(0)
        orderCost = try fields.optional(.orderCost, Double.self) ?? 0
        minOrder = try fields.optional(.minOrder, Int.self) ?? 0
        casePack = try fields.optional(.casePack, Int.self) ?? 1
        capacity = try fields.optional(.capacity, Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(DistributionCoding(leadTime), forKey: .leadTime)
        try container.encode(number: orderCost, forKey: .orderCost)
        try container.encode(minOrder, forKey: .minOrder)
        try container.encode(casePack, forKey: .casePack)
        try container.encodeIfPresent(number: capacity, forKey: .capacity)
    }
}
