import Accuracy
import Forecasting
import Inventory
import Market
import Testing
@testable import Backtest

/// The backtest's forecast accuracy on forecasts known in advance: a forecaster that forecasts
/// the last value seen with no spread, on a shelf that never runs out (so what it sees is the
/// true demand). Then the forecast of period t is D_{t−1} (0 in the first period), each quantile
/// equals it, and every figure follows from the demand alone, computed here without the
/// package's accumulators.
@Suite("Backtest: forecast accuracy")
struct BacktestAccuracyTests {
    /// The last value observed, with zero spread: every quantile is the mean.
    struct LastValue: Forecaster {
        var name: String { "last" }
        var last = 0.0
        mutating func observe(_ observation: SalesObservation) { last = observation.sales }
        func forecast(horizon: Int) -> Forecast {
            let zeros = Array(repeating: 0.0, count: horizon)
            return Forecast(mean: Array(repeating: last, count: horizon), spread: .normal(stepSD: zeros, cumulativeSD: zeros))
        }
        var nextPeriodMean: Double { last }
    }

    /// Two products, Poisson 5 and Poisson 0 (no demand ever: a zero scale), 40 days, seed 7.
    static func run() async throws -> (RecordingSink, BacktestSummary) {
        let products = [Fixture.flatProduct("busy", level: 5), Fixture.flatProduct("idle", level: 0)]
        let economics = Economics(price: 10, unitCost: 4)
        let terms = try Fixture.terms(economics, initialStock: 100_000)
        let policy = try ForecastOrderUpToPolicy(target: .cycleServiceLevel(0.9))
        let plan = BacktestPlan(blueprint: Fixture.blueprint(products, periods: 40), terms: [terms, terms],
                                strategies: [Strategy(name: "last", forecaster: LastValue(), policy: policy)],
                                seed: 7, replications: 1, runsOracle: false)
        return try await runRecording(plan)
    }

    @Test("MAE, MASE, RMSSE and pinball of a last-value forecast equal their formulas on the demand drawn (seed 7)")
    func knownForecasts() async throws {
        let (sink, summary) = try await Self.run()
        let records = try #require(sink.traces[.init(replication: 0, strategy: 0, product: 0)])
        #expect(records.count == 40 && records.allSatisfy { $0.lost == 0 && $0.backordered == 0 })
        let demand = records.map { Double($0.demand) }
        let forecasts = [0] + demand.dropLast()
        #expect(records.map { $0.forecast ?? .nan } == forecasts)
        let errors = zip(forecasts, demand).map { $0 - $1 }
        let n = Double(errors.count)
        // The scale: one-period changes of the demand from its first non-zero period.
        let first = try #require(demand.firstIndex { $0 != 0 })
        let changes = zip(demand[(first + 1)...], demand[first...]).map { $0 - $1 }
        let s = changes.map(abs).reduce(0, +) / Double(changes.count)
        let s2 = changes.map { $0 * $0 }.reduce(0, +) / Double(changes.count)
        let mae = errors.map(abs).reduce(0, +) / n
        // Only the busy product has a usable scale; the idle one has no error either.
        let figures = try #require(sink.replications.first?.strategies.first?.total)
        // Catalogue sums: the idle product adds 40 periods without error.
        #expect(isClose(try #require(figures[.maeDemand]), mae / 2, relative: 1e-12))
        #expect(isClose(try #require(figures[.maseDemand]), mae / s, relative: 1e-12))
        let rmsse = (errors.map { $0 * $0 / s2 }.reduce(0, +) / n).squareRoot()
        #expect(isClose(try #require(figures[.rmsseDemand]), rmsse, relative: 1e-12))
        // A forecast without spread loses p·e or (1 − p)·|e| at each level: the mean over the
        // levels 0.025, 0.1, 0.5, 0.9, 0.975 (which average 0.5) is |e| / 2.
        #expect(isClose(try #require(figures[.pinballDemand]), mae / 2 / 2, relative: 1e-12))
        #expect(summary.strategies[0].mean(.maseDemand) == figures[.maseDemand])
        // The last-value forecast of true demand is the naive forecast the scale is made of: its
        // errors are the changes, plus the first sale (forecast 0) — so its MASE is about 1.
        #expect(isClose(mae / s, (Double(changes.count) * s + demand[first]) / s / n, relative: 1e-12))
    }

    @Test("a product whose demand never moved has no scale: left out of MASE and RMSSE, kept in MAE; alone, they are absent")
    func zeroScale() async throws {
        let (sink, _) = try await Self.run()
        let idle = try #require(sink.outcome(replication: 0, strategy: 0, product: 1))
        let tally = idle.card.total
        #expect(tally.forecastPeriods == 40 && tally.demand == 0)
        #expect(Metric.maeDemand.applies(to: tally, oracleProfit: nil) && Metric.maeDemand.value(tally) == 0)
        #expect(Metric.pinballDemand.applies(to: tally, oracleProfit: nil))
        #expect(!Metric.maseDemand.applies(to: tally, oracleProfit: nil) && !Metric.rmsseDemand.applies(to: tally, oracleProfit: nil))
        let busy = try #require(sink.outcome(replication: 0, strategy: 0, product: 0)).card.total
        let figures = try #require(sink.replications.first?.strategies.first?.total)
        #expect(figures[.maseDemand] == Metric.maseDemand.value(busy))
        // By phase: the one phase (maturity) has the whole life's figures.
        let maturity = try #require(sink.replications.first?.strategies.first?.byPhase[.maturity])
        #expect(maturity[.maseDemand] == figures[.maseDemand] && maturity[.pinballDemand] == figures[.pinballDemand])
    }

    @Test("the traced interval is the forecast's 10% and 90% quantiles, the ones pinball scores")
    func intervalFromScoredQuantiles() async throws {
        let plan = BacktestPlan(blueprint: Fixture.blueprint([Fixture.flatProduct(level: 5)], periods: 30),
                                terms: [try Fixture.terms(Economics(price: 10, unitCost: 4), initialStock: 1000)],
                                strategies: [Strategy(name: "naive", forecaster: NaiveForecaster(),
                                                      policy: try ForecastOrderUpToPolicy(target: .cycleServiceLevel(0.9)))],
                                seed: 3, replications: 1, runsOracle: false)
        let (sink, _) = try await runRecording(plan)
        let records = try #require(sink.traces[.init(replication: 0, strategy: 0, product: 0)])
        #expect(records[0].forecastQuantiles == nil && records[0].forecastLow == nil)
        for record in records.dropFirst() {
            let quantiles = try #require(record.forecastQuantiles)
            #expect(record.forecastLow == quantiles.p10 && record.forecastHigh == quantiles.p90)
            #expect(quantiles.p025 <= quantiles.p10 && quantiles.p10 <= quantiles.p50 && quantiles.p90 <= quantiles.p975)
        }
        #expect(records.dropFirst(3).contains { ($0.forecastQuantiles?.p975 ?? 0) > ($0.forecastQuantiles?.p025 ?? 0) })
    }
}
