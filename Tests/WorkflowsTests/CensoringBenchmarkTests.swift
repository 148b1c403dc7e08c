import Foundation
import Testing
import Workflows

/// The censoring benchmark: its counts are those of the closed loop, `as-sales` is exact where
/// nothing was censored and low where something was, and the strategy is the one asked for.
@Suite("censoring benchmark")
struct CensoringBenchmarkTests {
    static let lifecycle = Fixtures.path("Scenarios/censoring-lifecycle.yaml")

    @Test("every live product-period is scored; as-sales errs only on censored periods, and low")
    func counts() async throws {
        let result = try await CensoringBenchmark.run(CensoringBenchmark.Options(scenarioFile: Self.lifecycle, replications: 1))
        // 20 products live for the 58 weeks of their four phases, one replication.
        #expect(result.series == 20 && result.periods == 20 * 58)
        #expect(result.strategy == "ses × fc-60")
        #expect(result.censoredPeriods > 0 && result.censoredPeriods < result.periods)
        #expect(result.scores.map(\.name) == ["as-sales", "product-limit", "censored-likelihood", "comparable-periods"])
        let asSales = try #require(result.scores.first)
        #expect(asSales.periods == result.periods && asSales.censoredPeriods == result.censoredPeriods)
        #expect(asSales.absoluteError == asSales.censoredAbsoluteError)
        #expect(asSales.bias < 0 && asSales.censoredBias < asSales.bias)
        for score in result.scores {
            #expect(score.demand == asSales.demand, "\(score.name)")
            #expect(score.estimate >= asSales.estimate, "\(score.name): an estimate below the sales")
        }
        // The estimators that model the censored tail recover most of what as-sales misses.
        for score in result.scores where score.name == "product-limit" || score.name == "censored-likelihood" {
            #expect(abs(score.bias) < abs(asSales.bias) / 2, "\(score.name): \(score.bias) vs as-sales \(asSales.bias)")
        }
    }

    @Test("the strategy is picked by its run-table name; an unknown one is a request problem")
    func strategy() async throws {
        let options = CensoringBenchmark.Options(scenarioFile: Self.lifecycle, strategy: "lean-s-s", replications: 1, estimators: [.asSales])
        #expect(try await CensoringBenchmark.run(options).strategy == "lean-s-S")
        var unknown = options
        unknown.strategy = "lean"
        let error = await expectFailure { try await CensoringBenchmark.run(unknown) }
        guard case let .unknownStrategy(name, strategies)? = error?.request else {
            Issue.record("expected an unknown strategy, got \(String(describing: error))")
            return
        }
        #expect(name == "lean" && strategies == ["ses × fc-60", "lean-s-S"])
    }

    @Test("a scenario that cannot be read is an input problem")
    func missing() async {
        let error = await expectFailure {
            try await CensoringBenchmark.run(CensoringBenchmark.Options(scenarioFile: Fixtures.path("Scenarios/missing.yaml")))
        }
        #expect(error?.input != nil)
    }
}
