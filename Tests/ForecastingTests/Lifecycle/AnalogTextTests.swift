import Foundation
import Testing
import TestSupport
@testable import Forecasting

/// A reference with no category or attributes, described by `description`.
private func described(_ id: String, _ description: String?, price: Double? = 2, firstPeriod: Int = 0,
                       sales: [Double] = [1, 2, 3, 4, 5, 6]) -> AnalogLibrary.Reference {
    AnalogLibrary.Reference(profile: ProductProfile(id: id, price: price, description: description),
                            firstPeriod: firstPeriod, sales: sales)
}

@Suite("Analog description text")
struct AnalogTextTests {
    @Test("terms: lower case, split at non-alphanumerics, one-letter words and stop words dropped, repeats kept")
    func terms() {
        #expect(AnalogText.terms("SET OF 3 Cake-Tins, PANTRY design; tins") == ["set", "cake", "tins", "pantry", "design", "tins"])
        #expect(AnalogText.terms("A THE & of").isEmpty)
    }

    @Test("idf, vectors and cosine by hand")
    func byHand() {
        let text = AnalogText([described("a", "pink paper parasol"), described("b", "blue paper parasol"),
                               described("c", "red wool scarf"), described("d", nil)])
        // N = 3 described; paper and parasol in 2, the rest in 1.
        #expect(text.documents == 3)
        let shared = log(4.0 / 3) + 1, own = log(4.0 / 2) + 1
        #expect(abs(text.idf[text.vocabulary["paper"] ?? -1] - shared) < 1e-12)
        #expect(abs(text.idf[text.vocabulary["pink"] ?? -1] - own) < 1e-12)
        let (a, b, c) = (text.vectors[0], text.vectors[1], text.vectors[2])
        #expect(text.vectors[3] == nil)
        // cos(a, b) = 2·shared² / (own² + 2·shared²).
        let expected = 2 * shared * shared / (own * own + 2 * shared * shared)
        #expect(abs((a?.cosine(b!) ?? -1) - expected) < 1e-12)
        #expect(a?.cosine(c!) == 0)
        #expect(abs((a?.cosine(a!) ?? 0) - 1) < 1e-12)
        // A product's own description: unknown terms weigh ln(1 + N) + 1 and match nothing.
        let parasol = text.vector(for: "GREEN PAPER PARASOL")
        let unknown = log(4.0) + 1
        let value = 2 * shared * shared / ((unknown * unknown + 2 * shared * shared).squareRoot()
            * (own * own + 2 * shared * shared).squareRoot())
        #expect(abs((parasol?.cosine(a!) ?? -1) - value) < 1e-12)
        #expect(text.vector(for: "of the") == nil)
    }

    @Test("the similarity adds the cosine and rescales only when the product has a description")
    func similarity() {
        let similarity = AnalogSimilarity(textWeight: 1)
        let plain = ProductProfile(id: "p", price: 2)
        let other = ProductProfile(id: "q", price: 2, description: "pink parasol")
        // No description on the product: the old formula (price closeness 1).
        #expect(abs(similarity.similarity(plain, other) - 0.2) < 1e-12)
        let same = ProductProfile(id: "r", price: 2, description: "Pink Parasol")
        #expect(abs(similarity.similarity(same, other) - (0.2 + 1) / 2) < 1e-12)
        #expect(abs(similarity.similarity(same, plain) - 0.2 / 2) < 1e-12)
        #expect(AnalogSimilarity(textWeight: 0).similarity(same, other) == 0.2)
    }

    @Test("a product is forecast from the references its description resembles")
    func textChoosesAnalogs() {
        // Same price, no category: only the text tells the parasols from the scarves.
        var references: [AnalogLibrary.Reference] = []
        for i in 0..<3 { references.append(described("scarf\(i)", "red wool scarf", sales: [9, 9, 9, 9, 9, 9])) }
        for i in 0..<3 { references.append(described("parasol\(i)", "paper parasol", sales: [1, 1, 1, 1, 1, 1])) }
        let library = AnalogLibrary(references: references)
        let product = ProductProfile(id: "new", price: 2, description: "PINK PAPER PARASOL")
        let settings = AnalogForecaster.Settings(analogCount: 3, similarity: AnalogSimilarity(textWeight: 1))
        var forecaster = AnalogForecaster(profile: product, library: library, settings: settings)
        forecaster.observe(SalesObservation(period: 6, sales: 0))
        #expect(forecaster.analogReferences == [3, 4, 5])
        #expect(forecaster.forecast(horizon: 3).mean == [1, 1, 1])
        let blind = AnalogForecaster.Settings(analogCount: 3, similarity: AnalogSimilarity(textWeight: 0))
        var without = AnalogForecaster(profile: product, library: library, settings: blind)
        without.observe(SalesObservation(period: 6, sales: 0))
        #expect(without.analogReferences == [0, 1, 2])
    }

    @Test("with descriptions, the lazy ranking is the full sort's order (seed 11)")
    func lazyRankingWithText() {
        var generator = SplitMix64(seed: 11)
        let words = ["pink", "paper", "parasol", "wool", "scarf", "cake", "tin", "set", "of"]
        func description() -> String? {
            let chosen = words.filter { _ in Double.random(in: 0..<1, using: &generator) < 0.3 }
            return chosen.isEmpty && Bool.random(using: &generator) ? nil : chosen.joined(separator: " ")
        }
        let references = (0..<1_200).map { index in
            described("r\(index)", description(), price: [nil, 1, 2, 3.5, 8].randomElement(using: &generator) ?? nil,
                      firstPeriod: Int.random(in: -3..<20, using: &generator),
                      sales: index % 9 == 0 ? [0, 0] : [0, 1, 2])
        }
        let library = AnalogLibrary(references: references)
        let index = AnalogIndex(references)
        let similarity = AnalogSimilarity(textWeight: 0.7)
        for trial in 0..<30 {
            let profile = ProductProfile(id: "p\(trial)", price: [nil, 2, 3].randomElement(using: &generator) ?? nil,
                                         description: description())
            let text = AnalogText.Match(profile, library: library, weight: similarity.textWeight)
            let all = AnalogForecaster.rankAll(references, for: profile, attributes: [], similarity: similarity, text: text)
            let latest = Int.random(in: -3..<22, using: &generator)
            var ranking = AnalogRanking(index: index, references: references, profile: profile, attributes: [],
                                        similarity: similarity, text: text, launchedBy: latest)
            var lazy: [AnalogForecaster.Candidate] = []
            while let candidate = ranking.next() { lazy.append(candidate) }
            #expect(lazy == all.filter { $0.launchPeriod <= latest }, "trial \(trial): \(profile)")
        }
    }
}

@Suite("Analog similarity coding")
struct AnalogSimilarityCodingTests {
    @Test("a similarity saved without a text weight decodes with 0; a bad one is a decoding error")
    func decoding() throws {
        let old = try JSONDecoder().decode(AnalogSimilarity.self, from: Data(#"{"priceBand": 3}"#.utf8))
        #expect(old == AnalogSimilarity(priceBand: 3, textWeight: 0))
        let round = try JSONDecoder().decode(AnalogSimilarity.self, from: JSONEncoder().encode(AnalogSimilarity(textWeight: 0.5)))
        #expect(round.textWeight == 0.5)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AnalogSimilarity.self, from: Data(#"{"priceBand": 3, "textWeight": -1}"#.utf8)) }
    }
}
