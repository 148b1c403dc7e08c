import Testing
@testable import Backtest
import Forecasting
import GSL
import Inventory
import Market

/// Values beyond anything a validated scenario holds — lead times drawn from absurd
/// distributions, stock near 2⁶³, totals of ±∞ — must never trap the engine (issue 13, crashes
/// item 1): it saturates where validation cannot reach, and says what that means.
@Suite("Extreme values in the engine")
struct ExtremeValueTests {
    /// A forecaster that remembers the longest horizon it was asked for.
    final class HorizonLog: @unchecked Sendable {
        var longest = 0
    }

    struct RecordingForecaster: Forecaster {
        var inner = NaiveForecaster()
        let log: HorizonLog
        var name: String { "recording" }
        mutating func observe(_ observation: SalesObservation) { inner.observe(observation) }
        func forecast(horizon: Int) -> Forecast {
            log.longest = max(log.longest, horizon)
            return inner.forecast(horizon: horizon)
        }
    }

    static func plan(leadTime: Distribution, policy: any InventoryPolicy, forecaster: any Forecaster = NaiveForecaster(),
                     periods: Int = 30, initialStock: Int = 20, runsOracle: Bool = true) throws -> BacktestPlan {
        let terms = ProductTerms(economics: Economics(price: 10, unitCost: 4), leadTimeDays: try leadTime.makeSampler(),
                                 initialStock: initialStock)
        return BacktestPlan(blueprint: Fixture.blueprint([Fixture.flatProduct(level: 5)], periods: periods), terms: [terms],
                            strategies: [Strategy(name: "s", forecaster: forecaster, policy: policy)],
                            seed: 0x1313_0001, replications: 1, runsOracle: runsOracle)
    }

    @Test("a constant lead time of 10¹⁹ days (oracle included) places orders that never arrive, without trapping",
          arguments: [1e19, 1e300])
    func hugeConstantLeadTime(days: Double) async throws {
        let plan = try Self.plan(leadTime: .constant(days), policy: try BaseStockPolicy(level: 30))
        let (sink, summary) = try await runRecording(plan)
        let trace = try #require(sink.traces[.init(replication: 0, strategy: 0, product: 0)])
        #expect(trace.allSatisfy { $0.arrivals == 0 || $0.period == 0 })
        #expect(trace.contains { $0.ordered > 0 })
        // An order due after the horizon is recorded with the horizon as its lead time.
        #expect(trace.compactMap(\.leadTime).allSatisfy { $0 == 30 })
        #expect(summary.strategies[0].mean(.profit).isFinite)
    }

    @Test("lead times drawn from a lognormal whose draws overflow to +∞ never trap (seed 0x13130001)")
    func infiniteDraws() async throws {
        let plan = try Self.plan(leadTime: .lognormal(mu: 600, sigma: 50), policy: try BaseStockPolicy(level: 30))
        let (sink, _) = try await runRecording(plan)
        let trace = try #require(sink.traces[.init(replication: 0, strategy: 0, product: 0)])
        #expect(trace.compactMap(\.leadTime).allSatisfy { (0...30).contains($0) })
    }

    @Test("a forecast-driven decision never asks for more periods than the horizon has")
    func forecastHorizonCapped() async throws {
        let log = HorizonLog()
        let plan = try Self.plan(leadTime: .constant(100_000),
                                 policy: try ForecastOrderUpToPolicy(reviewPeriod: 7, target: .cycleServiceLevel(0.9)),
                                 forecaster: RecordingForecaster(log: log), runsOracle: false)
        _ = try await runRecording(plan, threads: 1)
        #expect(log.longest > 0)
        #expect(log.longest <= 30, "asked for \(log.longest) periods on a 30-period horizon")
    }

    @Test("a stock near 2⁶² saturates its totals instead of trapping")
    func hugeStock() async throws {
        let plan = try Self.plan(leadTime: .constant(0), policy: try BaseStockPolicy(level: 1 << 62), initialStock: 1 << 62)
        let (sink, summary) = try await runRecording(plan)
        let outcome = try #require(sink.outcome(replication: 0, strategy: 0, product: 0))
        #expect(outcome.card.total.onHandUnitPeriods == .max)
        #expect(summary.strategies[0].replications == 1)
    }

    @Test("a runaway order-up-to level orders at most the largest order, each period")
    func runawayLevel() async throws {
        let plan = try Self.plan(leadTime: .constant(0), policy: try BaseStockPolicy(level: 1 << 62), initialStock: 0)
        let (sink, _) = try await runRecording(plan)
        let trace = try #require(sink.traces[.init(replication: 0, strategy: 0, product: 0)])
        #expect(trace.dropLast().allSatisfy { $0.ordered == OrderConstraints.largestOrder })
        let outcome = try #require(sink.outcome(replication: 0, strategy: 0, product: 0))
        #expect(outcome.card.total.unitsOrdered == 29 * OrderConstraints.largestOrder)
    }

    @Test("tallies saturate at the largest integer rather than overflow")
    func tallySaturates() {
        let half = Int.max / 2 + 1
        var record = PeriodRecord(DemandObservation(product: 0, period: 0, expected: 1, demand: half, phase: .maturity, price: 1),
                                  onHandStart: half, forecast: 0)
        record.lost = half
        record.onHandEnd = half
        var tally = Tally()
        tally.add(record, unitCost: 1)
        tally.add(record, unitCost: 1)
        #expect(tally.onHandUnitPeriods == .max)
        #expect(tally.demand == .max)
        var total = Tally()
        total.add(tally)
        total.add(tally)
        #expect(total.onHandUnitPeriods == .max)
        #expect(total.periods == 4)
    }

    @Test("a bootstrap over infinite or NaN figures gives no interval instead of trapping")
    func bootstrapOfInfinities() throws {
        for values in [[Double.infinity, -.infinity], [1e308, 1e308, -1e308], [.nan, 1]] {
            var bootstrap = PoissonBootstrap()
            for (replication, value) in values.enumerated() {
                bootstrap.add(value, replicationWeights: try PoissonBootstrap.weights(seed: 13, replication: replication,
                                                                                       generator: "mt19937"))
            }
            #expect(bootstrap.percentileInterval95 == nil, "\(values)")
        }
        var finite = PoissonBootstrap()
        for replication in 0..<20 {
            finite.add(Double(replication), replicationWeights: try PoissonBootstrap.weights(seed: 13, replication: replication,
                                                                                             generator: "mt19937"))
        }
        #expect(finite.percentileInterval95 != nil)
    }

    @Test("whole periods and units saturate at their bounds")
    func saturatingConversions() {
        #expect(Saturating.wholePeriods(.nan, atMost: 30) == 30)
        #expect(Saturating.wholePeriods(.infinity, atMost: 30) == 30)
        #expect(Saturating.wholePeriods(-.infinity, atMost: 30) == 0)
        #expect(Saturating.wholePeriods(1e19, atMost: 30) == 30)
        #expect(Saturating.wholePeriods(2.5, atMost: 30) == 3)
        #expect(Saturating.wholeUnits(.nan, atMost: 10) == 0)
        #expect(Saturating.wholeUnits(9.9, atMost: 10) == 9)
        #expect(Saturating.wholeUnits(1e300, atMost: 10) == 10)
        #expect(Int.max.saturatingAdd(1) == .max)
        #expect(Int.min.saturatingAdd(-1) == .min)
    }
}
