import Calendar
import GSL
import Market

/// One product simulated by the real market on a weekly calendar, its sales recorded as a
/// lifecycle fit reads them.
enum LifecycleMarket {
    static let start = CalendarDate(dayNumber: 20458) // 2026-01-05, a Monday

    /// Sales, stockout flags and true expected demand of one product over `periods` weeks.
    struct History {
        var sales: [Double]
        var censored: [Bool]
        var expected: [Double]
    }

    /// Sells up to `cap` units a period (all demand when nil); a period whose demand reached the
    /// cap is censored (the shelf ran empty).
    struct CappedShelf: DemandChannel {
        var cap: Int?
        var history: History

        mutating func fulfil(_ observation: DemandObservation) -> Int {
            let sold = min(observation.demand, cap ?? .max)
            history.sales[observation.period] = Double(sold)
            history.censored[observation.period] = cap.map { observation.demand >= $0 } ?? false
            history.expected[observation.period] = observation.expected
            return sold
        }
    }

    static func simulate(_ lifecycle: Lifecycle, noise: DemandNoise, launchWeek: Int, lifeWeeks: Int? = nil,
                         periods: Int = 104, seed: UInt64, cap: Int? = nil, seasonality: Seasonality = .none) throws -> History {
        let first = start.adding(days: 7 * launchWeek)
        let life = DayRange(first: first, end: lifeWeeks.map { first.adding(days: 7 * $0) })
        let product = Product(id: "fitted", listPrice: 10, life: life, lifecycle: lifecycle, seasonality: seasonality, noise: noise)
        let model = MarketModel(calendar: calendar(periods: periods), products: [product])
        let market = try MarketSimulation(model: model, seed: seed)
        let empty = History(sales: Array(repeating: 0, count: periods), censored: Array(repeating: false, count: periods),
                            expected: Array(repeating: 0, count: periods))
        var shelf = CappedShelf(cap: cap, history: empty)
        market.run(&shelf)
        return shelf.history
    }

    /// The weekly calendar of the histories.
    static func calendar(periods: Int) -> PeriodCalendar {
        PeriodCalendar(start: start, periods: periods, length: .week)
    }

    /// Phase segments laid end to end from week `launchWeek`: (phase, weeks, from, to).
    static func phases(_ parts: [(LifecyclePhase, Int, Double, Double)], launchWeek: Int) -> Lifecycle {
        var cursor = start.adding(days: 7 * launchWeek)
        return .phases(parts.map { phase, weeks, from, to in
            let end = cursor.adding(days: 7 * weeks)
            defer { cursor = end }
            return LifecycleSegment(phase: phase, start: cursor, end: end, fromLevel: from, toLevel: to)
        })
    }
}
