import Testing
@testable import Forecasting

private func reference(_ id: String, firstPeriod: Int, sales: [Double]) -> AnalogLibrary.Reference {
    AnalogLibrary.Reference(profile: ProductProfile(id: id), firstPeriod: firstPeriod, sales: sales)
}

/// A catalogue whose products sell steadily for a while and then stop for good: product k
/// sells 8, 12, 10, 9, 11 in turn for 30 + k periods, then nothing, 90 periods in all.
private let dyingCatalogue = AnalogLibrary(references: (0..<40).map { k in
    let pattern: [Double] = [8, 12, 10, 9, 11]
    return reference("p\(k)", firstPeriod: 0, sales: (0..<90).map { $0 < 30 + k ? pattern[$0 % 5] : 0 })
})

@Suite("Pooled stacker")
struct PooledStackTests {
    @Test("features at an origin, by hand")
    func featuresByHand() throws {
        var walk = StackFeatureWalk(sales: [2, 0, 4, 1, 0, 3])
        walk.advance(to: 5)
        let features = try #require(walk.features())
        // Means: last 4 = (4+1+0+3)/4; 8, 13 and 26 cover all six. Medians: 0,1,3,4 → 2; 0,0,1,2,3,4 → 1.5.
        // SES 0.1 and 0.3 from level 2; TSB: share 1, .9, .91, .919, .8271, .84439 × size 2, 2.2, 2.08, 2.172.
        let expected: [Double] = [2, 10.0 / 6, 10.0 / 6, 10.0 / 6, 2, 1.5, 1.5, 1.5,
                                  1.85358, 1.79474, 0.84439 * 2.172, 0, 0, 0]
        #expect(features.values.count == StackFeatures.names.count)
        for (index, (got, want)) in zip(features.values, expected).enumerated() {
            #expect(abs(got - want) < 1e-9, "\(StackFeatures.names[index]): \(got) vs \(want)")
        }
        #expect(abs(features.activity - 4.0 / 6) < 1e-12)
        // Changes since the first sale: −2, 4, −3, −1, 3; mean square 39/5.
        #expect(abs((walk.errorScale ?? 0) - (39.0 / 5).squareRoot()) < 1e-12)
    }

    @Test("the error scale counts changes only from the first sale on")
    func errorScale() {
        var scale = NaiveErrorScale()
        for value in [0.0, 0, 3] { scale.update(value) }
        #expect(scale.value == nil)
        scale.update(1)
        #expect(scale.value == 2)
    }

    @Test("with one constant feature the loss-aware fit is the median of flat targets (least absolute error)")
    func medianForFlatTargets() throws {
        var regression = LossAwareRegression(width: 1, horizon: 2)
        for target in [0.0, 0, 0, 1, 10, 2, 0] {
            regression.append(features: [1], future: [target, target], scale: 1)
        }
        let theta = try #require(regression.fit(iterations: 60))
        // Mean 13/7 ≈ 1.86, median 0: RMSE/q of a flat target is |ȳ − f|, minimised at the median.
        #expect(abs(theta[0]) < 0.01, "\(theta)")
    }

    @Test("the fit is a local minimum of Σ RMSE/q, below least squares")
    func minimisesTheLoss() throws {
        var regression = LossAwareRegression(width: 2, horizon: 3)
        let rows: [([Double], [Double], Double)] = [
            ([1, 0], [0, 0, 3], 1), ([1, 2], [2, 0, 5], 2), ([1, 1], [0, 1, 0], 1), ([1, 4], [6, 2, 9], 3),
            ([1, 0], [0, 0, 0], 0.5), ([1, 3], [1, 7, 2], 2), ([1, 1], [4, 0, 0], 1.5), ([1, 2], [0, 0, 1], 1),
        ]
        for (x, future, scale) in rows { regression.append(features: x, future: future[...], scale: scale) }
        let theta = try #require(regression.fit(iterations: 200))
        func loss(_ t: [Double]) -> Double {
            rows.reduce(0) { total, row in
                let f = row.0[0] * t[0] + row.0[1] * t[1]
                let rmse = (row.1.reduce(0) { $0 + ($1 - f) * ($1 - f) } / 3).squareRoot()
                return total + rmse / row.2
            }
        }
        let best = loss(theta)
        for (d0, d1) in [(0.01, 0.0), (-0.01, 0), (0, 0.01), (0, -0.01), (0.01, -0.01), (-0.01, 0.01)] {
            #expect(best <= loss([theta[0] + d0, theta[1] + d1]) + 1e-9, "θ \(theta) + (\(d0), \(d1))")
        }
        var plain = LossAwareRegression(width: 2, horizon: 3)
        for (x, future, scale) in rows { plain.append(features: x, future: future[...], scale: scale) }
        let leastSquares = try #require(plain.fit(iterations: 1))
        #expect(best < loss(leastSquares))
    }

