/// "Did you mean …?" suggestions for misspelt keys, tags, enumerated values, product ids,
/// forecaster and strategy names and command names.
///
/// One module so that every place a name is looked up — the scenario format, the accuracy
/// gate's baseline files and the command line — suggests the same way.
public enum Suggestion {
    /// The candidate closest to `word`, or nil when none is close enough to be a likely typo.
    ///
    /// Spelling variants (`unitCost`, `unit-cost`, `UNIT_COST`; `ses x s-S` for `ses × s-S`)
    /// match exactly; then a shortened name that only one candidate starts with (`salvage` for
    /// `salvage_value`, four characters or more) or ends with (`ets` for `autoets`, three or
    /// more); otherwise the edit distance must be at most a third of the word's length (at
    /// least 1, at most 3), so short words only match near-misses.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let normalizedWord = normalize(word)
        if let variant = candidates.first(where: { normalize($0) == normalizedWord }) {
            return variant
        }
        // A shortened key ("salvage" for "salvage_value") is a likely slip too.
        if normalizedWord.count >= 4, let only = unique(candidates.filter { normalize($0).hasPrefix(normalizedWord) }) {
            return only
        }
        // So is the distinctive end of a longer name ("ets" for "autoets").
        if normalizedWord.count >= 3, let only = unique(candidates.filter { normalize($0).hasSuffix(normalizedWord) }) {
            return only
        }
        let limit = min(3, max(1, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(normalizedWord, normalize(candidate))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// A hint: the suggestion when there is one, otherwise the list of valid choices
    /// (when it is short enough to read).
    public static func hint(for word: String, among candidates: [String], listing what: String) -> String? {
        if let match = closest(to: word, among: candidates) {
            return "did you mean '\(match)'?"
        }
        guard !candidates.isEmpty, candidates.count <= 16 else { return nil }
        return "\(what): " + candidates.joined(separator: ", ")
    }

    /// The only element, or nil when there are none or several.
    private static func unique(_ matches: [String]) -> String? {
        matches.count == 1 ? matches[0] : nil
    }

    /// Lower case without separators, so that the spelling conventions compare equal; `×`
    /// (the forecaster × policy separator of strategy names) reads as the x people type.
    private static func normalize(_ text: String) -> String {
        String(text.lowercased().compactMap { character -> Character? in
            character == "×" ? "x" : ("_- ".contains(character) ? nil : character)
        })
    }

    /// Edit distance over characters: inserts, deletes, substitutions and swaps of two
    /// neighbours (`sse` for `ses`), each costing 1 (optimal string alignment).
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
