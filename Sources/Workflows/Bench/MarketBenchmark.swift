import GSL
import Market

/// How fast the market simulator runs on a synthetic catalogue (``SyntheticCatalogue``),
/// against GSL drawing the same number of Poisson variates on its own at each product's mean
/// expected demand. Each timing is the best of the repetitions; build with `-c release` for
/// meaningful figures.
public enum MarketBenchmark {
    public struct Options: Sendable {
        /// Products of the synthetic catalogue (≥ 1).
        public var products: Int
        /// Daily periods (≥ 1).
        public var periods: Int
        /// Seed of the demand streams.
        public var seed: UInt64
        /// Runs of each measurement; the fastest counts (≥ 1).
        public var repetitions: Int

        public init(products: Int = 10_000, periods: Int = 730, seed: UInt64 = 1, repetitions: Int = 3) {
            self.products = products
            self.periods = periods
            self.seed = seed
            self.repetitions = repetitions
        }
    }

    /// The measurements; seconds are wall-clock, the best of the repetitions.
    public struct Result: Sendable {
        public var options: Options
        /// Live product-periods simulated: the number of demand draws.
        public var productPeriods: Int
        /// Expected demand summed over product-periods, in units.
        public var expectedDemand: Double
        /// Demand drawn by the simulator and by GSL alone, in units (the same order of size).
        public var simulatedDemand: Int
        public var bareDemand: Int
        /// Building the market (event index, season tables, one stream per product).
        public var setUpSeconds: Double
        public var simulatorSeconds: Double
        public var bareSeconds: Double
        /// Microseconds per draw of a count distribution at a mean of 10⁷ (Poisson, and negative
        /// binomial with dispersion 10⁹), where inversion would be slow: GSL's own samplers must
        /// keep such means cheap.
        public var hugeMeanMicroseconds: Double
        /// The mean of those draws (≈ 10⁷ when the samplers are right).
        public var hugeMeanDrawn: Double
        /// Peak resident memory of the process, in MB.
        public var peakMegabytes: Double

        /// Product-periods per second of the simulator, and draws per second of GSL alone.
        public var simulatorRate: Double { Double(productPeriods) / simulatorSeconds }
        public var bareRate: Double { Double(productPeriods) / bareSeconds }
    }

    public static func run(_ options: Options) throws(WorkflowError) -> Result {
        let model = SyntheticCatalogue.model(products: options.products, periods: options.periods)
        var setUpSeconds = Double.infinity
        var simulatorSeconds = Double.infinity
        var totals = DemandTotals(productCount: options.products)
        for _ in 0..<options.repetitions {
            var channel = DemandTotals(productCount: options.products)
            let started = BenchmarkClock.seconds()
            let market = try WorkflowError.reading { try MarketSimulation(model: model, seed: options.seed) }
            let built = BenchmarkClock.seconds()
            market.run(&channel)
            let finished = BenchmarkClock.seconds()
            setUpSeconds = min(setUpSeconds, built - started)
            simulatorSeconds = min(simulatorSeconds, finished - built)
            totals = channel
        }
        // GSL alone: the same number of draws, at each product's mean expected demand.
        let batches = totals.batches
        let stream = try WorkflowError.reading { try RandomStream(seed: UInt(truncatingIfNeeded: options.seed) | 1) }
        var bareSeconds = Double.infinity
        var bareDemand = 0
        for _ in 0..<options.repetitions {
            let started = BenchmarkClock.seconds()
            bareDemand = BareDraws.poissonSum(batches, stream: stream)
            bareSeconds = min(bareSeconds, BenchmarkClock.seconds() - started)
        }
        let huge = hugeMeanDraws(stream: stream, repetitions: options.repetitions)
        return Result(options: options, productPeriods: totals.productPeriods, expectedDemand: totals.expectedSum,
                      simulatedDemand: totals.demandSum, bareDemand: bareDemand, setUpSeconds: setUpSeconds,
                      simulatorSeconds: simulatorSeconds, bareSeconds: bareSeconds,
                      hugeMeanMicroseconds: huge.microseconds, hugeMeanDrawn: huge.meanDrawn,
                      peakMegabytes: BenchmarkClock.maxResidentMegabytes())
    }

    /// The best over `repetitions` of the time per draw of 1,000 draws from each family at a
    /// mean of 10⁷, in microseconds, and the mean of the last repetition's draws.
    private static func hugeMeanDraws(stream: RandomStream, repetitions: Int) -> (microseconds: Double, meanDrawn: Double) {
        let families: [CountDistribution.Family] = [.poisson, .negativeBinomial(dispersion: 1e9)]
        let drawsPerFamily = 1_000
        var best = Double.infinity
        var sum = 0
        for _ in 0..<repetitions {
            sum = 0
            let started = BenchmarkClock.seconds()
            for family in families {
                let distribution = CountDistribution(family: family, mean: 1e7)
                for _ in 0..<drawsPerFamily { sum &+= distribution.draw(stream) }
            }
            best = min(best, BenchmarkClock.seconds() - started)
        }
        let draws = Double(families.count * drawsPerFamily)
        return (best / draws * 1e6, Double(sum) / draws)
    }
}

/// Counts what the simulator produced, per product, selling everything.
private struct DemandTotals: DemandChannel {
    var expectedByProduct: [Double]
    var periodsByProduct: [Int]
    var demandSum = 0
    var expectedSum = 0.0
    var productPeriods = 0

    init(productCount: Int) {
        expectedByProduct = Array(repeating: 0, count: productCount)
        periodsByProduct = Array(repeating: 0, count: productCount)
    }

    mutating func fulfil(_ observation: DemandObservation) -> Int {
        expectedByProduct[observation.product] += observation.expected
        periodsByProduct[observation.product] += 1
        expectedSum += observation.expected
        demandSum += observation.demand
        productPeriods += 1
        return observation.demand
    }

    var batches: [(mean: Double, count: Int)] {
        zip(expectedByProduct, periodsByProduct).compactMap { sum, count in
            count > 0 ? (mean: sum / Double(count), count: count) : nil
        }
    }
}
