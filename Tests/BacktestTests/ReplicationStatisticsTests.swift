import Foundation
import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// Replications folded into verdicts: paired comparisons, their intervals, the same results at
/// any thread count, and shards that add up to the run.
@Suite("Replications, comparisons and threads")
struct ReplicationStatisticsTests {
    /// The common-random-numbers fixture with more replications.
    static func plan(_ strategies: [Strategy], replications: Int = 12) throws -> BacktestPlan {
        var plan = try CommonRandomNumbersTests.plan(strategies)
        plan.replications = replications
        return plan
    }

    static func threeStrategies() throws -> [Strategy] {
        let (y, z) = try CommonRandomNumbersTests.others()
        return [try CommonRandomNumbersTests.strategyX(), y, z]
    }

    @Test("twins under common random numbers: identical catalogue figures in every replication, zero difference; independent streams differ")
    func twins() async throws {
        var twin = try CommonRandomNumbersTests.strategyX()
        twin.name = "X again"
        let strategies = [try CommonRandomNumbersTests.strategyX(), twin]
        let (sink, summary) = try await runRecording(try Self.plan(strategies), traces: false)
        #expect(sink.replications.count == 12)
        for outcome in sink.replications {
            #expect(outcome.strategies[0] == outcome.strategies[1], "replication \(outcome.replication)")
        }
        let difference = try #require(summary.comparison.differences[1][.profit])
        #expect(difference.mean == 0 && difference.standardDeviation == 0)
        var independent = try Self.plan(strategies)
        independent.commonRandomNumbers = false
        let (apart, _) = try await runRecording(independent, traces: false)
        #expect(apart.replications.contains { $0.strategies[0] != $0.strategies[1] },
                "independent streams must give the twins different markets")
    }

    @Test("paired differences vary less than independent ones on the same strategies")
    func pairingShrinksVariance() async throws {
        // Three staples with over-dispersed demand and a fixed lead time: each strategy's profit
        // follows the demand it meets, so under common numbers the differences lose that noise.
        let products = (0..<3).map { Fixture.flatProduct("staple\($0)", level: 6 + 2 * Double($0), price: 5,
                                                          noise: .negativeBinomial(dispersion: 2)) }
        let terms = try (0..<3).map { _ in
            ProductTerms(economics: Economics(price: 5, unitCost: 3, holdingCost: 0.02, salvageValue: 1), orderCost: 5,
                         leadTimeDays: try Distribution.constant(2).makeSampler(), initialStock: 20)
        }
        func plan(common: Bool) throws -> BacktestPlan {
            BacktestPlan(blueprint: Fixture.blueprint(products, periods: 60), terms: terms, strategies: try Self.threeStrategies(),
                         seed: 0x5EED, replications: 200, commonRandomNumbers: common)
        }
        let (_, paired) = try await runRecording(try plan(common: true), traces: false)
        let (_, independent) = try await runRecording(try plan(common: false), traces: false)
        for strategy in 1..<3 {
            let withCRN = try #require(paired.comparison.differences[strategy][.profit]).variance
            let without = try #require(independent.comparison.differences[strategy][.profit]).variance
            // An F test of 199 against 199 degrees of freedom calls a variance ratio below 0.718
            // significant at 1% (scipy f.ppf(0.01, 199, 199)); seed 0x5EED.
            #expect(withCRN < 0.718 * without, "strategy \(strategy): \(withCRN) vs \(without)")
        }
    }

    @Test("the same summary, outcomes and trace with 1, 2 or 5 threads", arguments: [2, 5])
    func threadCountDoesNotMatter(_ threads: Int) async throws {
        let plan = try Self.plan(try Self.threeStrategies(), replications: 5)
        let (one, oneSummary) = try await runRecording(plan, threads: 1)
        let (many, manySummary) = try await runRecording(plan, threads: threads)
        #expect(one.replications == many.replications)
        #expect(one.outcomes.map(\.card) == many.outcomes.map(\.card))
        #expect(one.traces == many.traces)
        for index in 0..<3 {
            #expect(oneSummary.strategies[index].total == manySummary.strategies[index].total)
            #expect(oneSummary.comparison.differences[index] == manySummary.comparison.differences[index])
            #expect(oneSummary.comparison.bootstraps[index] == manySummary.comparison.bootstraps[index])
        }
    }

    @Test("a strategy managing some products is compared with the baseline on those products, whichever manages fewer")
    func pairedOnSharedProducts() async throws {
        var twin = try CommonRandomNumbersTests.strategyX()
        twin.name = "X on the gadget"
        twin.products = [0]
        var z = try CommonRandomNumbersTests.others().1
        z.products = [1]
        var plan = try Self.plan([try CommonRandomNumbersTests.strategyX(), twin, z], replications: 6)
        #expect(plan.comparedOnSharedProducts == [false, true, true])
        let (sink, summary) = try await runRecording(plan, traces: false)
        // The twin does on the gadget what the baseline does there: no difference on any metric,
        // although its totals cover one product of two (compared on totals it would lose the staple's profit).
        #expect(summary.strategies[1].mean(.profit) != summary.strategies[0].mean(.profit))
        #expect(summary.comparison.differences[1].count == summary.comparison.differences[0].count)
        for (metric, difference) in summary.comparison.differences[1] {
            #expect(difference.mean == 0 && difference.standardDeviation == 0, "\(metric)")
        }
        // Z on the staple: each replication's difference is its staple profit minus the baseline's.
        var expected = RunningStatistic()
        for replication in 0..<6 {
            let own = try #require(sink.outcome(replication: replication, strategy: 2, product: 1)).card.total.profit
            let base = try #require(sink.outcome(replication: replication, strategy: 0, product: 1)).card.total.profit
            expected.add(own - base)
        }
        let actual = try #require(summary.comparison.differences[2][.profit])
        #expect(isClose(actual.mean, expected.mean) && isClose(actual.standardDeviation, expected.standardDeviation),
                "\(actual.mean) vs \(expected.mean) (seed \(plan.seed))")
        // With the partial twin as the baseline, the whole-catalogue X is compared on the gadget
        // alone (zero again), and Z, which shares nothing with it, not at all.
        plan.baseline = 1
        #expect(plan.comparedOnSharedProducts == [true, false, true])
        let (_, againstTwin) = try await runRecording(plan, traces: false)
        #expect(againstTwin.comparison.differences[0][.profit].map { $0.mean == 0 && $0.standardDeviation == 0 } == true)
        #expect(againstTwin.comparison.differences[2].isEmpty)
    }

    @Test("shards of the replications, folded in order, give the run's summary exactly", arguments: [1, 2, 3, 7])
    func shardsAddUp(_ count: Int) async throws {
        let plan = try Self.plan(try Self.threeStrategies(), replications: 7)
        let (whole, summary) = try await runRecording(plan, traces: false)
        var folded = BacktestSummary(strategies: plan.strategies.map(\.name), seed: plan.seed)
        var covered: [Int] = []
        for index in 0..<count {
            let shard = try Shard(index: index, count: count)
            var sink = RecordingSink(traces: false)
            _ = try await Backtester.run(plan, replications: shard.replications(of: 7), threads: 2, into: &sink)
            for outcome in sink.replications { try folded.add(outcome) }
            covered += sink.replications.map(\.replication)
        }
        #expect(covered == Array(0..<7))
        #expect(whole.replications.count == 7)
        for index in 0..<3 {
            #expect(folded.strategies[index].total == summary.strategies[index].total)
            #expect(folded.comparison.bootstraps[index] == summary.comparison.bootstraps[index])
        }
    }

    @Test("shards partition the replications into contiguous blocks in order")
    func shardRanges() throws {
        for total in [1, 2, 5, 100, 101] {
            for count in 1...9 {
                let ranges = try (0..<count).map { try Shard(index: $0, count: count).replications(of: total) }
                #expect(ranges.flatMap { Array($0) } == Array(0..<total), "\(total) replications in \(count) shards")
            }
        }
        #expect(throws: ShardError.self) { try Shard(parsing: "4/4") }
        #expect(throws: ShardError.self) { try Shard(parsing: "-1/4") }
        #expect(throws: ShardError.self) { try Shard(parsing: "1of4") }
        #expect(try Shard(parsing: "3/4") == Shard(index: 3, count: 4))
    }

    @Test("the t interval of a mean covers the true mean 95% of the time (2,000 seeded samples of 10)")
    func tIntervalCoverage() throws {
        let stream = try RandomStream(seed: 20261129)
        // Normal data: for them the t interval's coverage is exactly 95%, so any shortfall is ours.
        let sampler = try Distribution.normal(mean: 10, sd: 3).makeSampler()
        let experiments = 2_000
        var covered = 0
        for _ in 0..<experiments {
            var statistic = RunningStatistic()
            for _ in 0..<10 { statistic.add(sampler.sample(stream)) }
            if try #require(statistic.confidenceInterval95).contains(10) { covered += 1 }
        }
        let rate = Double(covered) / Double(experiments)
        // Binomial standard error at 0.95 over 2,000 runs: 0.0049; allow 4.5 of them.
        #expect(abs(rate - 0.95) < 4.5 * (0.95 * 0.05 / Double(experiments)).squareRoot(), "coverage \(rate)")
    }

    @Test("the Poisson bootstrap interval covers the true mean about 95% of the time (400 seeded samples of 100)")
    func bootstrapCoverage() throws {
        let stream = try RandomStream(seed: 20261130)
        let sampler = try Distribution.normal(mean: 3, sd: 2).makeSampler()
        let experiments = 400
        var covered = 0
        for experiment in 0..<experiments {
            var bootstrap = PoissonBootstrap()
            for replication in 0..<100 {
                let weights = try PoissonBootstrap.weights(seed: UInt64(experiment), replication: replication,
                                                           generator: RandomStream.defaultGenerator)
                bootstrap.add(sampler.sample(stream), replicationWeights: weights)
            }
            if try #require(bootstrap.percentileInterval95).contains(3) { covered += 1 }
        }
        let rate = Double(covered) / Double(experiments)
        // For the mean of n = 100 normal values the percentile bootstrap is, to first order, the
        // interval mean ± 1.96·s·√((n−1)/n)/√n, whose coverage is 2·T₉₉(1.96·√0.99) − 1 = 0.946
        // (Student t, scipy). Binomial standard error at 400 runs: 0.011; allow 4.5 of them.
        let expected = 0.946
        #expect(abs(rate - expected) < 4.5 * (expected * (1 - expected) / Double(experiments)).squareRoot(), "coverage \(rate)")
    }

    @Test("bootstrap weights are Poisson(1), the same for the same replication, different for another")
    func bootstrapWeights() throws {
        let a = try PoissonBootstrap.weights(seed: 7, replication: 3, generator: RandomStream.defaultGenerator)
        let b = try PoissonBootstrap.weights(seed: 7, replication: 3, generator: RandomStream.defaultGenerator)
        let c = try PoissonBootstrap.weights(seed: 7, replication: 4, generator: RandomStream.defaultGenerator)
        #expect(a == b && a != c && a.count == PoissonBootstrap.resamples)
        let mean = a.reduce(0, +) / Double(a.count)
        // Poisson(1): mean 1, sd 1, so the mean of 200 has sd 0.071.
        #expect(abs(mean - 1) < 4.5 * 0.071, "\(mean)")
    }

    @Test("probability of being best sums to 1 over strategies; twins split their wins")
    func probabilityBest() async throws {
        var twin = try CommonRandomNumbersTests.strategyX()
        twin.name = "X again"
        let (y, _) = try CommonRandomNumbersTests.others()
        let (_, summary) = try await runRecording(try Self.plan([try CommonRandomNumbersTests.strategyX(), twin, y]), traces: false)
        let total = (0..<3).reduce(0.0) { $0 + summary.comparison.probabilityBest($1, .profit) }
        #expect(abs(total - 1) < 1e-12)
        #expect(summary.comparison.probabilityBest(0, .profit) == summary.comparison.probabilityBest(1, .profit))
        #expect(summary.comparison.profitIndistinguishable(0, 1))
    }
}
