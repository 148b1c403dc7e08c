import Calibration
import Evaluation
import GSL
import Market
import Scenario
import TaskPool

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
    /// (the same products, in the same order), over the history's periods, products compared
    /// on `threads` workers (the result is the same whatever their number).
    /// - Throws: ``WorkflowError`` when the market cannot be built or the comparison is refused.
    static func compare(_ spec: ScenarioSpec, with input: CalibrationInput, replications: Int,
                        threads: Int) async throws(WorkflowError) -> FidelityResult {
        let blueprint = try WorkflowError.reading { MarketBlueprint(model: try spec.marketModel()) }
        let periods = input.replay.calendar.periods
        // The generator is checked once, before any product runs: each market can then be made.
        do {
            _ = try blueprint.productMarket(0, seed: spec.seed, replication: 0, generator: spec.generator)
        } catch {
            throw .computation(error)
        }
        let real = input.series.map(\.sales)
        let options = FidelityOptions(seasonLength: seasonLength(input.calendar.frequency))
        let (seed, generator) = (spec.seed, spec.generator)
        var products: [FidelityResult.ProductComparison] = []
        do {
            try await OrderedTaskPool(workers: threads).run(real.count, work: { (product) throws(FidelityError) in
                let simulated = (0..<replications).map { replication in
                    var channel = DemandRecorder(periods: periods)
                    if let market = try? blueprint.productMarket(product, seed: seed, replication: replication, generator: generator) {
                        market.run(&channel)
                    }
                    return channel.demand
                }
                return try FidelityResult.ProductComparison(real: real[product], simulated: simulated, product: product,
                                                            replications: replications, options: options)
            }, deliver: { (_, comparison) throws(FidelityError) in
                products.append(comparison)
            })
            return try FidelityResult(real: real, products: products, options: options)
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
