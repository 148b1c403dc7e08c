import Forecasting

/// One series to evaluate forecasters on: what was sold per period and what forecasters may
/// know, plus, for simulated markets, the truth behind it.
///
/// Invariants: `sales` is non-empty, finite and ≥ 0; every optional per-period array is as long
/// as `sales`. Periods are indices on the evaluation's ``SeriesCalendar``: `sales[i]` is period
/// `firstPeriod + i`.
public struct EvaluationSeries: Sendable {
    /// The `unique_id` in result files.
    public var id: String
    /// The calendar period of `sales[0]`.
    public var firstPeriod: Int
    /// Units sold (the realised demand `y`) per period, ≥ 0.
    public var sales: [Double]
    /// Expected demand per period (the market's `expected`), for simulated series only.
    public var truth: [Double]?
    /// Lifecycle phase label per period ("growth"), for simulated series only.
    public var phases: [String]?
    /// Price per period, currency per unit; NaN where unknown (no sale).
    public var prices: [Double]?
    /// Whether a promotion ran in the period.
    public var promotions: [Bool]?
    /// Whether the shelf ran empty in the period (sales understate demand).
    public var stockouts: [Bool]?
    /// What forecasters may know about the product (season, profile, analogs).
    public var context: ForecastingContext

    public init(id: String, firstPeriod: Int, sales: [Double], truth: [Double]? = nil, phases: [String]? = nil,
                prices: [Double]? = nil, promotions: [Bool]? = nil, stockouts: [Bool]? = nil,
                context: ForecastingContext) {
        self.id = id
        self.firstPeriod = firstPeriod
        self.sales = sales
        self.truth = truth
        self.phases = phases
        self.prices = prices
        self.promotions = promotions
        self.stockouts = stockouts
        self.context = context
    }

    /// Number of periods.
    public var count: Int { sales.count }

    /// The index of the product's launch, the anchor of `launch+K` origins: for a simulated
    /// market (a series with the truth) index 0, the first live period, where its series
    /// starts; for a sales history the first period with a sale, the only evidence of a launch
    /// it holds. Nil for a history series that never sold.
    public var launch: Int? {
        truth != nil ? 0 : sales.firstIndex { $0 > 0 }
    }

    /// What a forecaster observes: one observation per period, with the calendar's period index
    /// (so that the analog model lines the product up with its references), the price (0 when
    /// unknown) and the promotion and stockout flags.
    public func observations() -> [SalesObservation] {
        sales.indices.map { index in
            let price = prices?[index] ?? 0
            return SalesObservation(period: firstPeriod + index, sales: sales[index],
                                    stockout: stockouts?[index] ?? false,
                                    price: price.isFinite ? price : 0,
                                    promotion: promotions?[index] ?? false)
        }
    }

    /// The median of the known prices, if any: the product's usual price.
    public var medianPrice: Double? {
        guard let prices else { return nil }
        let known = prices.filter { $0.isFinite }.sorted()
        guard !known.isEmpty else { return nil }
        let middle = known.count / 2
        return known.count % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2
    }
}
