/// The deterministic market conditions of one product in one period: price, the demand
/// multiplier from price, promotions and shocks, and the supply situation.
///
/// Conditions are defined day by day and averaged over the period's days, so a four-day
/// promotion inside a weekly period counts for 4/7 of that week.
public struct PeriodConditions: Hashable, Sendable {
    /// Mean price paid over the period's days, in currency per unit.
    public var price: Double
    /// Multiplier on expected demand from price elasticity, promotions (own and other
    /// products'), spikes, level shifts and, for phase lifecycles, competitor entry.
    public var demandMultiplier: Double
    /// Share of ``demandMultiplier`` owed to the product's own promotions:
    /// 1 − (multiplier without them) / (multiplier with them). 0 outside promotions.
    public var promotionShare: Double
    /// Share of the Bass market left after competitors entered (1 = untouched).
    public var marketSizeFactor: Double
    /// Index of the first of the product's own promotions running in the period, if any.
    public var promotion: Int?
    /// Index of the first shock in force in the period, if any.
    public var shock: Int?
    /// Supply disruption in force (worst day of the period).
    public var supply: SupplyCondition

    /// Conditions with no event in force at list price `price`.
    public static func quiet(price: Double) -> PeriodConditions {
        PeriodConditions(price: price, demandMultiplier: 1, promotionShare: 0, marketSizeFactor: 1,
                         promotion: nil, shock: nil, supply: .normal)
    }
}

/// How well the supplier delivers in a period.
public struct SupplyCondition: Hashable, Sendable {
    /// Lead times are multiplied by this (≥ 1).
    public var leadTimeFactor: Double
    /// Share of each order that is delivered (0…1).
    public var supplyFraction: Double

    public static let normal = SupplyCondition(leadTimeFactor: 1, supplyFraction: 1)

    public init(leadTimeFactor: Double, supplyFraction: Double) {
        self.leadTimeFactor = leadTimeFactor
        self.supplyFraction = supplyFraction
    }
}
