import Testing
@testable import Forecasting

@Suite("ADIDA and IMAPA aggregation arithmetic")
struct TemporalAggregationTests {
    /// Demands at positions 2, 5, 7 (1-based): intervals 2, 3, 2 (the first counted from the
    /// start, as statsforecast does), mean 7/3 → level 2. Positions 1 and 4: mean 2, level 2;
    /// positions 1, 2, 5, 10: mean 2.5 → 2 (halves to even); positions 3, 7: mean 3.5 → 4.
    @Test("the aggregation level is the rounded mean interval")
    func level() {
        #expect(TemporalAggregation.level(of: shortIntermittent) == 2)
        #expect(TemporalAggregation.level(of: [1, 0, 0, 1, 0, 0]) == 2)
        #expect(TemporalAggregation.level(of: [1, 1, 0, 0, 1, 0, 0, 0, 0, 1]) == 2)
        #expect(TemporalAggregation.level(of: [0, 0, 1, 0, 0, 0, 1]) == 4)
        #expect(TemporalAggregation.level(of: [0, 0, 0]) == 1)
        #expect(TemporalAggregation.level(of: [5]) == 1)
    }

    /// Buckets end at the last period: 7 periods in buckets of 2 drop the first, giving
    /// [3, 0], [0, 5], [0, 2] → 3, 5, 2; in buckets of 3 drop the first: [3, 0, 0], [5, 0, 2].
    @Test("bucket sums drop the oldest remainder")
    func bucketSums() {
        var sums = [Double]()
        TemporalAggregation.bucketSums(shortIntermittent, level: 2, into: &sums)
        #expect(sums == [3, 5, 2])
        TemporalAggregation.bucketSums(shortIntermittent, level: 3, into: &sums)
        #expect(sums == [3, 7])
        TemporalAggregation.bucketSums(shortIntermittent, level: 7, into: &sums)
        #expect(sums == [10])
        TemporalAggregation.bucketSums(shortIntermittent, level: 1, into: &sums)
        #expect(sums == shortIntermittent)
    }

    /// ADIDA on [0, 3, 0, 0, 5, 0, 2]: level 2, buckets 3, 5, 2; SSE 4 + (1 + 2α)² is smallest at
    /// α = 0.1, so the bucket level is 3 → 3.2 → 3.08 and the forecast 3.08/2 = 1.54
    /// (statsforecast: 1.540000000000096).
    @Test("ADIDA by hand")
    func adida() {
        let fit = ADIDAModel().fit(shortIntermittent)
        #expect(fit.state.bucketSize == 2)
        #expect(close(fit.state.weight, 0.1, 1e-6))
        #expect(close(fit.nextPeriodMean, 1.54, 1e-6))
        #expect(fit.state.openPeriods == 0)
    }

    /// Between refits buckets continue from the cutoff: the forecast moves only when a bucket of
    /// two periods completes: 3.08 + 0.1·(4 − 3.08) = 3.172, over 2.
    @Test("ADIDA moves on once per completed bucket")
    func adidaUpdate() {
        var fit = ADIDAModel(weight: .fixed(0.1)).fit(shortIntermittent)
        fit.update(with: 4)
        #expect(close(fit.nextPeriodMean, 1.54))
        fit.update(with: 0)
        #expect(close(fit.nextPeriodMean, 3.172 / 2))
    }

    /// IMAPA on [0, 3, 0, 0, 5, 0, 2] averages level 1 (SES on the series itself) and level 2
    /// (ADIDA's 1.54).
    @Test("IMAPA is the mean of the levels' forecasts")
    func imapa() {
        let fit = IMAPAModel().fit(shortIntermittent)
        #expect(fit.state.levels.map(\.bucketSize) == [1, 2])
        let levelOne = SmoothingWeight.leastSquaresWeight(shortIntermittent[...], bounds: 0.1...0.3)
        var one = shortIntermittent[0]   // SES from the first value
        for value in shortIntermittent.dropFirst() { one += levelOne * (value - one) }
        #expect(close(fit.nextPeriodMean, (one + 1.54) / 2, 1e-6))
    }

    /// statsforecast 2.1.1's ADIDA() and IMAPA() `forecast(y=…, h=1)` on
    /// ``statsforecastReferenceSeries`` (golden-section weights; ours are Brent's, within 1e-7).
    @Test("matches statsforecast's ADIDA and IMAPA")
    func statsforecastReference() {
        let adida = [1.540000000000096, 1.2515266666664575, 1.3305686155544754]
        let imapa = [1.3441044756420282, 1.077582986812965, 1.1961913151704966]
        for (index, series) in statsforecastReferenceSeries.enumerated() {
            #expect(close(ADIDAModel().fit(series).nextPeriodMean, adida[index], 1e-6), "series \(index)")
            #expect(close(IMAPAModel().fit(series).nextPeriodMean, imapa[index], 1e-6), "series \(index)")
        }
    }
}
