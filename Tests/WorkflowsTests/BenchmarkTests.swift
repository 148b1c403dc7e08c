import Foundation
import Market
import Testing
import Workflows

/// The benchmarks' figures are those of the work they time (their speed is theirs to report,
/// not the tests' to judge).
@Suite("benchmarks")
struct BenchmarkTests {
    @Test("the market benchmark draws one demand per live product-period, the same demand every repetition")
    func market() throws {
        let options = MarketBenchmark.Options(products: 30, periods: 90, seed: 4, repetitions: 2)
        let first = try MarketBenchmark.run(options)
        let second = try MarketBenchmark.run(options)
        let model = SyntheticCatalogue.model(products: 30, periods: 90)
        let live = model.products.indices.reduce(0) { $0 + model.livePeriods(of: $1).count }
        #expect(first.productPeriods == live && live > 0)
        #expect(first.simulatedDemand == second.simulatedDemand && first.bareDemand == second.bareDemand)
        #expect(first.expectedDemand > 0 && first.simulatedDemand > 0 && first.bareDemand > 0)
        #expect(first.simulatorSeconds.isFinite && first.bareSeconds.isFinite && first.peakMegabytes > 0)
        // 2,000 draws of variance ≈ 10⁷ (the negative binomial's dispersion of 10⁹ adds 1%):
        // their mean is within 6 standard errors of 10⁷ (seed 4).
        let standardError = (1.01e7 / 2_000).squareRoot()
        #expect(abs(first.hugeMeanDrawn - 1e7) < 6 * standardError, "\(first.hugeMeanDrawn)")
        #expect(first.hugeMeanMicroseconds > 0 && first.hugeMeanMicroseconds.isFinite)
    }

    @Test("the closed-loop benchmark counts every strategy's live product-periods and times a pair of at least two replications")
    func closedLoop() async throws {
        let result = try await ClosedLoopBenchmark.run(ClosedLoopBenchmark.Options(scenarioFile: Fixtures.quickstart, repetitions: 1,
                                                                                   replications: 2, threads: 1))
        #expect(result.scenario == "quickstart" && result.strategies > 1)
        #expect(result.productPeriods > 0 && result.productPeriods % result.strategies == 0)
        #expect(result.pairReplications == 2)
        #expect(result.serialSeconds > 0 && result.parallelSeconds > 0 && result.longerSeconds > 0)
        #expect(result.peakMegabytesAfterLonger >= result.peakMegabytesAfterPair)
    }

    @Test("a benchmark scenario that cannot be read is an input problem")
    func missingScenario() async {
        let error = await expectFailure {
            try await ClosedLoopBenchmark.run(ClosedLoopBenchmark.Options(scenarioFile: Fixtures.path("Scenarios/missing.yaml")))
        }
        #expect(error?.input != nil)
    }
}
