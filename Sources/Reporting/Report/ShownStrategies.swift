/// The strategies a report follows period by period for each product: at most three, so that
/// the inventory chart stays readable.
///
/// In order: the best by mean profit (rank 1), the baseline, and a contrast — the frontier
/// strategy with the highest fill rate, or else the runner-up by profit. Each comes with why
/// it is shown.
struct ShownStrategies {
    struct Choice: Equatable {
        var name: String
        var role: String
    }

    var choices: [Choice]

    init(_ summary: BacktestReport) {
        var choices: [Choice] = []
        func add(_ name: String?, _ role: String) {
            guard let name, !choices.contains(where: { $0.name == name }) else { return }
            choices.append(Choice(name: name, role: role))
        }
        let ranked = summary.strategies
        add(ranked.first?.name, "best profit")
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
}
