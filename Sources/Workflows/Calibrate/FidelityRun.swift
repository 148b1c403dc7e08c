import Calibration
import Evaluation
import GSL
import Market
import Scenario

/// Replications of a calibrated scenario's market over the history's periods, compared with
/// the history itself: demand unconstrained by stock, product by product (each product's
/// replications live only while its band and statistics are computed).
enum FidelityRun {
    /// The seasonal lag of the comparison's autocorrelation: a year of weeks, months or
    /// quarters; a week of days.
    static func seasonLength(_ frequency: SeriesFrequency) -> Int {
        switch frequency {
        case .daily: 7
        case .weekly: 52
        case .monthly: 12
        case .quarterly: 4
        }
    }

    /// Compares the real sales of `input` with `replications` replications of `spec`'s market
    /// (the same products, in the same order), over the history's periods.
    /// - Throws: ``WorkflowError`` when the market cannot be built or the comparison is refused.
    static func compare(_ spec: ScenarioSpec, with input: CalibrationInput, replications: Int) throws(WorkflowError) -> FidelityResult {
        let blueprint = try WorkflowError.reading { MarketBlueprint(model: try spec.marketModel()) }
        let periods = input.replay.calendar.periods
        // The generator is checked once, before any product runs.
        do {
            _ = try blueprint.productMarket(0, seed: spec.seed, replication: 0, generator: spec.generator)
        } catch {
            throw .computation(error)
        }
        let real = input.series.map(\.sales)
        do {
            return try FidelityResult(real: real, replications: replications,
                                      options: FidelityOptions(seasonLength: seasonLength(input.calendar.frequency))) { product in
                (0..<replications).map { replication in
                    var channel = DemandRecorder(periods: periods)
                    // Checked above: the generator exists, so the market can always be made.
                    if let market = try? blueprint.productMarket(product, seed: spec.seed, replication: replication, generator: spec.generator) {
                        market.run(&channel)
                    }
                    return channel.demand
                }
            }
        } catch {
            throw .input(error)
        }
    }
}

/// Records demand per period over the first `periods` periods, selling everything.
struct DemandRecorder: DemandChannel {
    var demand: [Double]

    init(periods: Int) {
        demand = Array(repeating: 0, count: periods)
    }

    mutating func fulfil(_ observation: DemandObservation) -> Int {
        if observation.period < demand.count { demand[observation.period] = Double(observation.demand) }
        return observation.demand
    }
}
