import Testing
@testable import Calibration

/// Type-7 quantiles against numpy 2.4.6's default `numpy.percentile`, and the band's coverage
/// counted by hand.
@Suite("quantiles and simulated bands")
struct BandTests {
    /// np.percentile([3.0, 0.0, 7.5, 1.0, 1.0, 12.0, 4.0, 2.5], [10, 25, 50, 75, 90])
    ///   → [0.7, 1.0, 2.75, 4.875, 8.85]
    @Test("quantiles match numpy.percentile")
    func quantiles() throws {
        let sample = SortedSample([3.0, 0.0, 7.5, 1.0, 1.0, 12.0, 4.0, 2.5])
        let expected: [(Double, Double)] = [(0.1, 0.7), (0.25, 1.0), (0.5, 2.75), (0.75, 4.875), (0.9, 8.85)]
        for (p, value) in expected {
            let q = try #require(sample.quantile(p))
            #expect(abs(q - value) < 1e-12, "p = \(p): \(q)")
        }
        #expect(sample.quantile(0) == 0 && sample.quantile(1) == 12)
        #expect(abs((sample.interquartileRange ?? 0) - 3.875) < 1e-12)
        #expect(SortedSample([]).median == nil)
    }

    /// Period 0 draws the numpy sample above over 8 replications (band 0.7…8.85); period 1 has
    /// every replication at 0 (band 0…0); period 2 draws 1…8 (band 1.7…7.3).
    /// Real 9, 0, 5: outside, inside (bounds count), inside → 2 of 3.
    @Test("band percentiles and coverage")
    func band() throws {
        let first: [Double] = [3.0, 0.0, 7.5, 1.0, 1.0, 12.0, 4.0, 2.5]
        let replications = (0..<8).map { r in [first[r], 0, Double(r + 1)] }
        let band = ProductBand(real: [9, 0, 5], replications: replications)
        #expect(zip(band.lower, [0.7, 0, 1.7]).allSatisfy { abs($0 - $1) < 1e-12 }, "\(band.lower)")
        #expect(zip(band.median, [2.75, 0, 4.5]).allSatisfy { abs($0 - $1) < 1e-12 }, "\(band.median)")
        #expect(zip(band.upper, [8.85, 0, 7.3]).allSatisfy { abs($0 - $1) < 1e-12 }, "\(band.upper)")
        #expect(band.periodsInside == 2)
        #expect(abs((band.coverage ?? 0) - 2.0 / 3) < 1e-15)
        #expect(ProductBand(real: [], replications: [[]]).coverage == nil)
    }
}
