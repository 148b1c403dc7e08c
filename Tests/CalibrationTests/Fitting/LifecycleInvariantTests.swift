import GSL
import Testing
@testable import Calibration

/// What every fit promises, whatever the history: the rules for launch and end of life, valid
/// phases, finite numbers, zeros outside the life, and the AICc winner.
@Suite("lifecycle fit: invariants")
struct LifecycleInvariantTests {
    @Test("end of life needs max(8, ⌈3 × mean inter-demand interval⌉) zeros after the last sale")
    func endOfLife() throws {
        // A sale every 5 periods from period 2 to 42: interval 41/9 periods, K = ⌈13.67⌉ = 14.
        var sales = Array(repeating: 0.0, count: 43 + 13)
        for t in stride(from: 2, through: 42, by: 5) { sales[t] = 2 }
        #expect(LifeSpan(sales: sales)?.endOfLife == nil)
        sales.append(0)
        #expect(LifeSpan(sales: sales)?.endOfLife == 43)
        #expect(LifeSpan(sales: sales)?.launch == 2)
        // A weekly seller needs 8.
        let steady = Array(repeating: 3.0, count: 20) + Array(repeating: 0, count: 8)
        #expect(LifeSpan(sales: steady)?.endOfLife == 20)
        #expect(LifeSpan(sales: Array(steady.dropLast()))?.endOfLife == nil)
        #expect(LifeSpan(sales: [0, 0, 0]) == nil)
    }

    /// Seed 41: 60 histories of 104 periods — launches anywhere, smooth, intermittent and lumpy
    /// demand, some with an early end, some with random multipliers and stockouts.
    @Test("every fit of a random history keeps its promises")
    func randomHistories() throws {
        let stream = try RandomStream(seed: 41)
        for index in 0..<60 {
            let input = try Self.randomHistory(stream)
            let fit = try LifecycleFitter().fit(input)
            let live = fit.launchPeriod..<(fit.endOfLifePeriod ?? input.sales.count)
            #expect(fit.baseline.count == input.sales.count, "history \(index)")
            #expect(fit.baseline.allSatisfy { $0.isFinite && $0 >= 0 }, "history \(index): \(fit.baseline)")
            #expect(fit.baseline.indices.allSatisfy { live.contains($0) || fit.baseline[$0] == 0 }, "history \(index)")
            switch fit.model {
            case let .bass(m, p, q):
                #expect(m.isFinite && m >= live.reduce(0) { $0 + input.sales[$1] } && p > 0 && p < 1 && q > 0 && q < 1,
                        "history \(index): \(fit.model)")
            case let .phases(phases):
                #expect(phases.reduce(0) { $0 + $1.periods } == live.count, "history \(index): \(phases)")
                #expect(phases.allSatisfy { $0.periods >= 1 && $0.from >= 0 && $0.to >= 0 && $0.from.isFinite && $0.to.isFinite })
                #expect(zip(phases, phases.dropFirst()).allSatisfy { $0.phase < $1.phase }, "history \(index): \(phases)")
            }
            #expect(fit.uncertainty.allSatisfy { $0.logSigma > 0 && $0.logSigma <= LifecycleFitter.sigmaCap })
            if let chosen = fit.chosen {
                let best = fit.candidates.compactMap(\.aicc).min()
                #expect(fit.candidates[chosen].aicc == best, "history \(index): \(fit.candidates)")
            }
        }
    }

    static func randomHistory(_ stream: RandomStream) throws -> LifecycleFitInput {
        let n = 104
        let launch = Int(stream.uniformInt(below: 60))
        let end = stream.uniform() < 0.3 ? launch + 10 + Int(stream.uniformInt(below: 30)) : n
        let peak = 0.2 + 50 * stream.uniform() * stream.uniform()
        let family: CountDistribution.Family = stream.uniform() < 0.5 ? .poisson : .negativeBinomial(dispersion: 0.3 + 5 * stream.uniform())
        let zero = stream.uniform() < 0.3 ? 0.6 * stream.uniform() : 0
        let withMultipliers = stream.uniform() < 0.4
        var sales = Array(repeating: 0.0, count: n)
        var censored = Array(repeating: false, count: n)
        var multiplier = Array(repeating: 1.0, count: n)
        let cap = stream.uniform() < 0.3 ? Int(peak) + 1 : Int.max
        for t in launch..<min(end, n) {
            let age = Double(t - launch)
            let level = peak * min(1, (age + 1) / 8) * (age > 30 ? max(0.1, 1 - (age - 30) / 50) : 1)
            if withMultipliers { multiplier[t] = 0.5 + stream.uniform() }
            let demand = CountDistribution(family: family, mean: level * multiplier[t], zeroProbability: zero).draw(stream)
            sales[t] = Double(min(demand, cap))
            censored[t] = demand >= cap
        }
        return LifecycleFitInput(sales: sales, censored: censored, multiplier: multiplier)
    }
}
