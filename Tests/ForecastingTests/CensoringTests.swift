import Testing
@testable import Forecasting

@Suite("Censoring: how stockout periods are learnt from")
struct CensoringTests {
    private func run<F: Forecaster>(_ forecaster: F, _ steps: [(Double, Bool)]) -> F {
        var copy = forecaster
        for (period, step) in steps.enumerated() {
            copy.observe(SalesObservation(period: period, sales: step.0, stockout: step.1))
        }
        return copy
    }

    @Test("naive: lower bound raises, never lowers; skip keeps; use-sales takes the sales")
    func naive() {
        let low: [(Double, Bool)] = [(10, false), (4, true)]
        let high: [(Double, Bool)] = [(10, false), (15, true)]
        #expect(run(NaiveForecaster(censoring: .lowerBound), low).lastValue == 10)
        #expect(run(NaiveForecaster(censoring: .lowerBound), high).lastValue == 15)
        #expect(run(NaiveForecaster(censoring: .skipStockouts), high).lastValue == 10)
        #expect(run(NaiveForecaster(censoring: .useSales), low).lastValue == 4)
        // Errors of stockout periods count only when sales are taken as demand.
        #expect(run(NaiveForecaster(censoring: .lowerBound), high).residualStandardDeviation == 0)
        #expect(run(NaiveForecaster(censoring: .useSales), low).residualStandardDeviation == 6)
    }

    @Test("SES: a stockout below the level leaves it; above it, the level rises")
    func ses() {
        let base = ModelForecaster.ses(alpha: 0.5)
        #expect(run(base, [(10, false), (4, true)]).nextPeriodMean == 10)
        #expect(run(base, [(10, false), (20, true)]).nextPeriodMean == 15)
        #expect(run(ModelForecaster.ses(alpha: 0.5, censoring: .skipStockouts), [(10, false), (20, true)]).nextPeriodMean == 10)
        #expect(run(ModelForecaster.ses(alpha: 0.5, censoring: .useSales), [(10, false), (4, true)]).nextPeriodMean == 7)
    }

    @Test("moving average and seasonal naive store the imputed value in the period's place")
    func windows() {
        let average = run(MovingAverageForecaster(window: 3, censoring: .skipStockouts), [(3, false), (6, false), (100, true)])
        #expect(average.average == 4.5)
        let bounded = run(MovingAverageForecaster(window: 2, censoring: .lowerBound), [(3, false), (5, false), (1, true)])
        #expect(bounded.average == 4.5)   // window (5, 4)
        let seasonal = run(SeasonalNaiveForecaster(season: 2, censoring: .skipStockouts), [(1, false), (2, false), (50, true)])
        #expect(seasonal.forecast(horizon: 2).mean == [2, 1])
    }

    @Test("a stockout in the first period still teaches the sales", arguments: CensoringTreatment.allCases)
    func firstPeriod(_ treatment: CensoringTreatment) {
        let first: [(Double, Bool)] = [(7, true)]
        #expect(run(NaiveForecaster(censoring: treatment), first).forecast(horizon: 1).mean == [7])
        #expect(run(ModelForecaster.ses(censoring: treatment), first).forecast(horizon: 1).mean == [7])
        #expect(run(MovingAverageForecaster(censoring: treatment), first).forecast(horizon: 1).mean == [7])
        #expect(run(SeasonalNaiveForecaster(censoring: treatment), first).forecast(horizon: 1).mean == [7])
    }

    @Test("SES under lower-bound censoring is fitted to the effective values it remembered")
    func fitUsesEffectiveValues() {
        // Period 2 sold 0 in a stockout: SES remembers max(0, its forecast then) in its place and
        // fits to that, exactly as if that value had been sold.
        let before: [(Double, Bool)] = [(10, false), (12, false)]
        let after: [(Double, Bool)] = [(11, false), (13, false), (12, false), (14, false), (9, false)]
        let forecastThen = run(ModelForecaster.ses(), before).nextPeriodMean
        let bounded = run(ModelForecaster.ses(), before + [(0, true)] + after)
        let imputed = run(ModelForecaster.ses(censoring: .useSales), before + [(forecastThen, false)] + after)
        #expect(bounded.forecast(horizon: 4) == imputed.forecast(horizon: 4))
        // Taken at face value the zero pulls the forecast down.
        let raw = run(ModelForecaster.ses(censoring: .useSales), before + [(0, true)] + after)
        #expect(raw.nextPeriodMean < bounded.nextPeriodMean)
    }

    @Test("negative sales (net returns) count as zero demand")
    func negativeSales() {
        #expect(fed(NaiveForecaster(), [5, -3]).lastValue == 0)
    }
}
