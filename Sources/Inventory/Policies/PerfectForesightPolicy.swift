/// A lot-for-lot perfect-foresight rule: orders exactly the demand its order will have to meet.
/// (The backtest's regret reference is a planned version of this, which batches orders by
/// Wagner–Whitin to save fixed ordering costs: `OraclePolicy` in the Backtest module.) Only a
/// reference — the best any policy could do with the same lead time — never a policy
/// to run for real: its outlook must be the true future demand.
///
/// Rule: S = outlook.expectedDemand(over: L + 1), the exact demand of periods t + 1 … t + L + 1,
/// and the order is S minus the position. Reviewed every period, this tops the position up so
/// that the order arriving at the start of period t + L + 1 covers exactly that period's demand
/// given that the earlier periods are covered by what is already on hand and on order. With an
/// exact outlook and a sure lead time it never runs short (after the first L periods, which no
/// order can reach) and ends each period with no stock it did not need.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1. L is the mean lead time
/// rounded to whole periods; with a random lead time the oracle is no longer exact.
public struct PerfectForesightPolicy: InventoryPolicy, Hashable, Codable {
    public init() {}

    /// Its outlook is the true future demand.
    public var readsForecast: Bool { true }

    public func decide(_ context: PolicyContext) -> OrderDecision {
        let lead = context.leadTime.wholePeriods
        let horizon = lead + 1
        let demand = context.outlook.expectedDemand(over: horizon)
        return OrderUpTo.decision(raw: demand, "true demand", context) { level in
            "true demand over lead \(lead) + 1 periods = \(DecisionText.number(demand)) → S \(level)"
        }
    }

    /// Before a launch, the same rule: the true demand of the launch period, if the order reaches it.
    public func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision? {
        decide(context)
    }
}
