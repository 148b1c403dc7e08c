import GSL

/// What every replication of a market shares, prepared once: the events indexed by product and
/// each product's seasonality per period. Makes fresh ``ProductMarket``s on demand — one per
/// product, replication and strategy in a backtest, all drawing the same demand uniforms.
public final class MarketBlueprint: Sendable {
    public let model: MarketModel
    private let events: EventIndex
    /// Season factors per product; products with the same seasonality share one array.
    private let seasonFactors: [[Double]]

    public init(model: MarketModel) {
        self.model = model
        self.events = EventIndex(model: model)
        var tables: [Seasonality: [Double]] = [:]
        self.seasonFactors = model.products.map { product in
            let factors = tables[product.seasonality] ?? product.seasonality.periodFactors(for: model.calendar)
            tables[product.seasonality] = factors
            return factors
        }
    }

    /// A new market for product `index` in `replication`, at period 0, whose demand stream is
    /// derived from (seed, replication, product id, `.demand`).
    /// - Throws: ``GSLError/unknownGenerator(name:available:)`` for an unknown generator name.
    public func productMarket(_ index: Int, seed: UInt64, replication: Int,
                              generator: String = RandomStream.defaultGenerator) throws(GSLError) -> ProductMarket {
        let key = StreamKey(scenarioSeed: seed, replication: replication, product: model.products[index].id, purpose: .demand)
        let stream = try RandomStream(generator: generator, key: key)
        return ProductMarket(model: model, index: index, events: events, seasonFactors: seasonFactors[index],
                             demandStream: stream,
                             recorded: try recordedDemand(index, seed: seed, replication: replication, generator: generator))
    }

    /// The recorded demand product `index` replays in `replication`: the record itself in
    /// replication 0 (or without resampling), else its block-bootstrap resample drawn from the
    /// product's `history` stream. nil for a simulated product.
    private func recordedDemand(_ index: Int, seed: UInt64, replication: Int,
                                generator: String) throws(GSLError) -> RecordedDemand? {
        guard case let .recorded(record) = model.products[index].lifecycle else { return nil }
        guard replication > 0, let resampling = model.resampling else { return record }
        let key = StreamKey(scenarioSeed: seed, replication: replication, product: model.products[index].id, purpose: .history)
        let stream = try RandomStream(generator: generator, key: key)
        return record.reordered(by: resampling.indices(periods: record.count, stream: stream))
    }
}
