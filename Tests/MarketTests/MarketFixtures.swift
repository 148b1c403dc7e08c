import Calendar
import GSL
import Market

/// Small hand-built markets for the tests.
enum Fixture {
    static let start = CalendarDate(dayNumber: 20458) // 2026-01-05, a Monday

    static func day(_ offset: Int) -> CalendarDate { start.adding(days: offset) }

    /// A product with flat expected demand `level` per period over its whole life.
    static func flatProduct(_ id: String, level: Double, price: Double = 10, elasticity: Double = 0,
                            seasonality: Seasonality = .none, noise: DemandNoise = .poisson,
                            life: DayRange? = nil) -> Product {
        let life = life ?? DayRange(first: start, end: nil)
        let segment = LifecycleSegment(phase: .maturity, start: life.first, end: life.end ?? start.adding(days: 100_000),
                                       fromLevel: level, toLevel: level)
        return Product(id: id, listPrice: price, elasticity: elasticity, life: life,
                       lifecycle: .phases([segment]), seasonality: seasonality, noise: noise)
    }

    static func bassProduct(_ id: String, bass: BassDiffusion) -> Product {
        Product(id: id, listPrice: 100, life: DayRange(first: start, end: nil), lifecycle: .bass(bass))
    }

    static func model(_ products: [Product], periods: Int, length: PeriodLength = .day,
                      promotions: [Promotion] = [], priceChanges: [PriceChange] = [], shocks: [Shock] = []) -> MarketModel {
        MarketModel(calendar: PeriodCalendar(start: start, periods: periods, length: length), products: products,
                    promotions: promotions, priceChanges: priceChanges, shocks: shocks)
    }

    /// Every observation of one replication, selling all demand.
    static func observe(_ model: MarketModel, seed: UInt64 = 1, replication: Int = 0,
                        generator: String = RandomStream.defaultGenerator) throws -> [DemandObservation] {
        let market = try MarketSimulation(model: model, seed: seed, replication: replication, generator: generator)
        var recorder = GroundTruthRecorder()
        market.run(&recorder)
        return recorder.observations
    }
}

/// Sells a fixed fraction of demand (rounded down): a stand-in for a stock limit.
struct FractionSold: DemandChannel {
    var fraction: Double
    var observations: [DemandObservation] = []

    mutating func fulfil(_ observation: DemandObservation) -> Int {
        observations.append(observation)
        return Int(Double(observation.demand) * fraction)
    }
}
