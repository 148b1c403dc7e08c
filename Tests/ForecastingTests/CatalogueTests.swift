import Foundation
import Testing
@testable import Forecasting

/// Every catalogue entry, made with its defaults, on series that break forecasters: the checks
/// cover entries added later without anyone remembering to list them.
@Suite("Catalogue: every forecaster on hard series")
struct CatalogueTests {
    /// Hard series of the issue: all-zero, single sale, constant, very short, huge, trailing zeros.
    static let hardSeries: [(name: String, values: [Double])] = [
        ("all zero", Array(repeating: 0, count: 60)),
        ("single sale", singleSale),
        ("constant", Array(repeating: 7, count: 60)),
        ("one point", [5]),
        ("two points", [3, 0]),
        ("three points", [0, 2, 9]),
        ("huge values", (0..<80).map { (i: Int) -> Double in 1e9 + Double(i % 5) * 1e7 }),
        ("trailing zeros", trailingZeros),
        ("intermittent", (0..<90).map { (i: Int) -> Double in i % 7 == 0 ? Double(1 + i % 4) : 0 }),
        ("launch", (0..<30).map { (i: Int) -> Double in Double(i * i) / 10 }),
    ]

    static var singleSale: [Double] {
        var values = [Double](repeating: 0, count: 60)
        values[30] = 4
        return values
    }

    static var trailingZeros: [Double] {
        (0..<70).map { (i: Int) -> Double in i < 40 ? Double(10 + i % 3) : 0 }
    }

    /// A launch curve rising then fading, with `offset` added.
    static func launchCurve(offset: Double) -> [Double] {
        (0..<150).map { (age: Int) -> Double in
            let t = Double(age)
            return 20 * t * exp(-t / 15) + offset
        }
    }

    /// A small library of comparable products, so the analog model has something to borrow.
    static let context = ForecastingContext(
        season: 7, profile: ProductProfile(id: "new", category: "toys", attributes: ["red"], price: 10),
        analogs: AnalogLibrary(references: (0..<3).map { index in
            AnalogLibrary.Reference(
                profile: ProductProfile(id: "old\(index)", category: "toys", attributes: ["red"], price: 9 + Double(index)),
                firstPeriod: -200, sales: launchCurve(offset: Double(index)))
        }))

    @Test("the catalogue names every forecaster the issue lists, each once")
    func names() {
        let names = ForecasterCatalogue.names
        #expect(Set(names).count == names.count)
        let required = ["naive", "snaive", "ma", "ses", "holt", "damped", "holt-winters", "autoets", "theta",
                        "croston", "croston-optimized", "sba", "tsb", "adida", "imapa", "bass", "analog"]
        let missing = required.filter { !names.contains($0) }
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test("finite, non-negative, monotone quantiles, fed one by one or as a history",
          arguments: ForecasterCatalogue.names)
    func hardSeries(_ name: String) throws {
        let entry = try #require(ForecasterCatalogue.entry(named: name))
        let template = try entry.makeForecaster(context: Self.context)
        for series in Self.hardSeries {
            var stepwise = template
            var batch = template
            let history = series.values.enumerated().map { SalesObservation(period: $0.offset, sales: $0.element) }
            for observation in history { stepwise.observe(observation) }
            batch.observe(history: history)
            for forecaster in [stepwise, batch] {
                check(forecaster.forecast(horizon: 12), "\(name) on \(series.name)")
                #expect(forecaster.nextPeriodMean.isFinite && forecaster.nextPeriodMean >= 0, "\(name) on \(series.name)")
            }
        }
    }

    @Test("an all-zero history is forecast as zero", arguments: ForecasterCatalogue.names)
    func allZero(_ name: String) throws {
        guard name != "analog" else { return }  // borrows a launch shape: zero sales so far may be a product not yet selling
        let forecaster = try #require(ForecasterCatalogue.entry(named: name)).makeForecaster(context: Self.context)
        var fitted = forecaster
        fitted.observe(history: (0..<60).map { SalesObservation(period: $0, sales: 0) })
        let forecast = fitted.forecast(horizon: 8)
        #expect(forecast.mean.allSatisfy { $0 == 0 }, "\(name): \(forecast.mean)")
    }

    /// Means, quantiles and cumulative quantiles finite and ≥ 0; quantiles non-decreasing in p,
    /// cumulative quantiles non-decreasing in the number of steps.
    private func check(_ forecast: Forecast, _ label: String) {
        #expect(forecast.horizon == 12, "\(label)")
        #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): mean \(forecast.mean)")
        let levels = [0.025, 0.1, 0.5, 0.9, 0.975]
        for step in [0, 5, 11] {
            let quantiles = levels.map { forecast.quantile($0, step: step) }
            #expect(quantiles.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): step \(step) \(quantiles)")
            #expect(zip(quantiles, quantiles.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 * max(1, abs($1)) },
                    "\(label): step \(step) quantiles not monotone \(quantiles)")
        }
        for p in levels {
            let totals = (0...12).map { forecast.cumulativeQuantile(p, steps: $0) }
            #expect(totals.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): p \(p) \(totals)")
            #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 * max(1, abs($1)) },
                    "\(label): p \(p) cumulative quantiles fall with more steps \(totals)")
        }
    }
}
