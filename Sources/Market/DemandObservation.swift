/// One product-period of the market: what was expected, what customers wanted, and why.
/// This is the ground truth that forecasts, detectors and policies are scored against.
public struct DemandObservation: Hashable, Sendable {
    /// Index into ``MarketModel/products``.
    public var product: Int
    /// Period index in the calendar.
    public var period: Int
    /// Expected demand, in units: the mean of the noise distribution. ≥ 0.
    public var expected: Double
    /// Realised demand, in units: what customers wanted (before any stock limit). ≥ 0.
    public var demand: Int
    public var phase: LifecyclePhase
    /// Mean price over the period, in currency per unit.
    public var price: Double
    /// Index of a promotion of this product running in the period, if any.
    public var promotion: Int?
    /// Index of a shock in force for this product in the period, if any.
    public var shock: Int?
    /// Supply situation in the period (for the backtester's orders).
    public var supply: SupplyCondition
    /// Share of expected demand that is first purchases (Bass); 0 for phase lifecycles. Lost
    /// sales of this share are would-be adopters.
    public var newAdopterShare: Double

    public init(product: Int, period: Int, expected: Double, demand: Int, phase: LifecyclePhase, price: Double,
                promotion: Int? = nil, shock: Int? = nil, supply: SupplyCondition = .normal, newAdopterShare: Double = 0) {
        self.product = product
        self.period = period
        self.expected = expected
        self.demand = demand
        self.phase = phase
        self.price = price
        self.promotion = promotion
        self.shock = shock
        self.supply = supply
        self.newAdopterShare = newAdopterShare
    }
}

/// Where demand goes: decides how much of it is sold.
///
/// The market calls ``fulfil(_:)`` once for every live product in every period, right after
/// drawing its demand, and feeds the answer back into the product's adoption (Bass): units not
/// sold do not turn customers into adopters who spread the word.
public protocol DemandChannel {
    /// Returns the units sold, in `0...observation.demand` (values outside are clamped).
    mutating func fulfil(_ observation: DemandObservation) -> Int
}

/// Sells everything that is demanded: the market without inventory.
public struct UnconstrainedDemand: DemandChannel {
    public init() {}

    public func fulfil(_ observation: DemandObservation) -> Int {
        observation.demand
    }
}
