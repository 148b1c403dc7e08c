import Spelling

/// Strategy names given on the command line (`run --baseline`, `report --follow`), as the run
/// table writes them (`ses × weekly-95`): the plain letter x may stand for ×, case and spacing
/// do not matter — as for `whatif --strategy`.
enum StrategyNames {
    /// The strategy of `names` that `text` means; nil when none or several.
    static func resolve(_ text: String, among names: [String]) -> String? {
        if names.contains(text) { return text }
        let matches = names.filter { key($0) == key(text) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// "did you mean 'ses × one-buy'?" for a name that means no strategy of `names`; nil when
    /// it does, or when none is close.
    static func suggestion(for text: String, among names: [String]) -> String? {
        guard resolve(text, among: names) == nil else { return nil }
        return Suggestion.closest(to: text, among: names).map { "did you mean '\($0)'?" }
    }

    /// The refusal of `text` given to `option`: a command-line error naming the strategies.
    static func unknown(_ text: String, option: String, among names: [String]) -> CommandFailure {
        let listed = "the strategies are: " + names.map { "'\($0)'" }.joined(separator: ", ")
        let hint = suggestion(for: text, among: names).map { "\($0) " + listed } ?? listed
        return CommandFailure(.commandLine, "\(option): no strategy is called '\(text)'", hint: hint)
    }

    private static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "×", with: "x").split(separator: " ").joined(separator: " ")
    }
}
