import Workflows

extension StrategyNames {
    /// The refusal of `text` given to `option`: a command-line error naming the strategies.
    static func unknown(_ text: String, option: String, among names: [String]) -> CommandFailure {
        let listed = "the strategies are: " + names.map { "'\($0)'" }.joined(separator: ", ")
        let hint = suggestion(for: text, among: names).map { "\($0) " + listed } ?? listed
        return CommandFailure(.commandLine, "\(option): no strategy is called '\(text)'", hint: hint)
    }
}
