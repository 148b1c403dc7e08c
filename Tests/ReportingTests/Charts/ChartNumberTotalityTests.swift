import Foundation
import Testing
@testable import Reporting
import TestSupport

/// Every number formatter of the reports, over every kind of Double: the chart writer used to
/// trap ("Negative count not allowed") on any figure of about 9·10¹⁵ or more.
@Suite("Chart numbers over extreme values")
struct ChartNumberTotalityTests {
    /// Hand-picked edges (around 2⁵³, 2⁶³, 2⁶⁴, the largest and smallest doubles, rounding
    /// carries) and, seeded, one value per power of two across the whole exponent range.
    static let values: [Double] = {
        let edges: [Double] = [0, -0.0, 1, 0.5, 999.5, 9_999.5, 99_999.5, 999_999.5, 9.99999e14, 999_999_999_999_999.0,
                               8.999_999_999_999e15, 9e15, 9_007_199_254_740_993, 1e16, 1.2345e17, 9.2e18, 9.223_372_036_854_775_807e18,
                               1.8e19, 1.844_674_407_370_955e19, 1e22, 9.999_999e22, 1e100, 1e300, 1.7e308,
                               Double.greatestFiniteMagnitude, 1e-300, Double.leastNonzeroMagnitude, Double.leastNormalMagnitude,
                               0.000_123, 123_456_789.123_456_789]
        var generator = SplitMix64(seed: 2027)
        let spread = stride(from: -1074, through: 1023, by: 1).map { exponent in
            Double(sign: .plus, exponent: exponent, significand: Double.random(in: 1..<2, using: &generator))
        }
        let positive = edges + spread
        return positive + positive.map { -$0 }
    }()
    static let nonFinite: [Double] = [.nan, .infinity, -.infinity]

    /// Chart text never shows Swift's exponent form, which people do not read.
    static func readable(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("e+") && !text.contains("e-") && !text.contains("inf") && !text.contains("nan")
    }

