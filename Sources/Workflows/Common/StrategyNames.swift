import Spelling

/// Strategy names as people type them (the baseline of a run, the strategies a report follows),
/// matched against the names the run table writes (`ses × weekly-95`): the plain letter x may
/// stand for ×, case and spacing do not matter — as for a what-if study's strategy.
public enum StrategyNames {
    /// The strategy of `names` that `text` means; nil when none or several.
    public static func resolve(_ text: String, among names: [String]) -> String? {
        if names.contains(text) { return text }
        let matches = names.filter { key($0) == key(text) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// "did you mean 'ses × one-buy'?" for a name that means no strategy of `names`; nil when
    /// it does, or when none is close.
    public static func suggestion(for text: String, among names: [String]) -> String? {
        guard resolve(text, among: names) == nil else { return nil }
        return Suggestion.closest(to: text, among: names).map { "did you mean '\($0)'?" }
    }

    private static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "×", with: "x").split(separator: " ").joined(separator: " ")
    }
}
