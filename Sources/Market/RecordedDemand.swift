/// A product's demand taken from its sales history instead of a lifecycle model: one entry per
/// period of the product's life, from its launch period on.
///
/// `demand` is the estimate of what customers wanted (equal to `sales` in periods that were not
/// censored, at least `sales` in those that were); the market serves it in whole units by
/// rounding its running total (``units``), so the units served over any stretch differ from the
/// estimate by less than one.
public struct RecordedDemand: Hashable, Sendable {
    /// Estimated demand per period, in units (finite, ≥ 0).
    public var demand: [Double]
    /// Units sold per period as recorded (≥ 0, whole).
    public var sales: [Int]
    /// Whether the shelf ran empty in the period (sales then understate demand).
    public var stockout: [Bool]
    /// Mean price paid per period, in currency per unit; NaN where the history has none (the
    /// product's list price is used).
    public var price: [Double]
    /// Whether a promotion ran in the period.
    public var promotion: [Bool]
    /// The lifecycle phase each period is labelled with (see ``RecordedDemand/phases(demand:launchedInside:)``).
    public var phases: [LifecyclePhase]

    public init(demand: [Double], sales: [Int], stockout: [Bool], price: [Double], promotion: [Bool],
                phases: [LifecyclePhase]) {
        precondition([sales.count, stockout.count, price.count, promotion.count, phases.count].allSatisfy { $0 == demand.count },
                     "RecordedDemand: every column needs one value per period")
        self.demand = demand
        self.sales = sales
        self.stockout = stockout
        self.price = price
        self.promotion = promotion
        self.phases = phases
    }

    /// Periods recorded.
    public var count: Int { demand.count }

    /// Demand in whole units: unit t is round(D₀ + … + D_t) − round(D₀ + … + D_{t−1}), so every
    /// running total is the estimate's, rounded. Whole estimates come back unchanged.
    public var units: [Int] {
        var total = 0.0
        var served = 0
        return demand.map { estimate in
            total += estimate
            let now = Int(total.rounded())
            defer { served = now }
            return max(0, now - served)
        }
    }

    /// The same history with its periods taken in the order of `indices` (a resample): every
    /// column moves with its period, while the phase labels stay with the position in the life.
    public func reordered(by indices: [Int]) -> RecordedDemand {
        RecordedDemand(demand: indices.map { demand[$0] }, sales: indices.map { sales[$0] },
                       stockout: indices.map { stockout[$0] }, price: indices.map { price[$0] },
                       promotion: indices.map { promotion[$0] }, phases: phases)
    }

    /// Phase labels for a recorded life. A history says nothing certain about phases, so the
    /// labels follow a stated rule: a product launched inside the history (`launchedInside`) is
    /// in introduction while it has sold under 2.5% of its recorded demand and in growth while
    /// under 16% (Rogers' innovators and early adopters, as the Bass lifecycle labels its
    /// phases); the periods after its last sale, when the history goes on, are decline; every
    /// other period is maturity.
    public static func phases(demand: [Double], launchedInside: Bool) -> [LifecyclePhase] {
        let total = demand.reduce(0, +)
        guard total > 0 else { return Array(repeating: .maturity, count: demand.count) }
        let lastSale = demand.lastIndex { $0 > 0 } ?? 0
        var before = 0.0
        return demand.indices.map { index in
            defer { before += demand[index] }
            let share = before / total
            if index > lastSale { return .decline }
            if launchedInside && share < 0.025 { return .introduction }
            if launchedInside && share < 0.16 { return .growth }
            return .maturity
        }
    }
}
