import Testing
@testable import Forecasting

@Suite("TSB recursions")
struct TSBTests {
    /// By hand, α_d = α_p = 0.1 on [0, 3, 0, 0, 5, 0, 2]: p = 0 (first indicator) → 0.1 → 0.09
    /// → 0.081 → 0.081 + 0.1·0.919 = 0.1729 → 0.15561 → 0.15561 + 0.1·0.84439 = 0.240049;
    /// z = 3 → 3.2 → 3.08. Forecast 0.240049·3.08 = 0.73935092 — statsforecast's TSB(0.1, 0.1)
    /// gives 0.7393509200000002.
    @Test("TSB(0.1, 0.1) on [0, 3, 0, 0, 5, 0, 2]")
    func handComputed() {
        let fit = TSBModel(sizeWeight: .fixed(0.1), probabilityWeight: .fixed(0.1)).fit(shortIntermittent)
        #expect(close(fit.state.probability!, 0.240049))
        #expect(close(fit.state.size!, 3.08))
        #expect(close(fit.nextPeriodMean, 0.73935092))
    }

    /// A zero decays the forecast by 1 − α_p (unlike Croston's); a demand moves both states.
    @Test("the forecast decays through zeros")
    func decay() {
        var fit = TSBModel(sizeWeight: .fixed(0.1), probabilityWeight: .fixed(0.2)).fit([4, 0, 4])
        let before = fit.nextPeriodMean
        fit.update(with: 0)
        #expect(close(fit.nextPeriodMean, 0.8 * before))
        fit.update(with: 0)
        #expect(close(fit.nextPeriodMean, 0.64 * before))
    }

    /// statsforecast's TSB(alpha_d = 0.1, alpha_p = 0.1) `forecast(y=…, h=1)` (statsforecast
    /// 2.1.1, /work/venv-sf), on the series of ``statsforecastReferenceSeries``.
    @Test("matches statsforecast's TSB with fixed weights")
    func statsforecastReference() {
        let expected = [0.7393509200000002, 0.8664667745265524, 1.4324033743304019]
        let model = TSBModel(sizeWeight: .fixed(0.1), probabilityWeight: .fixed(0.1))
        for (series, value) in zip(statsforecastReferenceSeries, expected) {
            #expect(close(model.fit(series).nextPeriodMean, value, 1e-12))
        }
    }

    /// Fitted weights stay within 0.1…0.3 and are the least-squares weights of each series.
    @Test("fitted weights: least squares on the sizes and on the indicators")
    func fitted() {
        let series = statsforecastReferenceSeries[2]
        let fit = TSBModel().fit(series)
        let sizes = series.filter { $0 > 0 }
        let indicators = series.map { $0 > 0 ? 1.0 : 0 }
        #expect(fit.state.sizeWeight == SmoothingWeight.leastSquaresWeight(sizes[...], bounds: 0.1...0.3))
        #expect(fit.state.probabilityWeight == SmoothingWeight.leastSquaresWeight(indicators[...], bounds: 0.1...0.3))
        #expect((0.1...0.3).contains(fit.state.sizeWeight) && (0.1...0.3).contains(fit.state.probabilityWeight))
    }
}

/// Short intermittent series whose statsforecast forecasts the tests quote.
let statsforecastReferenceSeries: [[Double]] = [
    [0, 3, 0, 0, 5, 0, 2],
    [1, 0, 0, 4, 0, 0, 0, 2, 6, 0, 0, 3, 0, 1, 0, 0, 0, 0, 5, 0],
    [0, 0, 7, 0, 1, 0, 0, 0, 12, 0, 0, 2, 0, 0, 0, 0, 3, 0, 9, 0, 0, 0, 1, 0, 4, 0, 0, 0, 0, 0, 2, 0, 6, 0, 0],
]