    @Test("NumberText: every finite value reads back within half a unit of its last place; non-finite ones are named")
    func numberText() throws {
        for value in Self.values {
            for places in [-2, 0, 2, 6, 9, 12] {
                let text = NumberText.format(value, places: places)
                let parsed = try #require(Double(text), "\(value) with \(places) places gave \(text)")
                let unit = pow(10, -Double(min(max(places, 0), 9)))
                #expect(abs(parsed - value) <= unit / 2 + abs(value).ulp * 4, "\(value) with \(places) places gave \(text)")
                if abs(value) < NumberText.fixedPointLimit { #expect(!text.contains("e"), "\(value) → \(text)") }
            }
        }
        #expect(Self.nonFinite.map { NumberText.format($0, places: 2) } == ["nan", "inf", "-inf"])
    }

    @Test("fixed, grouped, compact and scientific give readable text for every value, and a dash for NaN and ±∞")
    func chartFormatters() throws {
        for value in Self.values {
            for decimals in [-1, 0, 1, 2, 4, 9, 30] {
                let fixed = ChartNumber.fixed(value, decimals: decimals)
                let grouped = ChartNumber.grouped(value, decimals: decimals)
                #expect(Self.readable(fixed) && Self.readable(grouped), "\(value), \(decimals) decimals: \(fixed) / \(grouped)")
                if abs(value) < ChartNumber.scientificThreshold {
                    // Exactly the decimals asked for (clamped to 0…9), and the value to within them.
                    let places = min(max(decimals, 0), 9)
                    let fraction = fixed.split(separator: ".").dropFirst().first.map(\.count) ?? 0
                    #expect(fraction == places, "\(value), \(decimals) decimals: \(fixed)")
                    let parsed = try #require(Double(fixed.replacingOccurrences(of: ChartNumber.minus, with: "-")), "\(fixed)")
                    #expect(abs(parsed - value) <= pow(10, -Double(places)) / 2 + abs(value).ulp * 4, "\(value) → \(fixed)")
                    #expect(grouped.replacingOccurrences(of: ",", with: "") == fixed, "\(value): \(grouped) against \(fixed)")
                } else {
                    #expect(fixed.contains("×10") && grouped == fixed, "\(value): \(fixed)")
                }
            }
            #expect(Self.readable(ChartNumber.compact(value)), "\(value): \(ChartNumber.compact(value))")
            #expect(Self.readable(ChartNumber.scientific(value, decimals: 2)), "\(value)")
            let shared = ChartNumber.commonFormat([value, value / 3, 0, -value / 7])
            for member in [value, value / 3, 0, -value / 7] { #expect(Self.readable(shared(member)), "\(value): \(shared(member))") }
        }
        for value in Self.nonFinite {
            #expect(ChartNumber.fixed(value, decimals: 2) == ChartNumber.missing)
            #expect(ChartNumber.grouped(value, decimals: 2) == ChartNumber.missing)
            #expect(ChartNumber.compact(value) == ChartNumber.missing)
            #expect(ChartNumber.scientific(value, decimals: 2) == ChartNumber.missing)
            #expect(ChartNumber.commonFormat([value, 1e20])(value) == ChartNumber.missing)
        }
        #expect(ChartNumber.fixed(1.2345e17, decimals: 2) == "1.23×10¹⁷")
        #expect(ChartNumber.fixed(-9.999e16, decimals: 0) == "\u{2212}1.00×10¹⁷")
        #expect(ChartNumber.compact(3.1e13) == "31.0T")
        #expect(ChartNumber.grouped(9_007_199_254_740, decimals: 0) == "9,007,199,254,740")
        #expect(ChartNumber.commonFormat([2e16, 1.5e17])(2e16) == "0.20×10¹⁷")
    }

    @Test("tick labels: one per tick, readable, distinct; axes over any range of finite values")
    func ticksAndAxes() {
        for value in Self.values where value != 0 {
            let magnitude = abs(value)
            let ranges: [(Double, Double)] = [(0, value), (-magnitude, magnitude), (value, value),
                                              (magnitude * 0.999, magnitude), (value / 2, value * 0.75)]
            for (low, high) in ranges {
                for maxTicks in [2, 5, 9] {
                    let ticks = NiceTicks(covering: low, high, maxTicks: maxTicks)
                    let labels = ticks.labels
                    #expect(labels.count == ticks.values.count && labels.allSatisfy(Self.readable), "\(low)…\(high): \(labels)")
                    // Ticks closer than a billionth of their size are widened by NiceTicks itself;
                    // beyond that every label is distinct.
                    #expect(Set(labels).count == labels.count, "\(low)…\(high), \(maxTicks) ticks: \(labels)")
                    let axis = AxisScale.linear(low, high, includesZero: false, nice: true, pixelStart: 0, pixelEnd: 600, maxTicks: maxTicks)
                    #expect(axis.ticks.allSatisfy { Self.readable($0.label) }, "\(low)…\(high): \(axis.ticks.map(\.label))")
                }
            }
        }
        let huge = NiceTicks(covering: 0, 1.2345e17, maxTicks: 5)
        #expect(huge.labels == ["0", "0.5×10¹⁷", "1.0×10¹⁷", "1.5×10¹⁷"])
    }

    @Test("a line chart with a spike of 10¹⁶ and a bar chart of 10¹⁷ draw, labelled in powers of ten")
    func chartsWithHugeValues() {
        let points = (0..<30).map { ChartPoint(x: Double($0), y: $0 == 12 ? 1e16 : Double($0 % 7)) }
        let line = LineChart(title: "spike", xAxis: .linear("period"),
                             yAxis: .linear("demand", unit: "units", includesZero: true),
                             series: [LineChart.Series(name: "realised", points: points)])
        #expect(line.svg.contains("×10¹⁶"), "no power of ten on the axis")
        let bars = GroupedBarChart(title: "profit", categoryTitle: "strategy", categories: ["a", "b"],
                                   valueAxis: .linear("profit", unit: "EUR"),
                                   series: [GroupedBarChart.Series(name: "mean", values: [1.2345e17, -3e16])])
        #expect(bars.svg.contains("×10¹⁷"))
    }
}
