extension MarketModel {
    /// For every product, an upper bound on its expected demand in any period, in units:
    /// the lifecycle's largest level × the largest (season × conditions) over its live periods.
    ///
    /// Scenario validation uses it to refuse markets whose demand no sampler could draw
    /// (a market size of 10¹², an elasticity of −1000 under a discount). Costs one evaluation of
    /// the conditions per live period and product, so it is for scenario files, not for
    /// benchmark-sized catalogues.
    public func maximumExpectedDemand() -> [Double] {
        let events = EventIndex(model: self)
        var seasonTables: [Seasonality: [Double]] = [:]
        return products.indices.map { index in
            let product = products[index]
            let season = seasonTables[product.seasonality] ?? product.seasonality.periodFactors(for: calendar)
            seasonTables[product.seasonality] = season
            let effects = ProductEffects(model: self, productIndex: index, events: events)
            var largestFactor = 0.0
            for period in livePeriods(of: index) {
                let factor = season[period] * effects.conditions(in: period, calendar: calendar).demandMultiplier
                largestFactor = factor.isNaN ? .infinity : max(largestFactor, factor)
            }
            return product.lifecycle.largestLevel * largestFactor
        }
    }
}

extension Lifecycle {
    /// The most units per period the lifecycle can ask for before season and conditions.
    var largestLevel: Double {
        switch self {
        case let .bass(bass):
            return bass.marketSize * (bass.peakAdoptionRate + bass.repeatRate)
        case let .phases(segments):
            return segments.map { max($0.fromLevel, $0.toLevel) }.max() ?? 0
        case let .recorded(history):
            return history.demand.max() ?? 0
        }
    }
}
