import Spelling
import Testing

@Suite("did you mean")
struct SuggestionTests {
    static let forecasters = ["naive", "snaive", "ma", "ses", "holt", "damped", "holt-winters", "autoets", "theta",
                              "croston", "croston-optimized", "sba", "tsb", "adida", "imapa", "bass", "analog", "pooled"]

    @Test("the end of a longer name wins over a near-miss of a shorter one: ets is autoets, not ses")
    func suffix() {
        #expect(Suggestion.closest(to: "ets", among: Self.forecasters) == "autoets")
        #expect(Suggestion.closest(to: "winters", among: Self.forecasters) == "holt-winters")
        // Two names end alike: no guess from the ending, the edit distance decides.
        #expect(Suggestion.closest(to: "cost", among: ["unit_cost", "order_cost"]) == nil)
    }

    @Test("typos and spelling variants of forecaster, key and strategy names")
    func typos() {
        #expect(Suggestion.closest(to: "sess", among: Self.forecasters) == "ses")
        #expect(Suggestion.closest(to: "crostn", among: Self.forecasters) == "croston")
        #expect(Suggestion.closest(to: "unitCost", among: ["unit_cost", "price"]) == "unit_cost")
        #expect(Suggestion.closest(to: "salvage", among: ["salvage_value", "price"]) == "salvage_value")
        // Strategy names: x typed for ×, and a transposition in the forecaster.
        let strategies = ["ses × one-buy", "naive × one-buy", "ses × weekly-95"]
        #expect(Suggestion.closest(to: "sse x one-buy", among: strategies) == "ses × one-buy")
        #expect(Suggestion.closest(to: "SES X ONE-BUY", among: strategies) == "ses × one-buy")
    }

    @Test("nothing close: no suggestion, and the hint lists short lists only")
    func farAway() {
        #expect(Suggestion.closest(to: "xyz", among: Self.forecasters) == nil)
        #expect(Suggestion.hint(for: "xyz", among: ["a", "b"], listing: "one of") == "one of: a, b")
        #expect(Suggestion.hint(for: "xyz", among: (0..<20).map { "name\($0)" }, listing: "one of") == nil)
        #expect(Suggestion.hint(for: "sess", among: Self.forecasters, listing: "one of") == "did you mean 'ses'?")
    }

    @Test("edit distance counts inserts, deletes, substitutions and swaps of neighbours")
    func distance() {
        #expect(Suggestion.editDistance("sse", "ses") == 1)
        #expect(Suggestion.editDistance("ca", "abc") == 3)
        #expect(Suggestion.closest(to: "sse", among: Self.forecasters) == "ses")
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }
}
