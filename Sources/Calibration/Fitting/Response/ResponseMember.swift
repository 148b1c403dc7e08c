/// One product of a group, as the price and promotion fit sees it. Every array is indexed by
/// the periods of the history calendar and has the same length as `sales`.
public struct ResponseMember: Sendable, Hashable {
    /// Units sold per period, finite and ≥ 0.
    public var sales: [Double]
    /// Expected units per period before price and promotion effects (the lifecycle baseline
    /// times the seasonal factor), finite and ≥ 0.
    public var expected: [Double]
    /// Shelf price per period (currency per unit, > 0), NaN where unknown (a period without a
    /// sale in most histories); nil when the history has no price column.
    public var prices: [Double]?
    /// Whether a promotion ran in the period; nil when the history has no promotion column.
    public var promotions: [Bool]?
    /// Whether the shelf ran empty in the period; nil = never. Censored periods are skipped.
    public var censored: [Bool]?
    /// The periods in which the product was on sale; periods outside are skipped.
    public var live: Range<Int>

    public init(sales: [Double], expected: [Double], prices: [Double]? = nil, promotions: [Bool]? = nil,
                censored: [Bool]? = nil, live: Range<Int>) {
        self.sales = sales
        self.expected = expected
        self.prices = prices
        self.promotions = promotions
        self.censored = censored
        self.live = live
    }

    /// The periods that inform the fit: live, uncensored, with positive expected units.
    var usedPeriods: [Int] {
        live.filter { !(censored?[$0] ?? false) && expected[$0] > 0 }
    }
}
