import Testing
@testable import Censoring

/// What every estimator promises whatever the series: one finite value ≥ 0 per period, the
/// sales where uncensored, at least the sales where censored; the fallbacks; clear errors.
@Suite("censoring estimators: contract and fallbacks")
struct EstimatorContractTests {
    /// Series that stress the estimators: short, all-zero, intermittent, censored at zero, a
    /// censored maximum, a seasonal one, non-whole sales.
    static let series: [CensoredSeries] = [
        CensoredSeries(sales: [3], censored: [true]),
        CensoredSeries(sales: [3], censored: [false]),
        CensoredSeries(sales: [0, 0, 0, 0], censored: [false, true, false, true]),
        CensoredSeries(sales: [0, 0, 2, 0, 0, 5, 0, 1], censored: [false, false, true, false, false, true, false, false]),
        CensoredSeries(sales: [0, 4, 0, 0], censored: [true, false, true, true]),
        CensoredSeries(sales: [5, 6, 40, 7, 50], censored: [false, false, true, false, true]),
        CensoredSeries(sales: (0..<30).map { Double(($0 * 7) % 11) }, censored: (0..<30).map { $0 % 3 == 0 }, season: 7,
                       firstSeasonPosition: 5),
        CensoredSeries(sales: [1.5, 2.25, 0.5, 3], censored: [false, true, false, true]),
    ]

    @Test("finite, ≥ 0, sales where uncensored, ≥ sales where censored", arguments: CensoringEstimator.allCases)
    func contract(estimator: CensoringEstimator) throws {
        for (index, series) in Self.series.enumerated() {
            let demand = try estimator.demand(for: series)
            #expect(demand.count == series.count, "series \(index)")
            for t in demand.indices {
                #expect(demand[t].isFinite && demand[t] >= 0, "series \(index) period \(t): \(demand[t])")
                if series.censored[t] {
                    #expect(demand[t] >= series.sales[t], "series \(index) period \(t)")
                } else {
                    #expect(demand[t] == series.sales[t], "series \(index) period \(t)")
                }
            }
        }
    }

    @Test("every period censored: demand = sales, said in a note", arguments: CensoringEstimator.allCases)
    func allCensored(estimator: CensoringEstimator) throws {
        let series = CensoredSeries(sales: [2, 5, 0], censored: [true, true, true])
        let estimate = try estimator.estimate(for: series)
        #expect(estimate.demand == series.sales)
        if estimator != .asSales { #expect(estimate.notes == [.everyPeriodCensored]) }
    }

    @Test("nothing censored, or nothing at all: demand = sales", arguments: CensoringEstimator.allCases)
    func noneCensored(estimator: CensoringEstimator) throws {
        let series = CensoredSeries(sales: [2, 5, 0], censored: [false, false, false])
        let estimate = try estimator.estimate(for: series)
        #expect(estimate.demand == series.sales)
        #expect(estimate.notes == [.nothingCensored])
        #expect(try estimator.demand(for: CensoredSeries(sales: [], censored: [])) == [])
    }

    /// Censored zeros among uncensored zeros: nothing suggests demand, so nothing much is imputed.
    @Test("all zeros stay near zero", arguments: CensoringEstimator.allCases)
    func allZeros(estimator: CensoringEstimator) throws {
        let demand = try estimator.demand(for: CensoredSeries(sales: [0, 0, 0, 0, 0, 0], censored: [false, true, false, false, true, false]))
        #expect(demand.allSatisfy { $0 < 1e-3 }, "\(demand)")
    }

    @Test("a series that breaks an invariant is refused, naming the field and period", arguments: [
        (CensoredSeries(sales: [1, 2], censored: [true]), "censored"),
        (CensoredSeries(sales: [1, -2], censored: [true, false]), "sales[1]"),
        (CensoredSeries(sales: [.nan], censored: [true]), "sales[0]"),
        (CensoredSeries(sales: [1], censored: [true], season: 0), "season"),
        (CensoredSeries(sales: [1], censored: [true], season: 7, firstSeasonPosition: 7), "firstSeasonPosition"),
    ])
    func invalid(series: CensoredSeries, field: String) {
        for estimator in CensoringEstimator.allCases {
            do {
                _ = try estimator.demand(for: series)
                Issue.record("\(estimator) accepted an invalid series")
            } catch {
                #expect(error.description.hasPrefix(field + " "), "\(error)")
            }
        }
    }

    @Test("names are the documented ones")
    func names() {
        #expect(CensoringEstimator.allCases.map(\.rawValue) == ["as-sales", "product-limit", "censored-likelihood", "comparable-periods"])
    }
}
