import Testing
@testable import Calibration

/// Each statistic on small series worked out by hand (the arithmetic is in the comments), and
/// the series where a statistic is undefined.
@Suite("series statistics: hand-computed values")
struct SeriesStatisticsTests {
    func statistics(_ series: [Double], season: Int = 4, width: Int = 5) -> SeriesStatistics {
        SeriesStatistics(series: series, seasonLength: season, peakWidth: width)
    }

    func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) <= 1e-12 * max(1, abs(expected))
    }

    /// y = 0 3 0 0 5 1 0 2: mean 11/8; four zeros; sizes 3 5 1 2 (mean 2.75, squared deviations
    /// summing to 8.75, σ² = 8.75/4); first demand in period 1 → ADI (8 − 1)/4. Deviations from
    /// 1.375 have Σd² = 23.875, Σd_t d_{t+1} = −9.265625, Σd_t d_{t+4} = −4.5625.
    /// 5-wide averages at t = 2…5: 8/5, 9/5, 6/5, 8/5 → peak at 3, 3/7; 1-wide: the raw 5 at 4.
    @Test("an intermittent series")
    func intermittent() {
        let y: [Double] = [0, 3, 0, 0, 5, 1, 0, 2]
        let s = statistics(y)
        #expect(close(s.mean, 11.0 / 8))
        #expect(close(s.zeroShare, 0.5))
        #expect(close(s.cvSquared, 8.75 / 4 / (2.75 * 2.75)))
        #expect(close(s.averageInterDemandInterval, 7.0 / 4))
        // The gap before the first demand does not count, the one after the last does.
        #expect(close(statistics([0, 0] + y + [0, 0]).averageInterDemandInterval, 9.0 / 4))
        #expect(close(s.peakPosition, 3.0 / 7))
        #expect(close(statistics(y, width: 1).peakPosition, 4.0 / 7))
        #expect(close(s.lag1Autocorrelation, -9.265625 / 23.875))
        #expect(close(s.seasonalAutocorrelation, -4.5625 / 23.875))
        // Lag 5 needs 10 periods.
        #expect(statistics(y, season: 5).seasonalAutocorrelation == nil)
    }

    @Test("an all-zero series has only a mean and a zero share")
    func allZero() {
        let s = statistics([0, 0, 0, 0, 0, 0, 0, 0])
        #expect(s.mean == 0)
        #expect(s.zeroShare == 1)
        #expect(s.cvSquared == nil && s.averageInterDemandInterval == nil && s.peakPosition == nil)
        #expect(s.lag1Autocorrelation == nil && s.seasonalAutocorrelation == nil)
    }

    /// One demand: no size variance (CV² 0), and 3 periods from it to the end. The 3-wide
    /// averages at t = 1, 2, 3 all
    /// hold the 4 (4/3 each), so the tie goes to t = 1: 1/4.
    @Test("a single non-zero demand")
    func singleDemand() {
        let y: [Double] = [0, 0, 4, 0, 0]
        let s = statistics(y)
        #expect(close(s.mean, 0.8))
        #expect(close(s.zeroShare, 0.8))
        #expect(s.cvSquared == 0 && s.averageInterDemandInterval == 3)
        #expect(close(s.peakPosition, 0.5))
        #expect(close(statistics(y, width: 3).peakPosition, 0.25))
        #expect(s.lag1Autocorrelation != nil)
        #expect(s.seasonalAutocorrelation == nil)
    }

    /// A constant: sizes all alike (CV² 0), demand every period (ADI 1), every average tied (the
    /// first full window, t = 2 of 0…5: 2/5), and no autocorrelation at all (0/0).
    @Test("a constant series")
    func constant() {
        let s = statistics([2, 2, 2, 2, 2, 2], season: 3)
        #expect(s.mean == 2 && s.zeroShare == 0)
        #expect(s.cvSquared == 0 && s.averageInterDemandInterval == 1)
        #expect(close(s.peakPosition, 0.4))
        #expect(s.lag1Autocorrelation == nil && s.seasonalAutocorrelation == nil)
    }

    /// 1 3 2 6 4 with m = 3: five periods are fewer than two seasons. Lag 1 from the mean 3.2:
    /// Σd² = 14.8, Σd_t d_{t+1} = 0.44 + 0.24 − 3.36 + 2.24 = −0.44.
    @Test("too short for the seasonal autocorrelation")
    func tooShortForSeason() {
        let s = statistics([1, 3, 2, 6, 4], season: 3)
        #expect(s.seasonalAutocorrelation == nil)
        #expect(close(s.lag1Autocorrelation, -0.44 / 14.8))
        #expect(close(s.peakPosition, 0.5))
        #expect(statistics([1, 3, 2, 6, 4, 5], season: 3).seasonalAutocorrelation != nil)
    }

    @Test("an empty and a one-period series")
    func degenerate() {
        let empty = statistics([])
        #expect(SeriesStatistic.allCases.allSatisfy { empty[$0] == nil })
        let one = statistics([3])
        #expect(one.mean == 3 && one.zeroShare == 0)
        #expect(one.peakPosition == nil && one.lag1Autocorrelation == nil)
        #expect(one.cvSquared == 0 && one.averageInterDemandInterval == 1)
    }
}
