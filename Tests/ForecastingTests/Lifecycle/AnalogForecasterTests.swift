import Foundation
import Testing
import GSL
@testable import Forecasting

/// A reference called `id` in category "mugs" unless said otherwise.
private func reference(_ id: String, category: String? = "mugs", attributes: Set<String> = [], price: Double? = 10,
                       firstPeriod: Int, sales: [Double]) -> AnalogLibrary.Reference {
    AnalogLibrary.Reference(profile: ProductProfile(id: id, category: category, attributes: attributes, price: price),
                            firstPeriod: firstPeriod, sales: sales)
}

/// The library with every reference cut at `period` (nothing after it kept).
private func truncated(_ library: AnalogLibrary, at period: Int) -> AnalogLibrary {
    AnalogLibrary(references: library.references.map { reference in
        var copy = reference
        copy.sales = Array(reference.sales.prefix(max(0, period - reference.firstPeriod + 1)))
        return copy
    })
}

/// An analog forecaster after observing `sales` at calendar periods `firstPeriod`, `firstPeriod + 1`, ….
private func analog(_ profile: ProductProfile?, _ library: AnalogLibrary?, settings: AnalogForecaster.Settings = .init(),
                    observing sales: [Double], from firstPeriod: Int) -> AnalogForecaster {
    var forecaster = AnalogForecaster(profile: profile, library: library, settings: settings)
    for (offset, value) in sales.enumerated() {
        forecaster.observe(SalesObservation(period: firstPeriod + offset, sales: value))
    }
    return forecaster
}

private let mug = ProductProfile(id: "new-mug", category: "mugs", attributes: ["blue", "ceramic"], price: 10)

@Suite("Analog similarity")
struct AnalogSimilarityTests {
    @Test("category, Jaccard of attributes and price band, by hand")
    func byHand() {
        let similarity = AnalogSimilarity()
        let same = ProductProfile(id: "a", category: "mugs", attributes: ["blue", "ceramic"], price: 10)
        #expect(abs(similarity.similarity(mug, same) - 1) < 1e-12)
        // Jaccard {blue, ceramic} vs {blue, glass} = 1/3; price 20 = twice 10: closeness 0.
        let other = ProductProfile(id: "b", category: "mugs", attributes: ["blue", "glass"], price: 20)
        #expect(abs(similarity.similarity(mug, other) - (0.5 + 0.3 / 3)) < 1e-12)
        // Price 10·√2: closeness 1 − ln√2/ln 2 = 1/2; no attributes, no category on one side.
        let vague = ProductProfile(id: "c", category: nil, attributes: [], price: 10 * 2.0.squareRoot())
        #expect(abs(similarity.similarity(mug, vague) - 0.2 * 0.5) < 1e-12)
        // A different category is not comparable, however alike otherwise.
        let cup = ProductProfile(id: "d", category: "cups", attributes: ["blue", "ceramic"], price: 10)
        #expect(similarity.similarity(mug, cup) == 0)
        #expect(similarity.similarity(other, mug) == similarity.similarity(mug, other))
    }
}

