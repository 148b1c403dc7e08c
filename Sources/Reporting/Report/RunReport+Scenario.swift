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
                + (calendar.length == .week ? " (week starting)" : "")
        }
        facts.append(("Horizon", horizon))
        facts.append(("Replications", "\(scenario.replications), seed \(scenario.seed); "
                      + (summary.commonRandomNumbers
                         ? "every strategy faced the same market in each replication (common random numbers)"
                         : "each strategy faced a market of its own (independent streams)")))
        facts.append(("Strategies", Self.strategiesText(scenario)))
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

    /// How many strategies, from which forecasters and policies. A strategy named without
    /// "×" is a policy that reads no forecast, run once without a forecaster.
    static func strategiesText(_ scenario: ScenarioOverview) -> String {
        let policies = "\(counted(scenario.policies.count, "policy")) (" + scenario.policies.joined(separator: ", ") + ")"
        guard !scenario.forecasters.isEmpty else {
            return "\(scenario.strategies.count): \(policies), each run once without a forecaster, as none reads a forecast"
        }
        let alone = scenario.strategies.filter { !$0.contains(" × ") }.count
        return "\(scenario.strategies.count), from \(counted(scenario.forecasters.count, "forecaster")) ("
            + scenario.forecasters.joined(separator: ", ") + ") and \(policies)"
            + (alone == 0 ? "" : "; \(alone) named by a policy alone, which reads no forecast and so runs once, without a forecaster")
    }

    /// "3 forecasters", "1 policy".
    static func counted(_ count: Int, _ noun: String) -> String {
        guard count != 1 else { return "1 \(noun)" }
        return "\(count) " + (noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s")
    }
}
