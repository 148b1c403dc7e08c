import Testing
@testable import Reporting
import TestSupport

@Suite("Chart series reduction")
struct ChartSeriesReductionTests {
    @Test("min/max reduction keeps every bucket's extremes, the ends, and stays within 2 × buckets + 2 points (seed 11)")
    func keepsExtremes() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<50 {
            let count = Int.random(in: 1...20_000, using: &generator)
            let buckets = Int.random(in: 1...700, using: &generator)
            let points = (0..<count).map { ChartPoint(x: Double($0), y: Double.random(in: 0...100, using: &generator)) }
            let reduced = SeriesReduction.minMax(points, buckets: buckets)
            #expect(reduced.count <= max(count <= 2 * buckets ? count : 0, 2 * buckets + 2))
            #expect(reduced.first == points.first && reduced.last == points.last)
            #expect(zip(reduced, reduced.dropFirst()).allSatisfy { $0.x < $1.x }, "order kept, no duplicates")
            guard count > 2 * buckets else {
                #expect(reduced == points)
                continue
            }
            for bucket in 0..<buckets {
                let slice = points[(bucket * count / buckets)..<((bucket + 1) * count / buckets)]
                let low = slice.min { $0.y < $1.y }
                let high = slice.max { $0.y < $1.y }
                #expect(reduced.contains { $0 == low } && reduced.contains { $0 == high })
            }
        }
    }

    @Test("a one-period spike survives any amount of thinning")
    func spike() {
        var points = (0..<100_000).map { ChartPoint(x: Double($0), y: 10) }
        points[54_321].y = 5_000
        points[77_777].y = -3
        let reduced = SeriesReduction.minMax(points, buckets: 500)
        #expect(reduced.count <= 1_002)
        #expect(reduced.contains(ChartPoint(x: 54_321, y: 5_000)))
        #expect(reduced.contains(ChartPoint(x: 77_777, y: -3)))
    }

    @Test("gaps (NaN) stay gaps, and reduction is deterministic")
    func gaps() {
        var points = (0..<1_000).map { ChartPoint(x: Double($0), y: Double($0 % 17)) }
        points[500].y = .nan
        let reduced = SeriesReduction.minMax(points, buckets: 50)
        #expect(reduced.contains { $0.x == 500 && $0.y.isNaN })
        let again = SeriesReduction.minMax(points, buckets: 50)
        #expect(reduced.map(\.x) == again.map(\.x))
    }

    @Test("band envelopes contain every original interval")
    func envelope() {
        let band = (0..<10_000).map { BandPoint(x: Double($0), lower: Double($0 % 97) - 50, upper: Double($0 % 89) + 10) }
        let reduced = SeriesReduction.envelope(band, buckets: 100)
        #expect(reduced.count <= 200)
        #expect(reduced.map(\.lower).min() == band.map(\.lower).min())
        #expect(reduced.map(\.upper).max() == band.map(\.upper).max())
        #expect(SeriesReduction.envelope(Array(band.prefix(150)), buckets: 100).count == 150)
    }

    @Test("a 50,000-period line chart stays small: its size depends on the width, not the length")
    func boundedSize() {
        let points = (0..<50_000).map { ChartPoint(x: Double($0), y: Double(($0 * 7919) % 1000)) }
        let chart = LineChart(title: "long", xAxis: .periods("day"), yAxis: .linear("units"),
                              series: [LineChart.Series(name: "demand", points: points)],
                              bands: [LineChart.Band(name: "80%", points: points.map { BandPoint(x: $0.x, lower: $0.y - 5, upper: $0.y + 5) })])
        #expect(chart.svg.utf8.count < 60_000, "\(chart.svg.utf8.count) bytes")
    }
}
