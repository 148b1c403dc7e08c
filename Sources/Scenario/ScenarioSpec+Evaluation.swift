import Calendar
import Evaluation
import Forecasting
import GSL
import Market

/// A scenario's market as series to evaluate forecasters on.
extension ScenarioSpec {
    /// The scenario's calendar as an evaluation calendar.
    /// - Throws: ``ScenarioError`` at `calendar.period` when evaluation series have no frequency
    ///   for its period (see ``PeriodLength/seriesFrequency``).
    public func evaluationCalendar() throws(ScenarioError) -> SeriesCalendar {
        let calendar = self.calendar.calendar
        guard let frequency = calendar.length.seriesFrequency else {
            let name = calendar.length.rawValue
            throw issue("calendar.period", .invalidValue,
                        "forecasters cannot be evaluated on a \(name)ly calendar yet: evaluation series have no \(name)ly frequency in this build",
                        hint: "backtest or simulate the scenario instead")
        }
        return SeriesCalendar(startDay: calendar.start.dayNumber, frequency: frequency)
    }

    /// Simulates the market without inventory (every unit demanded is sold, as
    /// `sellthrough simulate` does) once per seed and replication, and returns one series per
    /// product and run over its live periods: `sales` = realised demand, `truth` = expected
    /// demand, the lifecycle phase, price and promotion flag of each period. The forecasting
    /// context of each product is the calendar's season (or `season`), its profile and, as
    /// analogs, the catalogue's previous season (``pastLaunchLibrary(seed:)``) for that seed.
    ///
    /// Ids are the product ids for a single run, `id@s<seed>r<replication>` for several.
    /// Series are in run order, then catalogue order.
    /// - Throws: ``ScenarioError`` when the market cannot be built, GSL errors for an unknown
    ///   generator.
    public func evaluationSeries(seeds: [UInt64], replications: Int, season: Int? = nil) throws -> [EvaluationSeries] {
        let model = try marketModel()
        let runs = seeds.flatMap { seed in (0..<max(1, replications)).map { (seed, $0) } }
        var series: [EvaluationSeries] = []
        for (seed, replication) in runs {
            let library = try pastLaunchLibrary(seed: seed)
            let contexts = forecastingContexts(analogs: library).map { context in
                ForecastingContext(season: season ?? context.season, profile: context.profile, analogs: context.analogs)
            }
            let market = try MarketSimulation(model: model, seed: seed, replication: replication, generator: generator)
            var recorder = GroundTruthRecorder()
            market.run(&recorder)
            let byProduct = Dictionary(grouping: recorder.observations, by: \.product)
            for (index, product) in model.products.enumerated() {
                guard let observations = byProduct[index], !observations.isEmpty else { continue }
                let id = runs.count == 1 ? product.id : "\(product.id)@s\(seed)r\(replication)"
                let context = contexts.indices.contains(index) ? contexts[index] : ForecastingContext(season: season ?? seasonLength)
                series.append(Self.series(id: id, observations: observations, context: context))
            }
        }
        return series
    }

    /// One product's observations (period order) as a series from its first to its last live
    /// period; a period without an observation inside that span (none in today's market) is a
    /// zero with the previous period's phase and price.
    static func series(id: String, observations: [DemandObservation], context: ForecastingContext) -> EvaluationSeries {
        let first = observations[0].period
        let count = (observations.last?.period ?? first) - first + 1
        var sales = Array(repeating: 0.0, count: count)
        var truth = Array(repeating: 0.0, count: count)
        var phases = Array(repeating: observations[0].phase.rawValue, count: count)
        var prices = Array(repeating: observations[0].price, count: count)
        var promotions = Array(repeating: false, count: count)
        var seen = Array(repeating: false, count: count)
        for observation in observations {
            let index = observation.period - first
            sales[index] = Double(observation.demand)
            truth[index] = observation.expected
            phases[index] = observation.phase.rawValue
            prices[index] = observation.price
            promotions[index] = observation.promotion != nil
            seen[index] = true
        }
        for index in 1..<max(1, count) where !seen[index] {
            phases[index] = phases[index - 1]
            prices[index] = prices[index - 1]
        }
        return EvaluationSeries(id: id, firstPeriod: first, sales: sales, truth: truth, phases: phases, prices: prices,
                                promotions: promotions, context: context)
    }
}

extension PeriodLength {
    /// The series frequency of this period: daily, weekly, monthly, quarterly. Months and
    /// quarters are looked up by name, so that they map as soon as ``SeriesFrequency`` has
    /// them (issue 15's history import adds them) and are nil before.
    public var seriesFrequency: SeriesFrequency? {
        switch self {
        case .day: .daily
        case .week: .weekly
        case .month: SeriesFrequency(rawValue: "monthly")
        case .quarter: SeriesFrequency(rawValue: "quarterly")
        }
    }
}
