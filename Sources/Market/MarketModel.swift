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

    public init(calendar: PeriodCalendar, products: [Product], promotions: [Promotion] = [],
                priceChanges: [PriceChange] = [], shocks: [Shock] = []) {
        self.calendar = calendar
        self.products = products
        self.promotions = promotions
        self.priceChanges = priceChanges
        self.shocks = shocks
    }

    /// The periods in which product `index` is on sale, clamped to the horizon (may be empty).
    public func livePeriods(of index: Int) -> Range<Int> {
        let life = products[index].life
        return calendar.periods(touching: life.first, until: life.end ?? calendar.end)
    }
}
