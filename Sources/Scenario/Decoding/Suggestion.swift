/// "Did you mean …?" suggestions for misspelt keys, tags, enumerated values and product ids.
enum Suggestion {
    /// The candidate closest to `word`, or nil when none is close enough to be a likely typo.
    ///
    /// Spelling variants (`unitCost`, `unit-cost`, `UNIT_COST`) match exactly; otherwise the
    /// edit distance must be at most a third of the word's length (at least 1, at most 3), so
    /// short words only match near-misses.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let normalizedWord = normalize(word)
        if let variant = candidates.first(where: { normalize($0) == normalizedWord }) {
            return variant
        }
        // A shortened key ("salvage" for "salvage_value") is a likely slip too.
        if normalizedWord.count >= 4 {
            let extensions = candidates.filter { normalize($0).hasPrefix(normalizedWord) }
            if extensions.count == 1, let only = extensions.first { return only }
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
    static func hint(for word: String, among candidates: [String], listing what: String) -> String? {
        if let match = closest(to: word, among: candidates) {
            return "did you mean '\(match)'?"
        }
        guard !candidates.isEmpty, candidates.count <= 16 else { return nil }
        return "\(what): " + candidates.joined(separator: ", ")
    }

    /// Lower case without separators, so that the spelling conventions compare equal.
    private static func normalize(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Levenshtein distance over characters (insert, delete, substitute, each costing 1).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
