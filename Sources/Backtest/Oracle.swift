import Inventory

/// The perfect-foresight oracle that regret is measured against: it knows the demand every
/// period will have and orders by the Wagner–Whitin plan for it — the cheapest way to meet all
/// of that demand given the fixed ordering cost and the holding cost.
///
/// The plan assumes the mean lead time and uncut orders. Reality may differ — a capacity or a
/// supply disruption cuts an order, a random lead time stretches — so every period the oracle
/// projects its stock to the period an order placed now would arrive in (with the lead time it
/// would actually get, which it knows), and tops up when that stock would not cover the demand
/// then. Orders cover exactly the demand from that arrival period to the end of the planned
/// block: demand before it cannot be reached and is not bought for. It obeys the same supply
/// constraints as every strategy.
///
/// Regret ≥ 0 holds when meeting every reachable unit of demand on time is the best a seller
/// can do — the margin pays for the ordering and holding it takes, and waiting customers are
/// not free (a shortage penalty or lost sales). Where serving demand does not pay, a strategy
/// that serves less can beat the oracle, and regret is negative.
struct OraclePolicy: InventoryPolicy {
    /// For each period, the last period covered by the planned order placed at its end; nil =
    /// no planned order.
    let coverageEnd: [Int?]
    /// Demand of every period, as the market will draw it when all of it is served.
    let demand: [Int]
    /// Share of unmet demand that waits (the rest is lost), to project the stock.
    let backorderShare: Double

    /// It reads the demand it was built with, not the outlook.
    var readsForecast: Bool { false }

    /// Before a launch, the same rule: the plan may start with an order that arrives for the
    /// launch (``WagnerWhitin/plan(demand:live:initialStock:leadTime:orderCost:holdingCost:firstOrder:)``).
    func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision? {
        decide(context)
    }

    func decide(_ context: PolicyContext) -> OrderDecision {
        let period = context.state.period
        let arrival = period + context.leadTime.wholePeriods + 1
        guard arrival < demand.count else { return context.noOrder(because: "oracle: no period left to order for") }
        var (onHand, backlog) = project(context.state, to: arrival)
        // Orders already due in the periods this order would cover still arrive.
        let planned = period < coverageEnd.count ? coverageEnd[period] : nil
        let last = min(demand.count - 1, max(planned ?? arrival, arrival))
        for order in context.state.pipeline where order.due >= arrival && order.due <= last { onHand += order.quantity }
        let needed = backlog + demand[arrival...last].reduce(0, +)
        let short = needed - onHand
        guard short > 0, planned != nil || backlog + demand[arrival] > onHand else {
            return context.noOrder(because: "oracle: stock covers the demand its next order could reach")
        }
        return context.order(short, because: "oracle: true demand of periods \(arrival)…\(last) plus backlog is \(needed), "
            + "\(onHand) projected on hand: order \(short)")
    }

    /// On hand and backlog at the start of period `arrival`, before its arrivals, from the
    /// current state, the orders due before then and the true demand of the periods between.
    /// One pass over the periods and one over the pipeline (kept in due order by the loop), so a
    /// decision costs O(lead time + orders on their way), not their product: with a lead time of
    /// years an order is placed every period and thousands are on their way.
    private func project(_ state: InventoryState, to arrival: Int) -> (onHand: Int, backlog: Int) {
        var onHand = state.onHand
        var backlog = state.backorders
        let pipeline = state.pipeline.isInDueOrder ? state.pipeline : state.pipeline.sorted { $0.due < $1.due }
        var next = pipeline.startIndex
        for period in (state.period + 1)..<arrival {
            while next < pipeline.endIndex, pipeline[next].due < period { next += 1 }
            while next < pipeline.endIndex, pipeline[next].due == period {
                let order = pipeline[next]
                let filled = min(backlog, order.quantity)
                backlog -= filled
                onHand += order.quantity - filled
                next += 1
            }
            let served = min(onHand, demand[period])
            onHand -= served
            backlog += Int(Double(demand[period] - served) * backorderShare)
        }
        return (onHand, backlog)
    }
}

extension Array where Element == PipelineOrder {
    /// Whether the orders are in due order (as ``ClosedLoop`` keeps them).
    var isInDueOrder: Bool {
        zip(self, dropFirst()).allSatisfy { $0.due <= $1.due }
    }
}

/// Wagner–Whitin dynamic lot sizing on a known demand path (Wagner and Whitin 1958).
enum WagnerWhitin {
    /// The order plan: for each period t, the last period covered by an order placed at the end
    /// of t (arriving at t + leadTime + 1), or nil.
    ///
    /// Demand in `live` is first met from `initialStock`, which arrives at the first live
    /// period; what it cannot cover before the first possible arrival — of an order placed at
    /// the end of `firstOrder` (default: the first live period; earlier for a product reviewed
    /// before its launch) — is lost to any policy and ignored. Then, with f(j) the cheapest cost of covering periods up to j,
    /// f(j) = min over arrival periods i ≤ j of f(i − 1) + orderCost + holdingCost · Σ_{t=i..j} (t − i)·d_t.
    /// O(T²) in the number of live periods.
    static func plan(demand: [Int], live: Range<Int>, initialStock: Int, leadTime: Int,
                     orderCost: Double, holdingCost: Double, firstOrder: Int? = nil) -> [Int?] {
        var plan = [Int?](repeating: nil, count: demand.count)
        guard !live.isEmpty else { return plan }
        // Net demand after the launch stock.
        var residual = Array(demand[live])
        var stock = initialStock
        for index in residual.indices {
            let used = min(stock, residual[index])
            residual[index] -= used
            stock -= used
        }
        // Relative to the first live period.
        let earliestArrival = max(0, (firstOrder ?? live.lowerBound) + leadTime + 1 - live.lowerBound)
        let count = residual.count
        guard earliestArrival < count else { return plan }
        // best[j + 1] = cheapest cost of covering the residual demand of periods earliestArrival…j;
        // choice[j + 1] = the arrival period of the last order in that plan.
        var best = [Double](repeating: .infinity, count: count + 1)
        var choice = [Int](repeating: -1, count: count + 1)
        best[earliestArrival] = 0
        for j in earliestArrival..<count {
            // Walking the arrival period i down from j: `units` is the demand of i…j and
            // `carried` the unit-periods it spends on the shelf ((t − i) for period t's demand).
            var units = 0
            var carried = 0.0
            for i in stride(from: j, through: earliestArrival, by: -1) {
                carried += Double(units)
                units += residual[i]
                let cost = best[i] + (units > 0 ? orderCost : 0) + holdingCost * carried
                if cost < best[j + 1] {
                    best[j + 1] = cost
                    choice[j + 1] = i
                }
            }
        }
        // Walk back the choices: an arrival at i covering i…j means an order at i − leadTime − 1.
        var j = count - 1
        while j >= earliestArrival {
            let i = choice[j + 1]
            guard i >= earliestArrival else { break }
            if residual[i...j].contains(where: { $0 > 0 }) {
                plan[live.lowerBound + i - leadTime - 1] = live.lowerBound + j
            }
            j = i - 1
        }
        return plan
    }
}
