import Testing
@testable import Censoring

/// Comparable periods on series small enough to compute by hand.
@Suite("comparable-periods: hand-computed")
struct ComparablePeriodsTests {
    /// No season: the four nearest uncensored periods 1, 3, 0, 4 (sales 6, 8, 4, 10). Levels
    /// (uncensored mean within ±3): 7 at periods 1, 2, 3; 6 at 0; 8 at 4. Estimate
    /// (6 + 8 + 4·7/6 + 10·7/8) / 4.
    @Test("no season: nearest uncensored periods scaled to the level")
    func noSeason() throws {
        let series = CensoredSeries(sales: [4, 6, 2, 8, 10], censored: [false, false, true, false, false])
        let demand = try ComparablePeriodsEstimator().demand(for: series)
        let expected: Double = (6.0 + 8.0 + 4.0 * 7 / 6 + 10.0 * 7 / 8) / 4
        #expect(abs(demand[2] - expected) < 1e-12)
        #expect(Array(demand.prefix(2)) == [4, 6])
    }

    /// A cycle of 2: period 3 (position 1) is compared with periods 1 and 5 (sales 2 and 2).
    /// Levels over ±1: 11.5 at 3 (12 and 11), 8 at 1 (10, 2, 12), 6.5 at 5 (11, 2).
    @Test("a season: same-position periods, scaled to the level")
    func seasonal() throws {
        let series = CensoredSeries(sales: [10, 2, 12, 3, 11, 2], censored: [false, false, false, true, false, false], season: 2)
        let demand = try ComparablePeriodsEstimator().demand(for: series)
        let expected: Double = (2.0 * 11.5 / 8 + 2.0 * 11.5 / 6.5) / 2
        #expect(abs(demand[3] - expected) < 1e-12)
    }

    /// When comparable periods suggest less than was sold, the sales stand.
    @Test("never below the sales")
    func floor() throws {
        let series = CensoredSeries(sales: [1, 9, 1], censored: [false, true, false])
        #expect(try ComparablePeriodsEstimator().demand(for: series) == [1, 9, 1])
    }

    /// Every period at position 1 of a cycle of 2 is censored: period 1 falls back to the
    /// nearest periods of any position, 0 and 2 (sales 5, levels 5), so 5.
    @Test("no same-position period: nearby periods instead")
    func widened() throws {
        let series = CensoredSeries(sales: [5, 0, 5, 0, 5], censored: [false, true, false, true, false], season: 2)
        let estimate = try ComparablePeriodsEstimator(neighbours: 2).estimate(for: series)
        #expect(estimate.notes.contains(.windowWidened))
        #expect(estimate.demand[1] == 5)
    }
}
