import Forecasting
import Testing

@Suite("demand patterns (Syntetos, Boylan & Croston)")
struct DemandPatternTests {
    @Test("hand-computed intervals and variations fall in the right class", arguments: [
        ([5.0, 5, 5, 5], DemandPattern.smooth),               // ADI 1, CV² 0
        ([1.0, 10, 1, 10], .erratic),                         // ADI 1, CV² 20.25 / 30.25 = 0.67
        ([0.0, 0, 4, 0, 0, 4, 0, 0, 4], .intermittent),       // from the first sale: 7 / 3 = 2.33, CV² 0
        ([0.0, 1, 0, 0, 9, 0], .lumpy),                       // 5 / 2 = 2.5, CV² 16 / 25 = 0.64
        ([0.0, 0, 0, 6], .smooth),                            // one sale, the last period: ADI 1, CV² 0
    ])
    func classes(_ history: [Double], _ expected: DemandPattern) {
        #expect(DemandPattern(history: history[...]) == expected)
    }

    @Test("no sale, no class")
    func noSale() {
        #expect(DemandPattern(history: [0, 0, 0][...]) == nil)
        #expect(DemandPattern(history: [][...]) == nil)
    }

    @Test("the cut-offs belong to the lower class: ADI 1.32 is not intermittent, CV² 0.49 not erratic")
    func cutOffs() {
        // 25 sales of 1 in 33 periods from the first: ADI = 33 / 25 = 1.32 exactly.
        var history = Array(repeating: 1.0, count: 25) + Array(repeating: 0.0, count: 8)
        #expect(DemandPattern(history: history[...]) == .smooth)
        history.append(0)   // 34 / 25 = 1.36
        #expect(DemandPattern(history: history[...]) == .intermittent)
        // Sizes 1 and x in equal numbers: CV² = ((x − 1) / (x + 1))², 0.49 at x = 1.7 / 0.3.
        let x = 1.7 / 0.3
        #expect(DemandPattern(history: [1, x, 1, x][...]) == .smooth)
        #expect(DemandPattern(history: [1, x + 0.01, 1, x + 0.01][...]) == .erratic)
    }
}
