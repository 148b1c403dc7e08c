import Calendar
import GSL

/// One product in the market: its economics, its life, and how its demand behaves.
public struct Product: Hashable, Sendable {
    /// Unique within the market; also names the product's random streams.
    public var id: String
    public var category: String?
    /// Reference price for the price elasticity, in currency per unit. > 0.
    public var listPrice: Double
    /// Purchase cost, in currency per unit. ≥ 0.
    public var unitCost: Double
    /// What a leftover unit fetches at end of life, in currency per unit. ≥ 0.
    public var salvageValue: Double
    /// Price elasticity e: demand is multiplied by (price / listPrice)^e. Usually ≤ 0.
    public var elasticity: Double
    /// The days on which the product is on sale: launch to end of life (exclusive).
    public var life: DayRange
    public var lifecycle: Lifecycle
    public var seasonality: Seasonality
    public var noise: DemandNoise
    public var supply: SupplyTerms
    /// Units on hand at launch. ≥ 0.
    public var initialStock: Int

    public init(id: String, category: String? = nil, listPrice: Double, unitCost: Double = 0,
                salvageValue: Double = 0, elasticity: Double = 0, life: DayRange, lifecycle: Lifecycle,
                seasonality: Seasonality = .none, noise: DemandNoise = .poisson,
                supply: SupplyTerms = SupplyTerms(), initialStock: Int = 0) {
        self.id = id
        self.category = category
        self.listPrice = listPrice
        self.unitCost = unitCost
        self.salvageValue = salvageValue
        self.elasticity = elasticity
        self.life = life
        self.lifecycle = lifecycle
        self.seasonality = seasonality
        self.noise = noise
        self.supply = supply
        self.initialStock = initialStock
    }
}

/// The terms on which the product can be replenished (used by the backtester).
public struct SupplyTerms: Hashable, Sendable {
    /// Days from order to arrival. Its support is non-negative.
    public var leadTimeDays: Distribution
    /// Fixed cost of placing an order, in currency. ≥ 0.
    public var orderCost: Double
    /// Smallest order accepted, in units. ≥ 0.
    public var minimumOrder: Int
    /// Orders are whole multiples of this many units. ≥ 1.
    public var casePack: Int
    /// Most units the supplier ships per period; nil = unlimited.
    public var capacityPerPeriod: Double?

    public init(leadTimeDays: Distribution = .constant(0), orderCost: Double = 0, minimumOrder: Int = 0,
                casePack: Int = 1, capacityPerPeriod: Double? = nil) {
        self.leadTimeDays = leadTimeDays
        self.orderCost = orderCost
        self.minimumOrder = minimumOrder
        self.casePack = casePack
        self.capacityPerPeriod = capacityPerPeriod
    }
}
