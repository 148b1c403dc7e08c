import Backtest
import Market

extension ReportData {
    /// The report data of a finished run, from a run of its shown replication alone.
    /// - Parameters:
    ///   - model: the scenario's market (products in catalogue order, calendar, events).
    ///   - names: display names by catalogue index (nil where the scenario gives none); may be
    ///     shorter than the catalogue.
    ///   - collector: the sink that kept the periods of the shown replication.
    ///   - medianProfitOf: the strategy whose median-profit replication it is; nil when the
    ///     reader chose it.
    ///   - recordedSales: by catalogue index, a history-driven product's recorded sales in the
    ///     shown replication (``ProductTrace/recordedSales``); may be shorter than the catalogue.
    public init(version: String, scenario: ScenarioOverview, model: MarketModel, names: [String?],
                collector: ReportCollector, medianProfitOf: String?, recordedSales: [[Int]?] = []) {
        let shown = ReportCollector.tracedProducts(of: model.products.count)
        let products = (0..<shown).map { index -> ProductTrace in
            let product = model.products[index]
            let live = model.livePeriods(of: index)
            return ProductTrace(id: product.id, name: names.indices.contains(index) ? names[index] : nil,
                                category: product.category, listPrice: product.listPrice, unitCost: product.unitCost,
                                liveStart: live.lowerBound, liveEnd: live.upperBound,
                                events: ReportEvent.events(of: index, in: model), strategies: collector.traces(of: index),
                                recordedSales: recordedSales.indices.contains(index) ? recordedSales[index] : nil)
        }
        self.init(version: version, scenario: scenario, replication: collector.replication, medianProfitOf: medianProfitOf,
                  products: products)
    }
}
