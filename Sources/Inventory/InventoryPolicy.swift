/// A replenishment policy: looks at the stock, the demand outlook and the economics at a
/// review point and says how much to order (and, for policies that manage price, whether to mark
/// down).
///
/// Policies are pure values: the same context always gives the same decision, so decisions can
/// be replayed, explained and compared. Supply constraints (minimum order, case pack, capacity)
/// are applied afterwards by ``OrderConstraints``, the same way for every policy.
///
/// Timing (see the README): the policy decides at the end of period `state.period`, after that
/// period's sales; an order with a lead time of L periods arrives at the start of period
/// `state.period + L + 1`, in time for that period's demand.
public protocol InventoryPolicy: Sendable {
    /// Whether the policy reads ``PolicyContext/outlook``. A policy that does not (a fixed
    /// level such as (s, S)) decides the same under every forecaster, so a backtest runs it
    /// without one; one that does needs a forecaster behind its outlook. No default: every
    /// policy says which it is.
    var readsForecast: Bool { get }

    /// Whether the policy reviews stock at the end of `period`. Default: every period.
    func reviews(in period: Int) -> Bool

    /// The decision at a review point.
    func decide(_ context: PolicyContext) -> OrderDecision

    /// The first buy of a product that launches after the calendar's start, decided at the end
    /// of `context.state.period` — L + 1 periods before ``PolicyContext/launchPeriod`` (L the
    /// lead time in whole periods; period 0 when the launch comes sooner) — so that it arrives
    /// for the launch. The outlook is the launch forecast: no demand before the launch, then the
    /// forecaster's forecast before any sale. nil = the policy takes no pre-launch buy and starts
    /// at the launch, as for a product on sale from period 0. Default: nil (the policies that
    /// read no forecast have nothing to learn from a launch forecast).
    func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision?
}

extension InventoryPolicy {
    public func reviews(in period: Int) -> Bool { true }

    public func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision? { nil }
}

/// What a policy knows when it decides.
public struct PolicyContext: Sendable {
    public var state: InventoryState
    /// What demand the forecaster expects from the next period on. Only policies whose
    /// ``InventoryPolicy/readsForecast`` is true may read it: the others are run without a
    /// forecaster, and their outlook is ``NoForecast``.
    public var outlook: any DemandOutlook
    /// The supplier's lead time, in periods.
    public var leadTime: LeadTimeOutlook
    /// Periods left before the product's end of life (the first period no longer sold), counted
    /// from the next period; nil when it outlives the horizon.
    public var periodsUntilEndOfLife: Int?
    public var economics: Economics
    /// The product's first period on sale (its launch), for policies that count from it.
    public var launchPeriod: Int
    /// The period at whose end the product's pre-launch buy was decided
    /// (``InventoryPolicy/decideBeforeLaunch(_:)``), nil when there was none: the product was
    /// on sale from period 0, or its forecaster could not forecast before the first sale. A
    /// single-buy policy that bought then does not buy again.
    public var preLaunchReview: Int?
    /// Whether the decision should say why, in words. Off in the backtest's hot loop, where
    /// formatting a sentence per product-period would cost more than the decision itself; on
    /// for traces and explanations.
    public var explains: Bool

    public init(state: InventoryState, outlook: any DemandOutlook, leadTime: LeadTimeOutlook,
                periodsUntilEndOfLife: Int?, economics: Economics, launchPeriod: Int = 0, preLaunchReview: Int? = nil,
                explains: Bool = true) {
        self.state = state
        self.outlook = outlook
        self.leadTime = leadTime
        self.periodsUntilEndOfLife = periodsUntilEndOfLife
        self.economics = economics
        self.launchPeriod = launchPeriod
        self.preLaunchReview = preLaunchReview
        self.explains = explains
    }

    /// An order of `quantity` units; `reason` is only rendered when ``explains`` is on.
    public func order(_ quantity: Int, priceFactor: Double? = nil, because reason: @autoclosure () -> String) -> OrderDecision {
        OrderDecision(quantity: quantity, priceFactor: priceFactor, reason: explains ? reason() : "")
    }

