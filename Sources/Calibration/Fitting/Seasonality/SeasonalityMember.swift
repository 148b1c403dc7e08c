/// One product of a group, as the seasonal fit sees it. Every array is indexed by the periods of
/// the group's ``SeasonalCalendar`` (`0..<calendar.periods`).
public struct SeasonalityMember: Sendable, Hashable {
    /// Units sold per period, finite and ≥ 0.
    public var sales: [Double]
    /// Expected units per period before the seasonal multipliers (the lifecycle fit's baseline,
    /// times any known price and promotion multipliers), finite and ≥ 0. Its level need not be
    /// right: the multipliers are normalised to average 1 afterwards.
    public var baseline: [Double]
    /// Whether the shelf ran empty in the period (sales understate demand); nil = never.
    /// Censored periods are skipped.
    public var censored: [Bool]?
    /// The periods in which the product was on sale (from launch to end of life); periods
    /// outside are skipped.
    public var live: Range<Int>

    public init(sales: [Double], baseline: [Double], censored: [Bool]? = nil, live: Range<Int>) {
        self.sales = sales
        self.baseline = baseline
        self.censored = censored
        self.live = live
    }

    /// Whether period `t` informs the fit: live, not censored, with a positive baseline (a
    /// zero baseline says nothing about a multiplier).
    func isUsed(_ period: Int) -> Bool {
        live.contains(period) && !(censored?[period] ?? false) && baseline[period] > 0
    }
}
