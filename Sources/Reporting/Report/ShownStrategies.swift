/// The strategies a report follows period by period for each product: those the reader chose
/// (by the reader, at most ``chosenLimit``), or else three, so that the
/// inventory chart stays readable.
///
/// Chosen by default, in order: the recommended strategy (or, when nothing is recommended, the
/// best by mean profit), the baseline, and a contrast — the frontier strategy with the highest
/// fill rate, or else the runner-up by profit. Each comes with why it is shown.
struct ShownStrategies {
    /// The most strategies a reader may choose: more lines than this tangle on a stock chart.
    static let chosenLimit = 4

    struct Choice: Equatable {
        var name: String
        var role: String
    }

    var choices: [Choice]

    /// - Parameter chosen: strategy names the reader chose, in the order given; empty for the
    ///   default three.
    init(_ summary: BacktestReport, chosen: [String] = []) {
        guard chosen.isEmpty else {
            choices = chosen.map { Choice(name: $0, role: $0 == summary.baseline ? "chosen; the baseline" : "chosen") }
            return
        }
        var choices: [Choice] = []
        func add(_ name: String?, _ role: String) {
            guard let name, !choices.contains(where: { $0.name == name }) else { return }
            choices.append(Choice(name: name, role: role))
        }
        let ranked = summary.strategies
        if let recommended = summary.recommendation.strategy {
            add(recommended, "recommended")
        } else {
            add(ranked.first?.name, "best profit")
        }
        add(summary.baseline, "baseline")
        let frontier = ranked.filter { $0.paretoEfficient && !choices.map(\.name).contains($0.name) }
            .max { summary.mean($0, .fillRate) < summary.mean($1, .fillRate) }
        if let frontier {
            add(frontier.name, "top fill rate on the frontier")
        } else {
            add(ranked.first { !choices.map(\.name).contains($0.name) }?.name, "runner-up")
        }
        self.choices = choices
    }

    /// The best strategy that manages the product (has a trace), with its role.
    func best(in product: ProductTrace) -> (trace: StrategyTrace, role: String)? {
        for choice in choices {
            if let trace = product.trace(choice.name) { return (trace, choice.role) }
        }
        return product.strategies.first.map { ($0, "first strategy managing this product") }
    }

    /// The strategy of `names` that `text` means: its exact name, or the name with the plain
    /// letter x standing for “×” (`ses x weekly-95`), ignoring case; nil when none or several.
    static func resolve(_ text: String, among names: [String]) -> String? {
        if names.contains(text) { return text }
        func key(_ name: String) -> String {
            name.lowercased().replacingOccurrences(of: "×", with: "x").split(separator: " ").joined(separator: " ")
        }
        let matches = names.filter { key($0) == key(text) }
        return matches.count == 1 ? matches[0] : nil
    }
}
