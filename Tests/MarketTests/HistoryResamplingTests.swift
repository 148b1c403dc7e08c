import GSL
@testable import Market
import Testing

/// The block bootstrap of recorded demand (``HistoryResampling``).
@Suite struct HistoryResamplingTests {
    /// A lifecycle-shaped series of 104 periods: a rise, a plateau and a fall, with noise
    /// from GSL's Poisson (seed 2024).
    static func series() throws -> [Double] {
        let stream = try RandomStream(seed: 2024)
        return (0..<104).map { t in
            let level = t < 20 ? Double(t) : t < 70 ? 20 : max(2, 20 - Double(t - 70) * 0.5)
            return Double(CountDistribution(mean: level).draw(stream))
        }
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    /// R resample means of `series` under `resampling` (named seed 99 for the resample streams).
    static func resampleMeans(_ series: [Double], _ resampling: HistoryResampling, count: Int = 4000) throws -> [Double] {
        let stream = try RandomStream(seed: 99)
        return (0..<count).map { _ in mean(resampling.indices(periods: series.count, stream: stream).map { series[$0] }) }
    }

    /// The bootstrap's mean of the resample means sits on the series' own mean (stationary:
    /// exactly in expectation; moving blocks: on the mean that weights each period by the
    /// blocks that can hold it), within 4 standard errors of R resamples.
    @Test(arguments: [HistoryResampling.Scheme.moving, .stationary])
    func resamplesKeepTheMean(scheme: HistoryResampling.Scheme) throws {
        let series = try Self.series()
        let length = 8 // 104 = 13 blocks of 8: the moving-block weights are exact
        let means = try Self.resampleMeans(series, HistoryResampling(scheme: scheme, blockLength: length))
        let average = Self.mean(means)
        let spread = (means.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(means.count - 1)).squareRoot()
        let target: Double
        switch scheme {
        case .stationary:
            target = Self.mean(series)
        case .moving:
            let n = series.count
            let weights = (0..<n).map { t in Double(min(t + 1, length, n - t, n - length + 1)) }
            target = zip(weights, series).map(*).reduce(0, +) / weights.reduce(0, +)
        }
        #expect(abs(average - target) <= 4 * spread / Double(means.count).squareRoot(),
                "mean of resample means \(average), expected \(target) ± \(4 * spread / Double(means.count).squareRoot())")
        #expect(spread > 0)
    }

    /// With blocks of one period the bootstrap is the classical one: the spread of resample
    /// means is the series' standard error √((n−1)/n)·s/√n, within its own sampling error
    /// (relative 1/√(2(R−1)), times 4).
    @Test func singlePeriodBlocksGiveTheStandardError() throws {
        let series = try Self.series()
        let n = Double(series.count)
        let sampleMean = Self.mean(series)
        let s = (series.map { ($0 - sampleMean) * ($0 - sampleMean) }.reduce(0, +) / (n - 1)).squareRoot()
        let expected = s / n.squareRoot() * ((n - 1) / n).squareRoot()
        let means = try Self.resampleMeans(series, HistoryResampling(scheme: .moving, blockLength: 1))
        let average = Self.mean(means)
        let spread = (means.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(means.count - 1)).squareRoot()
        #expect(abs(spread / expected - 1) <= 4 / (2 * Double(means.count - 1)).squareRoot())
    }

    @Test func blocksAreRunsOfTheRecord() throws {
        let stream = try RandomStream(seed: 5)
        let indices = HistoryResampling(scheme: .moving, blockLength: 4).indices(periods: 10, stream: stream)
        #expect(indices.count == 10)
        // Blocks of 4 start at 0 and 4 and 8 of the resample; inside a block, periods follow on.
        for start in [0, 4] { #expect(indices[start + 1] == indices[start] + 1 && indices[start + 3] == indices[start] + 3) }
        #expect(indices[9] == indices[8] + 1)
        #expect(HistoryResampling(blockLength: 50).indices(periods: 10, stream: stream) == Array(0..<10))
        #expect(HistoryResampling.defaultBlockLength(periods: 104) == 5)
        #expect(HistoryResampling.defaultBlockLength(periods: 1) == 1)
    }
}
