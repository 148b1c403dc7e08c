/// One product's history as calibration reads it: every array spans the history's whole
/// calendar (period 0 is the history's first period; periods before the product's first row
/// or after its last hold zero sales).
///
/// Invariants: all arrays have one value per period; demand and sales are finite and ≥ 0.
public struct CalibrationSeries: Sendable {
    public var id: String
    /// Its group (the product file's `--group` column), nil when it has none: it is then
    /// pooled with the whole catalogue.
    public var group: String?
    /// Demand per period, units, as the history was read: calibrate reads its sales as demand
    /// (the lifecycle fit unconstrains censored periods itself, from ``sales`` and ``censored``).
    public var demand: [Double]
    /// Units sold per period, as recorded.
    public var sales: [Double]
    /// Whether the shelf ran empty in the period (its sales understate demand).
    public var censored: [Bool]
    /// Price paid per period (currency per unit), NaN where unknown; nil without a price column.
    public var prices: [Double]?
    /// Whether a promotion ran; nil without a promotion column.
    public var promotions: [Bool]?

    public init(id: String, group: String? = nil, demand: [Double], sales: [Double], censored: [Bool],
                prices: [Double]? = nil, promotions: [Bool]? = nil) {
        self.id = id
        self.group = group
        self.demand = demand
        self.sales = sales
        self.censored = censored
        self.prices = prices
        self.promotions = promotions
    }

    public var count: Int { demand.count }
}
