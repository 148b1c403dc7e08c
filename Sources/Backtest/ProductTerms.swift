import GSL
import Inventory

/// What the closed loop needs to know about a product beyond its market: money, supplier terms
/// and what customers do when the shelf is empty.
public struct ProductTerms: Sendable {
    /// Price (the list price), unit cost, holding cost per unit-period, salvage value and the
    /// shortage penalty, in currency.
    public var economics: Economics
    public var constraints: OrderConstraints
    /// Fixed cost per order placed, in currency.
    public var orderCost: Double
    /// Supplier lead time in days; drawn by inversion of one uniform per period.
    public var leadTimeDays: DistributionSampler
    /// Share of unmet demand that waits for stock (backorders), in [0, 1]; the rest is lost.
    public var backorderShare: Double
    /// Share of lost would-be first buyers who leave the market for good, in [0, 1].
    public var churn: Double
    /// Units on the shelf at launch.
    public var initialStock: Int

    public init(economics: Economics, constraints: OrderConstraints = OrderConstraints(), orderCost: Double = 0,
                leadTimeDays: DistributionSampler, backorderShare: Double = 0, churn: Double = 0, initialStock: Int = 0) {
        self.economics = economics
        self.constraints = constraints
        self.orderCost = orderCost
        self.leadTimeDays = leadTimeDays
        self.backorderShare = backorderShare
        self.churn = churn
        self.initialStock = initialStock
    }
}
