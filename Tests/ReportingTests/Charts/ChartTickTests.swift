import Testing
@testable import Reporting
import TestSupport

@Suite("Chart ticks and numbers")
struct ChartTickTests {
    @Test("ticks step by 1, 2 or 5 times a power of ten and cover the range", arguments: [
        (0.0, 10.0, 6, [0.0, 2, 4, 6, 8, 10]),
        (0.0, 1.0, 5, [0.0, 0.5, 1]),
        (-3.2, 7.9, 6, [-5.0, 0, 5, 10]),
        (1234.0, 5678.0, 5, [0.0, 2000, 4000, 6000]),
        (0.0, 0.3, 4, [0.0, 0.1, 0.2, 0.3]),
        (0.81, 0.97, 6, [0.8, 0.85, 0.9, 0.95, 1]),
        (5.0, 5.0, 5, [4.5, 5, 5.5]),
        (0.0, 0.0, 3, [-1.0, 0, 1]),
        (-0.004, 0.0, 3, [-0.004, -0.002, 0]),
        (0.0, 1.0e6, 6, [0.0, 200_000, 400_000, 600_000, 800_000, 1_000_000]),
    ])
    func niceTicks(low: Double, high: Double, maxTicks: Int, expected: [Double]) {
        let ticks = NiceTicks(covering: low, high, maxTicks: maxTicks)
        #expect(ticks.values == expected)
        #expect(ticks.values.count <= maxTicks)
        #expect(ticks.lower <= min(low, high) && ticks.upper >= max(low, high))
    }