    @Test("the last-year ratio, by hand: own, shrunk, pooled")
    func seasonalRatio() {
        // Season 4, horizon 2, last period 19: coming periods one season back are 16, 17; the base
        // is 3…15 (13 periods, × 2/13). Sales 1 everywhere, 5 in periods 16 and 17: A = 10, B = 2.
        let sales = (0..<20).map { $0 == 16 || $0 == 17 ? 5.0 : 1 }
        var settings = PooledStackSettings(horizon: 2, season: 4, seasonalShrinkage: 0)
        #expect(abs(SeasonalRatio.product(sales: sales, firstPeriod: 0, pooled: 2, settings: settings) - 5) < 1e-12)
        settings.seasonalShrinkage = 30  // typical sale 1: (10 + 30·2)/(2 + 30)
        #expect(abs(SeasonalRatio.product(sales: sales, firstPeriod: 0, pooled: 2, settings: settings) - 70.0 / 32) < 1e-12)
        // Too young for a last year of its own (starts after the base window): the pooled ratio.
        #expect(SeasonalRatio.product(sales: Array(sales.suffix(10)), firstPeriod: 10, pooled: 2, settings: settings) == 2)
        let references = [reference("a", firstPeriod: 0, sales: sales), reference("b", firstPeriod: 0, sales: sales),
                          reference("late", firstPeriod: 5, sales: Array(repeating: 100, count: 15))]
        let pooled = SeasonalRatio.pooled(references: references, last: 19, settings: settings)
        #expect(abs((pooled ?? 0) - 5) < 1e-12, "\(String(describing: pooled))")
        // A horizon longer than the season would need periods after the last one.
        settings.horizon = 5
        #expect(SeasonalRatio.pooled(references: references, last: 19, settings: settings) == nil)
    }

    @Test("learns from the catalogue that a product gone quiet has stopped for good")
    func deadProduct() {
        let settings = PooledStackSettings(seasonal: false)
        let pattern: [Double] = [8, 12, 10, 9, 11]
        let history = (0..<26).map { $0 < 20 ? pattern[$0 % 5] : 0 }
        var pooled = PooledStackForecaster(library: dyingCatalogue, settings: settings)
        pooled.observe(history: history.enumerated().map { SalesObservation(period: 60 + $0.offset, sales: $0.element) })
        let mean26 = history.reduce(0, +) / 26
        let forecast = pooled.forecast(horizon: 8)
        // Still selling steadily, it forecasts about the steady level; six quiet periods later, ≈ 0.
        #expect(forecast.mean[0] < 0.1 * mean26, "forecast \(forecast.mean[0]) against a 26-period mean \(mean26)")
        var alive = PooledStackForecaster(library: dyingCatalogue, settings: settings)
        alive.observe(history: (0..<26).map { SalesObservation(period: 60 + $0, sales: pattern[$0 % 5]) })
        #expect(abs(alive.forecast(horizon: 8).mean[0] - 10) < 1.5, "\(alive.forecast(horizon: 8).mean[0])")
    }

    @Test("reads nothing after the product's last observed period")
    func noLookAhead() {
        let settings = PooledStackSettings(horizon: 4, lookback: 20, season: 10)
        let history = (0..<40).map { SalesObservation(period: 20 + $0, sales: Double(($0 * 7) % 5)) }
        func forecast(_ library: AnalogLibrary) -> Forecast {
            var forecaster = PooledStackForecaster(library: library, settings: settings)
            forecaster.observe(history: history)
            return forecaster.forecast(horizon: 6)
        }
        let cut = AnalogLibrary(references: dyingCatalogue.references.map { reference in
            var copy = reference
            copy.sales = Array(reference.sales.prefix(60))  // periods 0…59: the product's last is 59
            return copy
        })
        let full = forecast(dyingCatalogue)
        #expect(full == forecast(cut))
        // The check can fail: the same catalogue seen up to a later period forecasts differently.
        var later = PooledStackForecaster(library: dyingCatalogue, settings: settings)
        later.observe(history: history + [SalesObservation(period: 60, sales: 0)] + (61..<70).map { SalesObservation(period: $0, sales: 0) })
        #expect(later.forecast(horizon: 6) != full)
    }

    @Test("quantiles come from the catalogue's errors: monotone, non-negative, around the point")
    func spread() throws {
        var pooled = PooledStackForecaster(library: dyingCatalogue, settings: PooledStackSettings(seasonal: false))
        pooled.observe(history: (0..<30).map { SalesObservation(period: 40 + $0, sales: [8, 12, 10, 9, 11][$0 % 5]) })
        let forecast = pooled.forecast(horizon: 8)
        guard case let .samplePaths(paths) = forecast.spread else {
            Issue.record("expected sample paths")
            return
        }
        #expect(paths.count > 10 && paths.allSatisfy { $0.count == 8 && $0.allSatisfy { $0 >= 0 && $0.isFinite } })
        let low = forecast.quantile(0.1, step: 0), high = forecast.quantile(0.9, step: 0)
        #expect(low <= forecast.mean[0] + 1e-9 && forecast.mean[0] <= high + 1e-9 && low < high, "\(low) \(forecast.mean[0]) \(high)")
    }
}
