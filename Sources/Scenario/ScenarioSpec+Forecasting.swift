import Forecasting
import GSL
import Market

/// What forecasters may know about a scenario's products beyond their sales: the calendar's
/// season, each product's profile, and the lifecycles of comparable past launches.
extension ScenarioSpec {
    /// Periods in one seasonal cycle of the calendar: 7 for daily periods (the week), the year
    /// for the others (52 weeks, 12 months, 4 quarters).
    public var seasonLength: Int {
        calendar.period == .day ? 7 : calendar.period.perYear
    }

    /// Each catalogue product's profile (id, category, attributes, list price), in catalogue
    /// order.
    public func productProfiles() -> [ProductProfile] {
        catalogue.map { product in
            ProductProfile(id: product.id, category: product.category,
                           attributes: Set(product.attributes.map { $0.lowercased() }), price: product.price)
        }
    }

    /// The forecasting context of each catalogue product, in catalogue order.
    public func forecastingContexts(analogs: AnalogLibrary?) -> [ForecastingContext] {
        productProfiles().map { ForecastingContext(season: seasonLength, profile: $0, analogs: analogs) }
    }

    /// The catalogue's previous season: every product simulated once more with streams of its
    /// own (a seed derived from `seed`, so no draw is shared with any replication of the run),
    /// its realised demand placed so that it ends the period before the horizon starts. These
    /// are the "comparable products launched before" that the analog forecaster borrows
    /// lifecycle shapes from; being wholly in the past, they carry no look-ahead.
    /// - Throws: ``ScenarioError`` as ``marketModel()`` does.
    ///
    /// A history-driven scenario's comparable products are the history's own: each product's
    /// recorded sales where they happened (the analog model reads a reference only up to the
    /// forecast's own last observed period, so this too carries no look-ahead).
    public func pastLaunchLibrary(seed: UInt64) throws -> AnalogLibrary {
        let model = try marketModel()
        if history != nil {
            let profiles = productProfiles()
            return AnalogLibrary(references: model.products.indices.compactMap { index in
                guard case let .recorded(record) = model.products[index].lifecycle else { return nil }
                return AnalogLibrary.Reference(profile: profiles[index], firstPeriod: model.livePeriods(of: index).lowerBound,
                                               sales: record.sales.map(Double.init))
            })
        }
        let pastSeed = SeedMixer.mix(seed ^ Self.pastSeasonSalt)
        let market = try MarketSimulation(model: model, seed: pastSeed, replication: 0, generator: generator)
        var recorder = GroundTruthRecorder()
        market.run(&recorder)
        var sales = Array(repeating: [Double](), count: model.products.count)
        var first = Array(repeating: Int?.none, count: model.products.count)
        for observation in recorder.observations {
            if first[observation.product] == nil { first[observation.product] = observation.period }
            sales[observation.product].append(Double(observation.demand))
        }
        let horizon = model.calendar.periods
        let profiles = productProfiles()
        return AnalogLibrary(references: profiles.indices.compactMap { index in
            guard let start = first[index] else { return nil }
            return AnalogLibrary.Reference(profile: profiles[index], firstPeriod: start - horizon, sales: sales[index])
        })
    }

    /// Mixed into the seed of the previous season ("past" in ASCII).
    static let pastSeasonSalt: UInt64 = 0x7061_7374
}
