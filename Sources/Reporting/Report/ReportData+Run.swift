import Backtest
import Market

extension ReportData {
    /// The report data of a finished run (or of the shard that computed the traced replication).
    /// - Parameters:
    ///   - model: the scenario's market (products in catalogue order, calendar, events).
    ///   - names: display names by catalogue index (nil where the scenario gives none); may be
    ///     shorter than the catalogue.
    ///   - collector: the sink that kept the traced periods.
    public init<Inner>(version: String, scenario: ScenarioOverview, model: MarketModel, names: [String?],
                       collector: ReportCollector<Inner>) {
        let shown = min(model.products.count, Self.productLimit)
        let products = (0..<shown).map { index -> ProductTrace in
            let product = model.products[index]
            let live = model.livePeriods(of: index)
            return ProductTrace(id: product.id, name: names.indices.contains(index) ? names[index] : nil,
                                category: product.category, listPrice: product.listPrice, unitCost: product.unitCost,
                                liveStart: live.lowerBound, liveEnd: live.upperBound,
                                events: ReportEvent.events(of: index, in: model), strategies: collector.traces(of: index))
        }
        self.init(version: version, scenario: scenario, products: products)
    }
}
