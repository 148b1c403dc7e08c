import Testing
@testable import Backtest
import Forecasting
import Inventory
import Market

/// A strategy whose policy reads no forecast runs without a forecaster: the same decisions as
/// under any forecaster, and no forecast figures at all (absent, never 0).
@Suite("Backtest: strategies without a forecaster")
struct ForecastFreeStrategyTests {
    /// (s, S) alone, then under naive; two products, 40 days, three replications (seed 11).
    static func plan() throws -> BacktestPlan {
        let products = [Fixture.flatProduct("a", level: 6), Fixture.flatProduct("b", level: 3, lifeDays: 30)]
        let terms = try products.map { _ in
            try Fixture.terms(Economics(price: 10, unitCost: 4, holdingCost: 0.01), leadTimeDays: 2, initialStock: 20)
        }
        let policy = try SSPolicy(reorderPoint: 10, orderUpTo: 30)
        return BacktestPlan(blueprint: Fixture.blueprint(products, periods: 40), terms: terms,
                            strategies: [Strategy(name: "s-S", policy: policy),
                                         Strategy(name: "naive × s-S", forecaster: NaiveForecaster(), policy: policy)],
                            seed: 11, replications: 3)
    }

    @Test("the policies that read a forecast say so; fixed levels and the oracle do not")
    func readsForecast() throws {
        #expect(try !SSPolicy(reorderPoint: 1, orderUpTo: 2).readsForecast)
        #expect(try !BaseStockPolicy(level: 3).readsForecast)
        #expect(try QuantilePolicy(quantile: 0.9).readsForecast)
        #expect(try NewsvendorPolicy().readsForecast)
        #expect(try !EndOfLifeRunDown(base: SSPolicy(reorderPoint: 1, orderUpTo: 2)).readsForecast)
        #expect(try EndOfLifeRunDown(base: QuantilePolicy(quantile: 0.9)).readsForecast)
        #expect(!OraclePolicy(coverageEnd: [], demand: [], backorderShare: 0).readsForecast)
    }

    @Test("its periods carry no forecast, and it decides exactly as under a forecaster")
    func periods() async throws {
        let plan = try Self.plan()
        #expect(plan.strategies.map(\.forecasts) == [false, true])
        let (sink, _) = try await runRecording(plan)
        for replication in 0..<3 {
            for product in 0..<2 {
                let alone = try #require(sink.traces[.init(replication: replication, strategy: 0, product: product)])
                let paired = try #require(sink.traces[.init(replication: replication, strategy: 1, product: product)])
                #expect(alone.allSatisfy { $0.forecast == nil && $0.forecastQuantiles == nil && $0.forecastLow == nil })
                #expect(paired.allSatisfy { $0.forecast != nil })
                func stripped(_ records: [PeriodRecord]) -> [PeriodRecord] {
                    records.map { record in
                        var record = record
                        record.forecast = nil
                        record.forecastQuantiles = nil  // and with them the interval
                        return record
                    }
                }
                #expect(stripped(alone) == stripped(paired), "replication \(replication), product \(product)")
            }
        }
    }

    @Test("its forecast accuracy is absent from every figure, not 0; the rest equals the paired strategy's")
    func noAccuracy() async throws {
        let (sink, summary) = try await runRecording(Self.plan())
        let accuracy = Metric.allCases.filter(\.isForecastAccuracy)
        #expect(accuracy == [.maeDemand, .rmseDemand, .biasDemand, .maseDemand, .rmsseDemand, .pinballDemand, .maeSales, .biasSales])
        let alone = summary.strategies[0], paired = summary.strategies[1]
        for metric in accuracy {
            #expect(alone.total[metric] == nil, "\(metric)")
            #expect(alone.byPhase.values.allSatisfy { $0[metric] == nil }, "\(metric)")
            #expect(paired.total[metric] != nil, "\(metric)")
            #expect(summary.comparison.differences[1][metric] == nil, "no difference from a baseline without it")
        }
        for metric in Metric.allCases where !metric.isForecastAccuracy {
            #expect(alone.total[metric]?.mean == paired.total[metric]?.mean, "\(metric)")
        }
        #expect(summary.comparison.differences[1][.profit]?.mean == 0)
        for outcome in sink.outcomes where outcome.strategy == 0 {
            let total = outcome.card.total
            #expect(total.forecastPeriods == 0 && total.periods > 0)
            #expect(accuracy.allSatisfy { !$0.applies(to: total, oracleProfit: outcome.oracleProfit) })
            #expect(Metric.regret.applies(to: total, oracleProfit: outcome.oracleProfit))
        }
        for outcome in sink.outcomes where outcome.strategy == 1 {
            #expect(outcome.card.total.forecastPeriods == outcome.card.total.periods)
        }
    }
}
