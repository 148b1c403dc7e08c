import Inventory

/// The perfect-foresight oracle that regret is measured against: it knows the demand every
/// period will have and orders by the Wagner–Whitin plan for it — the cheapest way to meet all
/// of that demand given the fixed ordering cost and the holding cost.
///
/// The plan assumes the mean lead time and uncut orders. Reality may differ — a capacity or a
/// supply disruption cuts an order, a random lead time stretches — so the oracle also checks
/// every period whether its stock and orders still cover the demand until an order placed now
/// could arrive (with the lead time this order would actually get, which it knows), and tops up
/// when they do not. It obeys the same supply constraints as every strategy. Regret is therefore
/// ≥ 0 up to what the plan cannot foresee (cut orders it has to repeat).
struct OraclePolicy: InventoryPolicy {
    /// For each period, the last period covered by the planned order placed at its end; nil =
    /// no planned order.
    let coverageEnd: [Int?]

    func decide(_ context: PolicyContext) -> OrderDecision {
        let period = context.state.period
        let lead = max(0, Int(context.leadTime.mean.rounded()))
        let planned = period >= 0 && period < coverageEnd.count ? coverageEnd[period] : nil
        // The outlook is exact: demand of the periods after this one.
        let untilArrival = Int(context.outlook.expectedDemand(over: lead + 1))
        let short = untilArrival > context.state.position
        guard planned != nil || short else { return context.noOrder(because: "oracle: stock covers demand until the next arrival") }
        let last = max(planned ?? 0, period + lead + 1)
        let needed = Int(context.outlook.expectedDemand(over: last - period))
        return context.order(needed - context.state.position,
                             because: "oracle: true demand of periods \(period + 1)…\(last) is \(needed)")
    }
}

/// Wagner–Whitin dynamic lot sizing on a known demand path (Wagner and Whitin 1958).
enum WagnerWhitin {
    /// The order plan: for each period t, the last period covered by an order placed at the end
    /// of t (arriving at t + leadTime + 1), or nil.
    ///
    /// Demand in `live` is first met from `initialStock`, which arrives at the first live
    /// period; what it cannot cover before the first possible arrival is lost to any policy and
    /// ignored. Then, with f(j) the cheapest cost of covering periods up to j,
    /// f(j) = min over arrival periods i ≤ j of f(i − 1) + orderCost + holdingCost · Σ_{t=i..j} (t − i)·d_t.
    /// O(T²) in the number of live periods.
    static func plan(demand: [Int], live: Range<Int>, initialStock: Int, leadTime: Int,
                     orderCost: Double, holdingCost: Double) -> [Int?] {
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
        let earliestArrival = leadTime + 1 // relative to the first live period
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
