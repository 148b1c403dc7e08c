import Calendar
import Evaluation
import Forecasting

/// A product planned for launch: a product-file row with a `launch` date and no sales yet.
extension ScenarioSpec {
    /// Why a planned product has no economics.
    public enum PlannedProductError: Error, Hashable, Sendable {
        /// Neither its product-file row nor the defaults give a price (there is no sale to take it from).
        case noPrice
        /// Neither its row nor the defaults give a unit cost (or a unit-cost share).
        case noUnitCost
    }

    /// The product `record` plans to launch on `launch`, with the economics a history-driven
    /// scenario gives a product of its history: its product-file row first, then `defaults`,
    /// then the built-in defaults (see `HistoryCatalogue`); the price must come from the row
    /// or `defaults`. It starts with no stock and ends on the row's `end_of_life` (or outlives
    /// the horizon); its lifecycle is left
    /// to the caller (a placeholder phase of zero demand until then).
    public static func plannedProduct(_ record: ProductRecord, launch: CalendarDate, defaults: ProductOverride,
                                      calendar: CalendarSpec) -> Result<ProductSpec, PlannedProductError> {
        let id = record.profile.id
        let catalogue = HistoryCatalogue(overrides: [:], defaults: defaults, productFile: [id: record], calendar: calendar,
                                         warmUp: 0, recordedPrices: [:])
        let period = calendar.calendar.period(containing: launch)
        // No sales yet: an empty series at the launch period stands for it.
        let series = EvaluationSeries(id: id, firstPeriod: period, sales: [], context: ForecastingContext(season: 1))
        switch catalogue.product(for: series, demand: []) {
        case var .success(product):
            product.launch = launch
            product.endOfLife = record.endOfLife.map(CalendarDate.init(dayNumber:))
            product.initialStock = 0
            product.lifecycle = .phases([PhaseSpec(phase: .introduction, extent: nil, from: 0, to: 0)])
            return .success(product)
        case .failure(.price), .failure(.productRow):
            return .failure(.noPrice)
        case .failure(.unitCost):
            return .failure(.noUnitCost)
        }
    }
}
