import Testing
@testable import Forecasting

/// The one search of a single smoothing weight: grid, Brent between the neighbours, a minimum on
/// a bound found by the extension or, when asked, by the probe.
@Suite("SmoothingWeightSearch")
struct SmoothingWeightSearchTests {
    /// Counts the evaluations of `f`.
    private final class Counted {
        let f: (Double) -> Double
        var calls = 0
        init(_ f: @escaping (Double) -> Double) { self.f = f }
        func callAsFunction(_ x: Double) -> Double { calls += 1; return f(x) }
    }

    @Test("an interior minimum is found to within the tolerance", arguments: [0.137, 0.5, 0.8123])
    func interior(minimum: Double) throws {
        let search = SmoothingWeightSearch(bounds: 0.01...0.99, gridPoints: 11, tolerance: 1e-6)
        let found = try #require(search.minimum { ($0 - minimum) * ($0 - minimum) + 3 })
        #expect(abs(found.weight - minimum) < 1e-5)
        #expect(!found.isFlat)
    }

    @Test("a minimum on a bound: refined onto it without the probe, accepted at once with it")
    func bound() throws {
        let rising = { (w: Double) in 1 + w }   // minimum at the lower bound
        let refined = Counted(rising)
        let plain = try #require(SmoothingWeightSearch(bounds: 0.1...0.3, gridPoints: 5, tolerance: 1e-7)
            .minimum { refined($0) })
        #expect(abs(plain.weight - 0.1) < 1e-7)
        #expect(refined.calls > 6, "Brent refines onto the bound: \(refined.calls) evaluations")
        let probed = Counted(rising)
        let quick = try #require(SmoothingWeightSearch(bounds: 0.1...0.3, gridPoints: 5, tolerance: 1e-7, probesBounds: true)
            .minimum { probed($0) })
        #expect(quick.weight == 0.1)
        #expect(probed.calls == 6, "five grid points and one probe")
        let falling = try #require(SmoothingWeightSearch(bounds: 0.1...0.3, gridPoints: 5, tolerance: 1e-7, probesBounds: true)
            .minimum { 1 - $0 })
        #expect(falling.weight == 0.3)
    }

    @Test("a minimum just inside a bound survives the probe")
    func justInside() throws {
        // Minimum at 0.1 + 0.01: the probe 1e-4 inside the bound is lower, so Brent runs.
        let found = try #require(SmoothingWeightSearch(bounds: 0.1...0.3, gridPoints: 5, tolerance: 1e-6, probesBounds: true)
            .minimum { ($0 - 0.11) * ($0 - 0.11) })
        #expect(abs(found.weight - 0.11) < 1e-5)
    }

    @Test("flat and infinite objectives")
    func degenerate() throws {
        let flat = try #require(SmoothingWeightSearch(bounds: 0.1...0.3, gridPoints: 5, tolerance: 1e-7).minimum { _ in 2 })
        #expect(flat.isFlat && flat.weight == 0.1)
        #expect(SmoothingWeightSearch(bounds: 0.1...0.3, gridPoints: 5, tolerance: 1e-7).minimum { _ in .infinity } == nil)
        // Negative objectives (a log criterion) keep the extension above the bound's value.
        let negative = try #require(SmoothingWeightSearch(bounds: 0.01...0.99, gridPoints: 11, tolerance: 1e-6)
            .minimum { -1000 + $0 })
        #expect(abs(negative.weight - 0.01) < 1e-6)
    }
}
