import Foundation
import Testing
import Market
import Calendar

@Suite("Lifecycles")
struct LifecycleTests {
    static let bassCases: [(p: Double, q: Double)] = [(0.003, 0.1), (0.01, 0.3), (0.03, 0.38), (0.0001, 0.02), (0.001, 0.9)]

    @Test("Bass: expected adopters approach the market size; the peak falls near ln(q/p)/(p+q)",
          arguments: bassCases)
    func bassExpectedPath(p: Double, q: Double) {
        let bass = BassDiffusion(marketSize: 10_000, innovation: p, imitation: q)
        var adopters = 0.0
        var peak = (period: 0, units: -1.0)
        for period in 0..<20_000 {
            let units = bass.newAdopters(adopters: adopters, marketSize: bass.marketSize)
            if units > peak.units { peak = (period, units) }
            adopters += units
        }
        #expect(abs(adopters - 10_000) < 1e-6 * 10_000)
        // The recursion is Euler's method with a step of one period, which lags the continuous
        // curve by up to half a period per e-folding of the adoption rate (ln(q/p)/2 in all),
        // plus one period for counting a period's adopters at its end.
        let continuousPeak = log(q / p) / (p + q)
        let tolerance = 1 + log(q / p) / 2
        #expect(abs(Double(peak.period) - continuousPeak) <= tolerance,
                "peak at \(peak.period), continuous \(continuousPeak), tolerance \(tolerance)")
    }

    @Test("Bass in the simulator: cumulative sales approach the market size and phases come in order",
          arguments: [UInt64(11), 12, 13])
    func bassSimulated(seed: UInt64) throws {
        let market = 5_000.0
        let model = Fixture.model([Fixture.bassProduct("gadget", bass: BassDiffusion(marketSize: market, innovation: 0.01, imitation: 0.2))],
                                  periods: 400)
        let rows = try Fixture.observe(model, seed: seed)
        let sold = Double(rows.map(\.demand).reduce(0, +))
        // Cumulative demand is a sum of Poisson draws whose means add up to about m, so its
        // standard deviation is about √m; 4.5 standard deviations bound it.
        #expect(abs(sold - market) <= 4.5 * market.squareRoot(), "seed \(seed): sold \(sold)")
        let phases = rows.map(\.phase)
        #expect(zip(phases, phases.dropFirst()).allSatisfy { $0 <= $1 }, "seed \(seed): phases out of order")
        #expect(Set(phases) == Set(LifecyclePhase.allCases), "seed \(seed): every phase appears")
    }

    @Test("Bass: lost sales slow word of mouth, and demand stays coupled to the same uniforms (common random numbers)")
    func stockoutsSlowWordOfMouth() throws {
        let model = Fixture.model([Fixture.bassProduct("gadget", bass: BassDiffusion(marketSize: 5_000, innovation: 0.01, imitation: 0.2))],
                                  periods: 120)
        var all = FractionSold(fraction: 1)
        var half = FractionSold(fraction: 0.5)
        let fullMarket = try MarketSimulation(model: model, seed: 5)
        let limitedMarket = try MarketSimulation(model: model, seed: 5)
        fullMarket.run(&all)
        limitedMarket.run(&half)
        #expect(all.observations.count == half.observations.count)
        // Same uniform in every period: demand is ordered exactly as its expectation is.
        for (full, limited) in zip(all.observations, half.observations) {
            if limited.expected <= full.expected { #expect(limited.demand <= full.demand, "period \(full.period)") }
            if full.expected <= limited.expected { #expect(full.demand <= limited.demand, "period \(full.period)") }
        }
        // Half the buyers spread the word: adoption is slower and the peak comes later.
        func peak(_ rows: [DemandObservation]) -> Int { rows.max { $0.expected < $1.expected }?.period ?? -1 }
        #expect(peak(half.observations) > peak(all.observations))
        #expect(limitedMarket.products[0].adopters < fullMarket.products[0].adopters)
    }

    @Test("Bass: a competitor entering shrinks the market")
    func competitorShrinksBassMarket() throws {
        let entry = Shock(name: "rival", products: [0], kind: .competitorEntry(start: Fixture.day(0), shareLoss: 0.3, rampDays: 0))
        let model = Fixture.model([Fixture.bassProduct("gadget", bass: BassDiffusion(marketSize: 4_000, innovation: 0.02, imitation: 0.3))],
                                  periods: 300, shocks: [entry])
        let sold = Double(try Fixture.observe(model, seed: 3).map(\.demand).reduce(0, +))
        #expect(abs(sold - 2_800) <= 4.5 * 2_800.0.squareRoot(), "sold \(sold)")
    }

    @Test("Bass with repeat purchase: demand after saturation is repeat rate × adopters")
    func repeatPurchase() throws {
        let bass = BassDiffusion(marketSize: 1_000, innovation: 0.05, imitation: 0.4, repeatRate: 0.1)
        let model = Fixture.model([Fixture.bassProduct("milk", bass: bass)], periods: 400)
        let market = try MarketSimulation(model: model, seed: 9)
        var recorder = GroundTruthRecorder()
        market.run(&recorder)
        let last = try #require(recorder.observations.last)
        let adopters = market.products[0].adopters
        #expect(abs(last.expected - 0.1 * adopters) < 1e-6 * last.expected + 0.05)
        #expect(adopters <= 1_000 + 4.5 * 1_000.0.squareRoot())
        // Repeat demand (≈ 100 a period) exceeds half the peak adoption rate ((p+q)²/4q·m ≈ 127,
        // half ≈ 63), so a saturated staple is mature, not declining; with few repeats it declines.
        #expect(last.phase == .maturity)
        let occasional = BassDiffusion(marketSize: 1_000, innovation: 0.05, imitation: 0.4, repeatRate: 0.02)
        #expect(occasional.phase(adoptedShare: 0.9) == .decline)
        #expect(BassDiffusion(marketSize: 1_000, innovation: 0.05, imitation: 0.4).phase(adoptedShare: 0.9) == .decline)
    }

    @Test("explicit phases: linear ramps with the documented levels, labelled in order")
    func explicitPhases() throws {
        let segments = [
            LifecycleSegment(phase: .introduction, start: Fixture.day(0), end: Fixture.day(10), fromLevel: 0, toLevel: 10),
            LifecycleSegment(phase: .growth, start: Fixture.day(10), end: Fixture.day(20), fromLevel: 10, toLevel: 30),
            LifecycleSegment(phase: .maturity, start: Fixture.day(20), end: Fixture.day(40), fromLevel: 30, toLevel: 30),
            LifecycleSegment(phase: .decline, start: Fixture.day(40), end: Fixture.day(50), fromLevel: 30, toLevel: 0),
        ]
        let product = Product(id: "jacket", listPrice: 80, life: DayRange(first: Fixture.day(0), end: Fixture.day(50)),
                              lifecycle: .phases(segments))
        let rows = try Fixture.observe(Fixture.model([product], periods: 60))
        #expect(rows.count == 50, "no demand after end of life")
        for segment in segments {
            let inSegment = rows.filter { Fixture.day($0.period) >= segment.start && Fixture.day($0.period) < segment.end }
            #expect(inSegment.allSatisfy { $0.phase == segment.phase })
            let mean = inSegment.map(\.expected).reduce(0, +) / Double(inSegment.count)
            #expect(abs(mean - (segment.fromLevel + segment.toLevel) / 2) < 1e-9)
        }
    }

    @Test("launch and end of life bound the live periods, also inside weekly periods")
    func launchAndEndOfLife() throws {
        // Launch on a Thursday (day 3), end of life after day 16: weeks 0, 1 and 2 are live;
        // week 0 has 4 live days, week 2 has 3.
        let product = Fixture.flatProduct("a", level: 7, life: DayRange(first: Fixture.day(3), end: Fixture.day(17)))
        let rows = try Fixture.observe(Fixture.model([product], periods: 5, length: .week))
        #expect(rows.map(\.period) == [0, 1, 2])
        #expect(abs(rows[0].expected - 4) < 1e-12)
        #expect(abs(rows[1].expected - 7) < 1e-12)
        #expect(abs(rows[2].expected - 3) < 1e-12)
    }
}
