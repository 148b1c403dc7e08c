/// End-of-life run-down around any replenishment policy: the base policy orders as usual until
/// an order could no longer sell long enough before the product's end of life; then ordering
/// stops and the stock runs down, optionally helped by a clearance markdown.
///
/// Rule (the "last buy" of the product-lifecycle literature; Silver, Pyke & Peterson, 3rd ed.,
/// ch. 10 on style goods and end-of-season clearance): with n = `periodsUntilEndOfLife` selling
/// periods left after this one and L the mean lead time in whole periods, an order placed now
/// arrives at the start of period t + L + 1 and has n − L periods to sell. Ordering stops when
/// n ≤ L + `stopPeriods`, i.e. when an order would have `stopPeriods` or fewer periods to sell
/// (`stopPeriods` = 0 stops only orders that would arrive after the last sale). With a
/// ``ClearanceMarkdown``, every decision with n ≤ `periodsBefore` carries its price factor.
/// When the end of life is unknown (nil), the base policy decides alone.
///
/// Reviews: the base policy's, except that with a clearance markdown every period is a review so
/// the markdown starts on time; in periods the base policy would not review, nothing is ordered.
///
/// Why generic: `any InventoryPolicy` is neither Hashable nor Codable, and an enum of every policy
/// would have to change with each new policy. `EndOfLifeRunDown<SSPolicy>` keeps the base
/// concrete, so equality and coding come for free; code that must mix kinds erases to
/// `any InventoryPolicy` after building.
public struct EndOfLifeRunDown<Base: InventoryPolicy & Hashable & Codable>: InventoryPolicy, Hashable, Codable {
    /// The policy that orders while the product has life left.
    public let base: Base
    /// Extra periods of selling an order must still get, beyond the lead time, to be placed (≥ 0).
    public let stopPeriods: Int
    /// The markdown for the last periods, or nil for none.
    public let clearance: ClearanceMarkdown?

    /// - Throws: ``PolicyParameterError`` when `stopPeriods` < 0.
    public init(base: Base, stopPeriods: Int = 0, clearance: ClearanceMarkdown? = nil) throws(PolicyParameterError) {
        try PolicyParameterError.require(stopPeriods >= 0, "end-of-life run-down", "stopPeriods", stopPeriods,
                                         "at least 0 periods")
        self.base = base
        self.stopPeriods = stopPeriods
        self.clearance = clearance
    }

    /// The run-down itself reads only the calendar; the base policy may read the forecast.
    public var readsForecast: Bool { base.readsForecast }

    public func reviews(in period: Int) -> Bool {
        clearance != nil || base.reviews(in: period)
    }

    public func decide(_ context: PolicyContext) -> OrderDecision {
        let lead = context.leadTime.wholePeriods
        let left = context.periodsUntilEndOfLife
        var decision: OrderDecision
        if let left, left <= lead + stopPeriods {
            decision = context.noOrder(because: "\(left) periods to end of life ≤ lead \(lead) + stop \(stopPeriods): ordering stopped")
        } else if !base.reviews(in: context.state.period) {
            decision = context.noOrder(because: "period \(context.state.period) is not a review of the base policy: no order")
        } else {
            decision = base.decide(context)
        }
        if let clearance, let left, clearance.applies(periodsLeft: left) {
            // A deeper markdown already chosen by the base (e.g. a nested run-down) stays.
            decision.priceFactor = min(decision.priceFactor ?? 1, clearance.priceFactor)
            if context.explains {
                decision.reason += "; clearance at \(DecisionText.percent(clearance.priceFactor)) of list "
                    + "(\(left) periods to end of life ≤ \(clearance.periodsBefore))"
            }
        }
        return decision
    }

    /// The base policy's pre-launch buy, unless the stop rule already holds; no markdown before
    /// the launch.
    public func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision? {
        guard let decision = base.decideBeforeLaunch(context) else { return nil }
        let lead = context.leadTime.wholePeriods
        if let left = context.periodsUntilEndOfLife, left <= lead + stopPeriods {
            return context.noOrder(because: "\(left) periods to end of life ≤ lead \(lead) + stop \(stopPeriods): no pre-launch buy")
        }
        return OrderDecision(quantity: decision.quantity, reason: decision.reason)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let base = try container.decode(Base.self, forKey: .base)
        let stop = try container.decodeIfPresent(Int.self, forKey: .stopPeriods) ?? 0
        let clearance = try container.decodeIfPresent(ClearanceMarkdown.self, forKey: .clearance)
        do { try self.init(base: base, stopPeriods: stop, clearance: clearance) } catch {
            throw error.decodingError(decoder)
        }
    }
}
