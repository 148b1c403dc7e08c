extension StrategiesSpec {
    /// The most pairs a scenario may list: every forecaster with every policy.
    public static var maximumPairs: Int { maximumForecasters * maximumPolicies }

    /// Checks how forecasters and policies are paired. With `pairs`: each names a listed policy
    /// and, exactly when that policy reads a forecast, a listed forecaster (with a suggestion
    /// for a misspelt name); none twice; a forecaster or policy in no pair is warned about.
    /// Without: forecasters that no policy would use are warned about.
    func validatePairs(into checker: inout Checker, at path: FieldPath) {
        guard let pairs else {
            warnAboutUnreadForecasters(into: &checker, at: path.key("forecasters"))
            return
        }
        let pairsPath = path.key("pairs")
        if pairs.isEmpty {
            checker.add(pairsPath, .missingField, "lists no pairs, so there is no strategy to run",
                        hint: "list pairs such as {forecaster: ses, policy: weekly-95}, or leave pairs out to pair "
                            + "every forecaster with every policy that reads a forecast")
        } else if pairs.count > Self.maximumPairs {
            checker.add(pairsPath, .outOfRange, "lists \(pairs.count) pairs; at most \(Self.maximumPairs) are compared at once")
        }
        var seen: [StrategyPairSpec: Int] = [:]
        for (index, pair) in pairs.enumerated() {
            let itemPath = pairsPath.index(index)
            check(pair, into: &checker, at: itemPath)
            if let first = seen[pair] {
                checker.add(itemPath, .duplicate,
                            "the strategy '\(Self.strategyName(forecaster: pair.forecaster, policy: pair.policy))' "
                                + "is already listed at pairs[\(first)]")
            } else {
                seen[pair] = index
            }
        }
        warnAboutUnpaired(into: &checker, at: path)
    }

    /// One pair's names, and whether it has a forecaster exactly when its policy reads one.
    private func check(_ pair: StrategyPairSpec, into checker: inout Checker, at path: FieldPath) {
        let forecasterNames = forecasters.map(\.name)
        if let name = pair.forecaster, forecaster(named: name) == nil {
            checker.add(path.key("forecaster"), .unknownReference, "no forecaster is called '\(name)'",
                        hint: Suggestion.hint(for: name, among: forecasterNames, listing: "the forecasters are"))
        }
        guard let policy = policy(named: pair.policy) else {
            checker.add(path.key("policy"), .unknownReference, "no policy is called '\(pair.policy)'",
                        hint: Suggestion.hint(for: pair.policy, among: policies.map(\.name), listing: "the policies are"))
            return
        }
        switch (policy.rule.readsForecast, pair.forecaster) {
        case (true, nil):
            checker.add(path, .missingField, "policy '\(policy.name)' (\(policy.rule.key)) reads a forecast, so its pair needs a forecaster",
                        hint: "e.g. {forecaster: \(forecasterNames.first ?? "naive"), policy: \(policy.name)}")
        case let (false, name?):
            checker.add(path.key("forecaster"), .invalidValue,
                        "policy '\(policy.name)' (\(policy.rule.key)) reads no forecast, so forecaster '\(name)' would change nothing",
                        hint: "write {policy: \(policy.name)}: it runs once, without a forecaster")
        default:
            break
        }
    }

    /// Forecasters and policies that no pair uses: listed, but never run.
    private func warnAboutUnpaired(into checker: inout Checker, at path: FieldPath) {
        let pairs = self.pairs ?? []
        for (index, forecaster) in forecasters.enumerated() where !pairs.contains(where: { $0.forecaster == forecaster.name }) {
            checker.warn(path.key("forecasters").index(index), .invalidValue,
                         "forecaster '\(forecaster.name)' is in no pair, so it is not run",
                         hint: "pair it with a policy that reads a forecast, or remove it")
        }
        for (index, policy) in policies.enumerated() where !pairs.contains(where: { $0.policy == policy.name }) {
            checker.warn(path.key("policies").index(index).key("name"), .invalidValue,
                         "policy '\(policy.name)' is in no pair, so it is not run",
                         hint: policy.rule.readsForecast ? "add {forecaster: …, policy: \(policy.name)} to pairs, or remove it"
                                                         : "add {policy: \(policy.name)} to pairs, or remove it")
        }
    }

    /// Forecasters written in the file when no policy reads a forecast: none of them is run.
    private func warnAboutUnreadForecasters(into checker: inout Checker, at path: FieldPath) {
        guard !policies.isEmpty, !policies.contains(where: \.rule.readsForecast),
              forecasters != Self.defaultForecasters else { return }
        let names = forecasters.map(\.name).joined(separator: ", ")
        checker.warn(path, .invalidValue,
                     "no policy reads a forecast, so the forecasters (\(names)) are not run: "
                        + "each policy runs once, without a forecaster",
                     hint: "remove the forecasters, or add a policy that reads a forecast (forecast_order_up_to, quantile, newsvendor)")
    }
}