@Suite("Analog forecaster")
struct AnalogForecasterTests {
    /// One reference with sales 10, 20, …, 60 at ages 1…6; the product sold 4 and 8 so far.
    ///
    /// Window = ages 1…2: n_r = 15, S = 2/3, 4/3, 2, 8/3, 10/3, 4, then (30+40+50+60)/4/15 = 3.
    /// k̂ = (4·2/3 + 8·4/3)/((2/3)² + (4/3)²) = (40/3)/(20/9) = 6 with no residual, so
    /// σ̂² = 2·6/(2 − 1 + 2) = 4 and k̂'s precision is ΣS̄²/σ̂² = (20/9)/4 = 5/9. One reference:
    /// τ² = (15/2)² = 56.25, precision shrinkage/56.25. The spread's σ² = 2k/3.
    @Test("one reference: scale fitted and shrunk, the forecast and spread by hand", arguments: [0.0, 1])
    func oneReferenceByHand(_ shrinkage: Double) {
        let library = AnalogLibrary(references: [reference("old", firstPeriod: 0, sales: [10, 20, 30, 40, 50, 60])])
        let settings = AnalogForecaster.Settings(shrinkage: shrinkage)
        let forecaster = analog(mug, library, settings: settings, observing: [0, 0, 4, 8], from: 8)
        #expect(forecaster.age == 2)
        let (own, prior) = (5.0 / 9, shrinkage / 56.25)
        let k = (own * 6 + prior * 15) / (own + prior)
        let forecast = forecaster.forecast(horizon: 6)
        let expected = [2, 8.0 / 3, 10.0 / 3, 4, 3, 3].map { k * $0 }
        for h in 0..<6 { #expect(abs(forecast.mean[h] - expected[h]) < 1e-12, "h \(h): \(forecast.mean)") }
        let variance = 2 * k / 3
        #expect(abs(forecast.standardDeviation(step: 0) - variance.squareRoot()) < 1e-12)
        #expect(abs(forecast.cumulativeStandardDeviation(steps: 3) - (3 * variance).squareRoot()) < 1e-12)
        #expect(abs(forecaster.nextPeriodMean - expected[0]) < 1e-12)
    }

    @Test("a product that stopped selling stays at zero, however big its analogs")
    func stoppedSelling() {
        let library = AnalogLibrary(references: [reference("big", firstPeriod: 0, sales: Array(repeating: 500, count: 40))])
        let forecaster = analog(mug, library, observing: [9, 4] + Array(repeating: 0, count: 20), from: 10)
        #expect(forecaster.hasAnalogs)
        #expect(forecaster.forecast(horizon: 4).mean == [0, 0, 0, 0])
    }

    /// Two references weighted 1 : 0.6 by similarity (see the similarity test), both with the
    /// own window ages 1…2 selling 5 and 5 (n_r = 5): shapes 1, 1, then A: 2, 4 and B: 3, 1.
    @Test("two references: similarity weights and the shapes' dispersion, by hand")
    func twoReferencesByHand() {
        let library = AnalogLibrary(references: [
            reference("a", attributes: ["blue", "ceramic"], firstPeriod: 0, sales: [5, 5, 10, 20]),
            reference("b", attributes: ["blue", "glass"], price: 20, firstPeriod: 0, sales: [5, 5, 15, 5]),
        ])
        let settings = AnalogForecaster.Settings(shrinkage: 0)
        // Own sales 5, 5: k̂ = 5 exactly, no residual.
        let forecaster = analog(mug, library, settings: settings, observing: [5, 5], from: 10)
        let (wa, wb) = (1 / 1.6, 0.6 / 1.6)   // similarities 1 and 0.5 + 0.3/3 = 0.6
        let forecast = forecaster.forecast(horizon: 2)
        #expect(abs(forecast.mean[0] - 5 * (wa * 2 + wb * 3)) < 1e-12)
        #expect(abs(forecast.mean[1] - 5 * (wa * 4 + wb * 1)) < 1e-12)
        // Weighted variance Σw(x − x̄)²/(1 − Σw²) of the shapes at age 3 (equal normalisers),
        // scaled by k² = 25, plus σ² = (0 + 2·5)/(2 − 1 + 2) = 10/3.
        let mean3 = wa * 2 + wb * 3
        let variance3 = (wa * (2 - mean3) * (2 - mean3) + wb * (3 - mean3) * (3 - mean3)) / (1 - wa * wa - wb * wb)
        #expect(abs(forecast.standardDeviation(step: 0) - (25 * variance3 + 10.0 / 3).squareRoot()) < 1e-12)
        // Totals over two ages: A 6, B 4; noise 2σ².
        let meanTotal = wa * 6 + wb * 4
        let varianceTotal = (wa * (6 - meanTotal) * (6 - meanTotal) + wb * (4 - meanTotal) * (4 - meanTotal))
            / (1 - wa * wa - wb * wb)
        #expect(abs(forecast.cumulativeStandardDeviation(steps: 2) - (25 * varianceTotal + 20.0 / 3).squareRoot()) < 1e-12)
        #expect(forecaster.analogReferences == [0, 1])
    }

    @Test("picks the most similar usable products, and never another category")
    func picksMostSimilar() {
        let sales: [Double] = [3, 6, 9, 12, 9, 6, 3, 1]
        let library = AnalogLibrary(references: [
            reference("cup", category: "cups", attributes: ["blue", "ceramic"], firstPeriod: 0, sales: sales),
            reference("far", attributes: [], price: 40, firstPeriod: 0, sales: sales),
            reference("close", attributes: ["blue", "ceramic"], price: 11, firstPeriod: 0, sales: sales),
            reference("closer", attributes: ["blue", "ceramic"], price: 10, firstPeriod: 0, sales: sales),
            reference("middle", attributes: ["blue"], price: 10, firstPeriod: 0, sales: sales),
        ])
        let one = analog(mug, library, settings: .init(analogCount: 1), observing: [2, 4], from: 20)
        #expect(one.analogReferences == [3])
        let three = analog(mug, library, settings: .init(analogCount: 3), observing: [2, 4], from: 20)
        #expect(three.analogReferences == [3, 2, 4])
        let all = analog(mug, library, settings: .init(analogCount: 10), observing: [2, 4], from: 20)
        #expect(all.analogReferences == [3, 2, 4, 1])
    }

    /// Reference "slow" launched at period 15, so at P = 24 it knows ages 1…10 and the forecast
    /// of ages 6…13 continues it flat beyond age 10; "recent" launched at 22, after the product
    /// (age 5 at P = 24 needs 6 known ages); "future" launches at 26, after P, and is the most
    /// similar — a forecaster that looked ahead would pick it.
    @Test("no look-ahead: only reference sales at periods ≤ P count, whatever comes after")
    func noLookAhead() {
        let library = AnalogLibrary(references: [
            reference("slow", attributes: ["blue"], firstPeriod: 0,
                      sales: (0..<40).map { $0 < 15 ? 0 : Double(1 + $0 % 5) }),
            reference("recent", attributes: ["blue", "ceramic"], firstPeriod: 0,
                      sales: Array(repeating: 0, count: 22) + Array(repeating: 50, count: 18)),
            reference("future", attributes: ["blue", "ceramic"], firstPeriod: 20,
                      sales: [0, 0, 0, 0, 0, 0, 500, 400, 300, 200]),
        ])
        let own: [Double] = [2, 3, 4, 5, 1]
        let forecaster = analog(mug, library, observing: own, from: 20)
        #expect(forecaster.lastPeriod == 24)
        #expect(forecaster.analogReferences == [0])
        // The same forecast from a library that stops at P, and from one whose future is wild.
        let cut = analog(mug, truncated(library, at: 24), observing: own, from: 20)
        var wild = library
        wild.references[0].sales = library.references[0].sales.enumerated().map { $0.offset > 24 ? 1e6 : $0.element }
        let wildForecaster = analog(mug, wild, observing: own, from: 20)
        #expect(forecaster.forecast(horizon: 8) == cut.forecast(horizon: 8))
        #expect(forecaster.forecast(horizon: 8) == wildForecaster.forecast(horizon: 8))
    }

    @Test("no look-ahead, period by period: a library cut at each P gives the same forecasts")
    func noLookAheadEveryPeriod() throws {
        let seed: UInt = 77
        let stream = try RandomStream(seed: seed)
        let references = (0..<12).map { index in
            let launch = Int(stream.uniformInt(below: 40))
            let curve = BassCurve(marketSize: 200 + 50 * Double(index), innovation: 0.03, imitation: 0.3)
            let sales = (0..<60).map { $0 < launch ? 0 : curve.sales(age: $0 - launch + 1) }
            return reference("r\(index)", attributes: index % 2 == 0 ? ["blue"] : ["ceramic"], price: 8 + Double(index),
                             firstPeriod: 0, sales: sales)
        }
        let library = AnalogLibrary(references: references)
        var full = AnalogForecaster(profile: mug, library: library)
        for period in 15..<60 {
            let sales = Double(period % 7)
            full.observe(SalesObservation(period: period, sales: sales))
            let cut = analog(mug, truncated(library, at: period), observing: (15...period).map { Double($0 % 7) }, from: 15)
            #expect(full.forecast(horizon: 6) == cut.forecast(horizon: 6), "seed \(seed), period \(period)")
            #expect(full.analogReferences == cut.analogReferences, "seed \(seed), period \(period)")
        }
    }

    /// Season 4; the product sold 10, 20 at periods 8, 9 (P = 9, a = 2), so own age α meets the
    /// reference's period α + 3. Window periods 4, 5 sold 2, 4 (n = 3): S = 2/3, 4/3 and
    /// k̂ = (10·2/3 + 20·4/3)/(20/9) = 15. Ages 3…6 read periods 6…9 (6, 8, 3, 6); age 7 would
    /// be period 10, after P, so it continues at the mean of ages 3…6, 23/4.
    @Test("calendar alignment: the shape comparable products had one season earlier, by hand")
    func calendarByHand() {
        let library = AnalogLibrary(references: [
            reference("last-year", firstPeriod: 0, sales: [1, 2, 3, 4, 2, 4, 6, 8, 3, 6, 9, 12]),
        ])
        let settings = AnalogForecaster.Settings(shrinkage: 0, alignment: .calendar(season: 4))
        let forecaster = analog(mug, library, settings: settings, observing: [10, 20], from: 8)
        let forecast = forecaster.forecast(horizon: 5)
        let expected = [6, 8, 3, 6, 23.0 / 4].map { 15 * $0 / 3 }
        for h in 0..<5 { #expect(abs(forecast.mean[h] - expected[h]) < 1e-12, "h \(h): \(forecast.mean)") }
        // Cut at P, the library gives the same forecast.
        #expect(analog(mug, truncated(library, at: 9), settings: settings, observing: [10, 20], from: 8)
            .forecast(horizon: 5) == forecast)
    }

    @Test("calendar alignment may use the product's own previous season")
    func calendarUsesOwnPast() {
        let own: [Double] = (0..<12).map { Double(1 + $0 % 4) }
        let library = AnalogLibrary(references: [reference("new-mug", attributes: ["blue", "ceramic"], firstPeriod: 0, sales: own)])
        let settings = AnalogForecaster.Settings(window: 4, shrinkage: 0, alignment: .calendar(season: 4))
        let forecaster = analog(mug, library, settings: settings, observing: own, from: 0)
        #expect(forecaster.hasAnalogs)
        // A series repeating every season is forecast exactly: 1, 2, 3, 4.
        let forecast = forecaster.forecast(horizon: 4)
        for h in 0..<4 { #expect(abs(forecast.mean[h] - Double(1 + h)) < 1e-12, "\(forecast.mean)") }
    }

    @Test("the product's own series in the library is never an analog of itself")
    func notItself() {
        let own: [Double] = [0, 0, 4, 6, 9, 7]
        let library = AnalogLibrary(references: [reference("new-mug", attributes: ["blue", "ceramic"], firstPeriod: 0, sales: own)])
        let forecaster = analog(mug, library, observing: own, from: 0)
        #expect(!forecaster.hasAnalogs)
        #expect(forecaster.forecast(horizon: 3).mean == RecentMean([4.0, 6, 9, 7]).forecast(horizon: 3).mean)
    }

    @Test("before the first sale: the analogs' launch curves, unscaled, as their weighted paths")
    func beforeLaunch() {
        let library = AnalogLibrary(references: [
            reference("a", attributes: ["blue", "ceramic"], firstPeriod: 0, sales: [0, 10, 20, 30]),
            reference("b", attributes: ["blue", "ceramic"], firstPeriod: 0, sales: [30, 20, 10]),
        ])
        let forecaster = analog(mug, library, observing: [0, 0], from: 10)
        #expect(forecaster.age == 0)
        let forecast = forecaster.forecast(horizon: 3)
        #expect(forecast.mean == [20, 20, 20])
        // Equal weights and equal totals over 13 ages (60 + 10·20 flat): no kernel, 100 paths
        // each; period 1 is 10 or 30, the median between; every path totals 60 over 3 periods.
        #expect(forecast.quantile(0.25, step: 0) == 10)
        #expect(forecast.quantile(0.75, step: 0) == 30)
        #expect(forecast.quantile(0.5, step: 0) == 20)
        #expect(forecast.quantile(0.25, step: 2) == 10)
        #expect(forecast.cumulativeQuantile(0.05, steps: 3) == 60 && forecast.cumulativeQuantile(0.95, steps: 3) == 60)
    }

    @Test("without a library, a profile or any comparable product: the recent mean since launch")
    func fallbacks() {
        let own: [Double] = [0, 3, 5, 0, 4]
        let expected = RecentMean([3.0, 5, 0, 4]).forecast(horizon: 4)
        let otherCategory = AnalogLibrary(references: [reference("cup", category: "cups", firstPeriod: 0, sales: [1, 2, 3, 4, 5, 6, 7])])
        for forecaster in [analog(nil, otherCategory, observing: own, from: 0), analog(mug, nil, observing: own, from: 0),
                           analog(mug, otherCategory, observing: own, from: 0)] {
            #expect(!forecaster.hasAnalogs)
            #expect(forecaster.forecast(horizon: 4) == expected)
        }
        #expect(AnalogForecaster(profile: mug, library: otherCategory).forecast(horizon: 2).mean == [0, 0])
    }
}