    @Test("tick invariants hold over many ranges (seed 7)")
    func invariants() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let scale = [0.001, 1, 1000, 1e6][Int.random(in: 0..<4, using: &generator)]
            let a = Double.random(in: -1...1, using: &generator) * scale
            let b = a + Double.random(in: 0...2, using: &generator) * scale
            let maxTicks = Int.random(in: 2...12, using: &generator)
            let ticks = NiceTicks(covering: a, b, maxTicks: maxTicks)
            let allowed = a < 0 && b > 0 ? max(maxTicks, 3) : maxTicks
            #expect(ticks.values.count >= 2 && ticks.values.count <= allowed, "\(a)…\(b) max \(maxTicks): \(ticks.values)")
            #expect(ticks.lower <= a + ticks.step * 1e-9 && ticks.upper >= b - ticks.step * 1e-9, "\(a)…\(b): \(ticks.values)")
            // The next smaller nice step would need more ticks than allowed.
            let smaller = NiceTicks.value([5, 1, 2][Int((mantissaIndex(ticks.step / NiceTicks.value(1, ticks.exponent))))],
                                          ticks.exponent - (ticks.step / NiceTicks.value(1, ticks.exponent) < 1.5 ? 1 : 0))
            let needed = ((b / smaller - 1e-9).rounded(.up) - (a / smaller + 1e-9).rounded(.down)) + 1
            #expect(needed > Double(allowed), "\(a)…\(b) max \(maxTicks): step \(ticks.step) but \(smaller) would do")
            let mantissa = ticks.step / NiceTicks.value(1, ticks.exponent)
            #expect([1.0, 2, 5].contains { abs(mantissa - $0) < 1e-9 }, "step \(ticks.step)")
            #expect(Set(ticks.labels).count == ticks.labels.count, "labels repeat: \(ticks.labels)")
        }
    }

    /// 0, 1, 2 for a mantissa of 1, 2, 5.
    func mantissaIndex(_ mantissa: Double) -> Int {
        mantissa < 1.5 ? 0 : (mantissa < 3 ? 1 : 2)
    }

    @Test("whole-period axes never step by less than one")
    func minimumStep() {
        #expect(NiceTicks(covering: 0, 3, maxTicks: 10, minimumStep: 1).values == [0, 1, 2, 3])
    }

    @Test("labels use fixed decimals, grouped thousands, suffixes for large values and a true minus")
    func labels() {
        #expect(NiceTicks(covering: 0, 1, maxTicks: 6).labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(NiceTicks(covering: 0, 5000, maxTicks: 6).labels == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"])
        #expect(NiceTicks(covering: 0, 50_000, maxTicks: 6).labels == ["0", "10k", "20k", "30k", "40k", "50k"])
        #expect(NiceTicks(covering: 10_000, 12_000, maxTicks: 5).labels == ["10.0k", "10.5k", "11.0k", "11.5k", "12.0k"])
        #expect(NiceTicks(covering: 1_000_000, 1_100_000, maxTicks: 6).labels == ["1.00M", "1.02M", "1.04M", "1.06M", "1.08M", "1.10M"])
        #expect(NiceTicks(covering: -10, 10, maxTicks: 5).labels == ["\u{2212}10", "\u{2212}5", "0", "5", "10"])
    }

    @Test("chart numbers: fixed decimals, grouping and about three significant figures")
    func chartNumbers() {
        #expect(ChartNumber.fixed(2.5, decimals: 2) == "2.50")
        #expect(ChartNumber.fixed(-3, decimals: 0) == "\u{2212}3")
        #expect(ChartNumber.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(ChartNumber.fixed(.nan, decimals: 2) == "\u{2013}")
        #expect(ChartNumber.grouped(1_234_567.85, decimals: 1) == "1,234,567.9")
        #expect(ChartNumber.grouped(-1234, decimals: 0) == "\u{2212}1,234")
        #expect(ChartNumber.compact(0.0123) == "0.0123")
        #expect(ChartNumber.compact(0.95) == "0.950")
        #expect(ChartNumber.compact(12.34) == "12.3")
        #expect(ChartNumber.compact(1234.5) == "1,235")
        #expect(ChartNumber.compact(12_345) == "12.3k")
        #expect(ChartNumber.compact(2.5e6) == "2.50M")
        #expect(ChartNumber.compact(0) == "0")
        let cells = ChartNumber.commonFormat([200, 16_800, -32_800, 0])
        #expect([200, 16_800, -32_800, 0].map(cells) == ["0.2k", "16.8k", "\u{2212}32.8k", "0"])
        let rates = ChartNumber.commonFormat([0.61, 0.953])
        #expect([0.61, 0.953].map(rates) == ["0.610", "0.953"])
    }

    @Test("period axes pick the first step whose labels do not collide")
    func periodAxis() {
        let label: (Int) -> String = { "2026-01-\($0)" }
        let wide = AxisScale.periods(0, 100, steps: [7, 14, 28], label: label, pixelStart: 0, pixelEnd: 600, fontSize: 11)
        // A 10-character label at 11 px needs about 66 px; 14 periods are 84 px, 7 only 42.
        #expect(wide.ticks.map(\.value) == stride(from: 0.0, through: 98, by: 14).map { $0 })
        let narrow = AxisScale.periods(0, 1000, steps: [], label: { String($0) }, pixelStart: 0, pixelEnd: 600, fontSize: 11)
        #expect(narrow.ticks.first?.value == 0 && (narrow.ticks.count >= 5 && narrow.ticks.count <= 11))
    }

    @Test("the viridis ramp runs from dark to light and text on it stays readable")
    func ramp() {
        #expect(SequentialRamp.colour(0) == ChartColour(0x440154))
        #expect(SequentialRamp.colour(1) == ChartColour(0xFDE725))
        let luminances = stride(from: 0.0, through: 1, by: 0.05).map { SequentialRamp.colour($0).luminance }
        #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 < $1 })
        #expect(SequentialRamp.colour(0).contrastingText == .white)
        #expect(SequentialRamp.colour(1).contrastingText == .black)
    }

    @Test("the first series styles differ in colour and in dash, marker and hatch")
    func palette() {
        let styles = (0..<8).map(ChartPalette.style)
        #expect(Set(styles.map(\.colour)).count == 8)
        #expect(Set(styles.map { $0.dash ?? "solid" }).count == 8)
        #expect(Set(styles.map { "\($0.marker)" }).count == ChartMarker.allCases.count)
        #expect(Set(styles.map { "\($0.hatch)" }).count == 8)
        #expect(ChartPalette.style(0).colour.hex == "#0072B2")
    }
}
