import Foundation
import Testing
@testable import Calibration

/// The whole comparison on a small catalogue: what is counted, what is refused, and that the
/// summary writes the same bytes every time.
@Suite("fidelity result: assembly, errors, determinism")
struct FidelityResultTests {
    static let real: [[Double]] = [[0, 3, 0, 0, 5, 1, 0, 2], [0, 0, 0, 0, 0, 0, 0, 0], [2, 4, 3, 5, 4, 6, 5, 7]]
    static let simulated: [[[Double]]] = [
        [[1, 2, 0, 0, 4, 1, 0, 3], [0, 0, 1, 0, 0, 0, 0, 0], [3, 3, 4, 4, 5, 5, 6, 6]],
        [[0, 4, 0, 1, 6, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0, 0], [1, 4, 2, 5, 3, 6, 4, 8]],
    ]

    func result() throws -> FidelityResult {
        try FidelityResult(real: Self.real, simulated: Self.simulated, options: FidelityOptions(seasonLength: 4))
    }

    /// The all-zero product has no CV²; in the simulation, one all-zero series has none either
    /// (the one with a single demand has CV² 0).
    @Test("undefined statistics are left out and counted")
    func counts() throws {
        let summary = try result().summary
        let cv = try #require(summary.comparison(of: .cvSquared))
        #expect(cv.realCount == 2 && cv.realUndefined == 1)
        #expect(cv.simulatedCount == 5 && cv.simulatedUndefined == 1)
        let mean = try #require(summary.comparison(of: .mean))
        #expect(mean.realCount == 3 && mean.simulatedCount == 6)
        #expect(abs((mean.realMedian ?? 0) - 11.0 / 8) < 1e-12)
        #expect(summary.statistics.map(\.statistic) == SeriesStatistic.allCases)
        #expect(summary.periods == 24 && summary.bandCoverage == Double(summary.periodsInside) / 24)
    }

    /// Zero share on the real side: 0.5, 1, 0 → IQR (type 7) 0.75 − 0.25 = 0.5, so W1 is
    /// divided by it; the mean's IQR is positive too; an IQR of 0 leaves the ratio out.
    @Test("W1 is scaled by the real IQR, and not at all when the IQR is 0")
    func scaledDistance() throws {
        let zero = try #require(try result().summary.comparison(of: .zeroShare))
        let w = try #require(zero.wasserstein)
        #expect(zero.realInterquartileRange == 0.5)
        #expect(zero.wassersteinOverIQR == w / 0.5)
        let flat = StatisticComparison(.mean, real: [2, 2, 2, nil], simulated: [1, 2, 3])
        #expect(flat.realInterquartileRange == 0 && flat.wasserstein != nil && flat.wassersteinOverIQR == nil)
    }

    @Test("the same input encodes to the same bytes")
    func deterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(try result().summary)
        let second = try encoder.encode(try result().summary)
        #expect(first == second)
        let decoded = try JSONDecoder().decode(FidelitySummary.self, from: first)
        #expect(decoded == (try result().summary))
    }

    @Test("bad input is refused with its position")
    func errors() {
        let options = FidelityOptions(seasonLength: 4)
        #expect(throws: FidelityError.noProducts) { try FidelityResult(real: [], simulated: [[]], options: options) }
        #expect(throws: FidelityError.noReplications) { try FidelityResult(real: [[1]], simulated: [], options: options) }
        #expect(throws: FidelityError.productCountMismatch(replication: 1, expected: 1, found: 2)) {
            try FidelityResult(real: [[1]], simulated: [[[1]], [[1], [2]]], options: options)
        }
        #expect(throws: FidelityError.lengthMismatch(replication: 0, product: 0, expected: 2, found: 1)) {
            try FidelityResult(real: [[1, 2]], simulated: [[[1]]], options: options)
        }
        #expect(throws: FidelityError.invalidDemand(path: "simulated[0][0][1]", value: -1)) {
            try FidelityResult(real: [[1, 2]], simulated: [[[1, -1]]], options: options)
        }
        #expect(throws: FidelityError.self) { try FidelityResult(real: [[1, .nan]], simulated: [[[1, 1]]], options: options) }
        #expect(throws: FidelityError.self) {
            try FidelityResult(real: [[1]], simulated: [[[1]]], options: FidelityOptions(seasonLength: 4, peakWidth: 4))
        }
        #expect(throws: FidelityError.self) { try FidelityResult(real: [[1]], simulated: [[[1]]], options: FidelityOptions(seasonLength: 0)) }
    }
}