    /// No order; `reason` is only rendered when ``explains`` is on.
    public func noOrder(because reason: @autoclosure () -> String) -> OrderDecision {
        OrderDecision(quantity: 0, reason: explains ? reason() : "")
    }
}

/// Demand ahead as the forecaster sees it: totals over the next `periods` periods, starting
/// with the period after the decision. Implemented by forecasts (and, for the oracle, by the
/// true future demand).
public protocol DemandOutlook: Sendable {
    /// Expected total demand over the next `periods` periods, in units (≥ 0).
    func expectedDemand(over periods: Int) -> Double
    /// The `probability`-quantile (0 < p < 1) of total demand over the next `periods` periods, in
    /// units (≥ 0).
    func demandQuantile(_ probability: Double, over periods: Int) -> Double
    /// Standard deviation of total demand over the next `periods` periods, in units (≥ 0): the
    /// forecast's error spread, for safety-stock formulas.
    func demandStandardDeviation(over periods: Int) -> Double
}

/// The outlook of a policy that reads no forecast (``InventoryPolicy/readsForecast`` false),
/// run without a forecaster. Nothing may read it; if something does, every figure is NaN, which
/// every order-up-to policy refuses as an unusable level (no order) rather than taking as 0.
public struct NoForecast: DemandOutlook {
    public init() {}

    public func expectedDemand(over periods: Int) -> Double { .nan }
    public func demandQuantile(_ probability: Double, over periods: Int) -> Double { .nan }
    public func demandStandardDeviation(over periods: Int) -> Double { .nan }
}

/// The lead time as a policy may plan with it, in periods.
public struct LeadTimeOutlook: Hashable, Sendable {
    /// Mean lead time, in periods (≥ 0).
    public var mean: Double
    /// A high quantile for cautious policies (e.g. the 95th percentile), in periods.
    public var high: Double

    public init(mean: Double, high: Double) {
        self.mean = mean
        self.high = high
    }
}

/// Money per unit, for policies that weigh overstock against understock.
public struct Economics: Hashable, Sendable, Codable {
    /// Shelf price, in currency per unit.
    public var price: Double
    /// Purchase cost, in currency per unit.
    public var unitCost: Double
    /// Holding cost, in currency per unit per period.
    public var holdingCost: Double
    /// Salvage value of a leftover unit, in currency.
    public var salvageValue: Double
    /// Penalty per unit short (backorder or goodwill), on top of lost margin, in currency.
    public var shortagePenalty: Double

    public init(price: Double, unitCost: Double, holdingCost: Double = 0, salvageValue: Double = 0,
                shortagePenalty: Double = 0) {
        self.price = price
        self.unitCost = unitCost
        self.holdingCost = holdingCost
        self.salvageValue = salvageValue
        self.shortagePenalty = shortagePenalty
    }

    /// Cost of one unit too few: lost margin plus penalty.
    public var underageCost: Double { max(0, price - unitCost) + shortagePenalty }
    /// Cost of one unit too many at the end: what it cost less what it fetches.
    public var overageCost: Double { max(0, unitCost - salvageValue) }
    /// The newsvendor critical ratio cu / (cu + co), in [0, 1]; 1 when overstock costs nothing.
    public var criticalRatio: Double {
        let total = underageCost + overageCost
        return total > 0 ? underageCost / total : 1
    }
}

/// A policy's answer at a review point.
public struct OrderDecision: Hashable, Sendable {
    /// Units wanted, before supply constraints (≤ 0 means no order).
    public var quantity: Int
    /// New shelf price as a share of the list price (a clearance markdown), or nil for no change.
    public var priceFactor: Double?
    /// Why, in a few words ("position 12 ≤ s = 20: order up to S = 40"); empty when the
    /// context did not ask for explanations.
    public var reason: String

    public init(quantity: Int, priceFactor: Double? = nil, reason: String) {
        self.quantity = quantity
        self.priceFactor = priceFactor
        self.reason = reason
    }

    public static func none(_ reason: String) -> OrderDecision {
        OrderDecision(quantity: 0, reason: reason)
    }
}
