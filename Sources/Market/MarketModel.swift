import Calendar

/// Everything deterministic about a market: the calendar, the products and the dated events.
/// A plain value; ``MarketSimulation`` runs it for one replication.
///
/// Products are referred to by their index in ``products`` everywhere in the model.
public struct MarketModel: Hashable, Sendable {
    public var calendar: PeriodCalendar
    public var products: [Product]
    public var promotions: [Promotion]
    public var priceChanges: [PriceChange]
    public var shocks: [Shock]
    /// The first period that counts: the periods before it only warm forecasters up on the
    /// recorded sales (a history-driven market's warm-up); 0 for a simulated market.
    public var scoringStart: Int
    /// How replications after the first resample recorded demand; nil when no product's demand
    /// is recorded, or to replay the recorded past in every replication.
    public var resampling: HistoryResampling?

    public init(calendar: PeriodCalendar, products: [Product], promotions: [Promotion] = [],
                priceChanges: [PriceChange] = [], shocks: [Shock] = [], scoringStart: Int = 0,
                resampling: HistoryResampling? = nil) {
        self.calendar = calendar
        self.products = products
        self.promotions = promotions
        self.priceChanges = priceChanges
        self.shocks = shocks
        self.scoringStart = scoringStart
        self.resampling = resampling
    }

    /// The periods in which product `index` is on sale, clamped to the horizon (may be empty).
    public func livePeriods(of index: Int) -> Range<Int> {
        let life = products[index].life
        return calendar.periods(touching: life.first, until: life.end ?? calendar.end)
    }

    /// The promotion that names the periods a sales history flags as promoted: one entry of
    /// ``promotions`` called ``Promotion/recordedName`` with no products, so it changes no
    /// simulated demand (the record already holds the promotions' effect); nil when absent.
    public var recordedPromotion: Int? {
        promotions.firstIndex { $0.name == Promotion.recordedName && $0.products.isEmpty }
    }

    /// The live periods of product `index` that count (from ``scoringStart`` on; may be empty).
    public func scoredPeriods(of index: Int) -> Range<Int> {
        let live = livePeriods(of: index)
        let first = max(live.lowerBound, scoringStart)
        return first < live.upperBound ? first..<live.upperBound : live.upperBound..<live.upperBound
    }
}
