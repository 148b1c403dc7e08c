import Foundation
import Testing
@testable import Forecasting
import TestSupport

/// Random profiles built to hit every branch of the similarity: a few categories and none, a
/// small vocabulary (many shared attributes), prices missing, not positive, repeated (ties) and
/// spread over three decades (in and out of the price band).
private func randomProfile(_ id: String, using generator: inout SplitMix64) -> ProductProfile {
    let categories: [String?] = [nil, "mugs", "jackets", "phones"]
    let words = ["red", "blue", "wool", "ceramic", "large", "set"]
    let attributes = Set(words.filter { _ in Double.random(in: 0..<1, using: &generator) < 0.15 })
    let price: Double?
    switch Int.random(in: 0..<10, using: &generator) {
    case 0: price = nil
    case 1: price = [0, -3].randomElement(using: &generator)
    case 2, 3, 4: price = [5, 10, 20, 40].randomElement(using: &generator)
    default: price = exp(Double.random(in: 0..<3, using: &generator) * log(10))
    }
    return ProductProfile(id: id, category: categories.randomElement(using: &generator) ?? nil, attributes: attributes, price: price)
}

/// A library of `count` references launched over 40 periods; one in ten never sells.
private func randomLibrary(_ count: Int, seed: UInt64) -> AnalogLibrary {
    var generator = SplitMix64(seed: seed)
    return AnalogLibrary(references: (0..<count).map { index in
        let profile = randomProfile("r\(index)", using: &generator)
        let start = Int.random(in: -5..<35, using: &generator)
        let sales = (0..<12).map { _ in index % 10 == 0 ? 0 : Double(Int.random(in: 0..<6, using: &generator)) }
        return AnalogLibrary.Reference(profile: profile, firstPeriod: start, sales: sales)
    })
}

@Suite("Analog index")
struct AnalogIndexTests {
    @Test("the lazy ranking through the index is the full sort's order, candidate for candidate (seeds 1…3)",
          arguments: [UInt64(1), 2, 3])
    func sameOrderAsFullSort(seed: UInt64) {
        let library = randomLibrary(1500, seed: seed)
        let index = AnalogIndex(library.references)
        var generator = SplitMix64(seed: seed &* 7919)
        let similarity = AnalogSimilarity()
        for trial in 0..<60 {
            let profile = randomProfile("p\(trial)", using: &generator)
            let attributes = Array(profile.attributes)
            let all = AnalogForecaster.rankAll(library.references, for: profile, attributes: attributes, similarity: similarity)
            for latest in [nil, Int.random(in: -6..<40, using: &generator)] {
                var ranking = AnalogRanking(index: index, references: library.references, profile: profile,
                                            attributes: attributes, similarity: similarity, launchedBy: latest)
                var lazy: [AnalogForecaster.Candidate] = []
                while let candidate = ranking.next() { lazy.append(candidate) }
                let expected = all.filter { latest == nil || $0.launchPeriod <= latest! }
                #expect(lazy == expected, "seed \(seed), product \(profile), launched by \(String(describing: latest))")
            }
        }
    }

    @Test("a large library's forecasts equal those of the same library ranked in full (seed 4)")
    func sameForecasts() {
        // 1,500 references: above the eager limit, so the forecaster goes through the index; the
        // expected one is told to rank them in full whatever their number.
        let library = randomLibrary(1500, seed: 4)
        #expect(library.references.count > AnalogForecaster.eagerLimit)
        var generator = SplitMix64(seed: 44)
        for trial in 0..<40 {
            let profile = randomProfile("p\(trial)", using: &generator)
            let start = Int.random(in: 0..<30, using: &generator)
            let sales = (0..<Int.random(in: 1..<8, using: &generator)).map { _ in Double(Int.random(in: 0..<6, using: &generator)) }
            for alignment in [AnalogForecaster.Alignment.launch, .calendar(season: 7)] {
                let settings = AnalogForecaster.Settings(analogCount: 5, window: 4, alignment: alignment)
                var indexed = AnalogForecaster(profile: profile, library: library, settings: settings)
                var full = AnalogForecaster(profile: profile, library: library, settings: settings, censoring: .lowerBound,
                                            rankingInFullUpTo: .max)
                #expect(indexed.index != nil && full.index == nil)
                for (offset, value) in sales.enumerated() {
                    indexed.observe(SalesObservation(period: start + offset, sales: value))
                    full.observe(SalesObservation(period: start + offset, sales: value))
                    #expect(indexed.analogReferences == full.analogReferences, "product \(trial), \(alignment), period \(start + offset)")
                    let (a, b) = (indexed.forecast(horizon: 3), full.forecast(horizon: 3))
                    for step in 1...3 {
                        #expect(a.mean == b.mean && a.quantile(0.9, step: step) == b.quantile(0.9, step: step)
                                    && a.cumulativeQuantile(0.9, steps: step) == b.cumulativeQuantile(0.9, steps: step),
                                "product \(trial), \(alignment), period \(start + offset), step \(step)")
                    }
                }
            }
        }
    }
}
