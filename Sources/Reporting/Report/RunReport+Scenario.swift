extension RunReport {
    /// What was simulated: products, horizon, replications, strategies, events.
    func scenarioSection(_ calendar: ReportCalendar?) -> [MarkupNode] {
        let scenario = data.scenario
        var facts: [(String, String)] = []
        let shown = data.products.map(\.displayName)
        let productText = shown.count < scenario.productCount
            ? "\(scenario.productCount) products; the report follows the first \(shown.count): " + shown.joined(separator: "; ")
            : "\(scenario.productCount) product\(scenario.productCount == 1 ? "" : "s"): " + shown.joined(separator: "; ")
        facts.append(("Products", productText))
        let unit = calendar?.unit ?? scenario.periodLength
        var horizon = "\(scenario.periods) \(unit)\(scenario.periods == 1 ? "" : "s")"
        if let calendar {
            horizon += ", \(calendar.longLabel(0)) to \(calendar.longLabel(scenario.periods - 1))"
                + (calendar.days == 7 ? " (week starting)" : "")
        }
        facts.append(("Horizon", horizon))
        facts.append(("Replications", "\(scenario.replications), seed \(scenario.seed); "
                      + (summary.commonRandomNumbers
                         ? "every strategy faced the same market in each replication (common random numbers)"
                         : "each strategy faced a market of its own (independent streams)")))
        facts.append(("Strategies", "\(scenario.strategies.count): each of \(Self.counted(scenario.forecasters.count, "forecaster")) ("
                      + scenario.forecasters.joined(separator: ", ") + ") with each of \(Self.counted(scenario.policies.count, "policy")) ("
                      + scenario.policies.joined(separator: ", ") + ")"))
        facts.append(("Baseline", summary.baseline + " — every other strategy is compared with it"))
        facts.append(("Events", scenario.eventCount == 0 ? "none"
                      : "\(Self.counted(scenario.eventCount, "event")) (promotions, price changes and shocks); each product's "
                        + "are listed with its charts"))
        if let uncertain = scenario.uncertainParameters, !uncertain.isEmpty {
            facts.append(("Uncertainty", "\(Self.counted(uncertain.count, "launch parameter")) (" + uncertain.joined(separator: ", ")
                          + ") would be drawn afresh in each replication by sellthrough whatif; this run uses the values "
                          + "written in the scenario, so its intervals leave that uncertainty out"))
        }
        return [.html("h2", ["id": "scenario"], [.text("Scenario")]), HTMLPage.facts(facts)]
    }

    /// "3 forecasters", "1 policy".
    static func counted(_ count: Int, _ noun: String) -> String {
        guard count != 1 else { return "1 \(noun)" }
        return "\(count) " + (noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s")
    }
}
