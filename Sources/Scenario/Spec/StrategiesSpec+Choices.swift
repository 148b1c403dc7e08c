/// One strategy a backtest runs: a policy, and the forecaster behind its outlook when it reads
/// one.
public struct StrategyChoice: Sendable, Hashable {
    /// Nil for a policy that reads no forecast: it runs without a forecaster.
    public var forecaster: ForecasterSpec?
    public var policy: PolicySpec

    public init(forecaster: ForecasterSpec?, policy: PolicySpec) {
        self.forecaster = forecaster
        self.policy = policy
    }

    /// As results show it: `forecaster × policy`, or the policy's name alone.
    public var name: String {
        StrategiesSpec.strategyName(forecaster: forecaster?.name, policy: policy.name)
    }
}

extension StrategiesSpec {
    /// The strategies in the order a backtest runs them (the first is the default baseline).
    ///
    /// With `pairs`, exactly those, in their order. Without, per policy in file order: every
    /// forecaster (in file order) for a policy that reads a forecast, the policy alone for one
    /// that reads none — which decides the same under every forecaster, so pairing it with each
    /// would only repeat one result under several names. Pairs naming something unknown are
    /// left out (validation reports them).
    public var choices: [StrategyChoice] {
        if let pairs {
            return pairs.compactMap { pair in
                guard let policy = policy(named: pair.policy) else { return nil }
                guard let name = pair.forecaster else { return StrategyChoice(forecaster: nil, policy: policy) }
                return forecaster(named: name).map { StrategyChoice(forecaster: $0, policy: policy) }
            }
        }
        let forecasters = forecastersInUse
        return policies.flatMap { policy -> [StrategyChoice] in
            guard policy.rule.readsForecast else { return [StrategyChoice(forecaster: nil, policy: policy)] }
            return forecasters.map { StrategyChoice(forecaster: $0, policy: policy) }
        }
    }

    /// The forecasters listed, or ``defaultForecasters`` when the list is empty (only a spec
    /// built in code can have none: a file that names none reads as the default, and one that
    /// writes an empty list is refused).
    public var forecastersInUse: [ForecasterSpec] {
        forecasters.isEmpty ? Self.defaultForecasters : forecasters
    }

    /// The forecasters some strategy runs, in the order listed.
    public var forecastersRun: [ForecasterSpec] {
        let used = Set(choices.compactMap(\.forecaster?.name))
        return forecastersInUse.filter { used.contains($0.name) }
    }

    /// The forecaster with this name in results.
    public func forecaster(named name: String) -> ForecasterSpec? {
        forecasters.first { $0.name == name }
    }

    /// A strategy's name in results: `forecaster × policy`, or the policy's name alone for a
    /// strategy without a forecaster. (Policy names hold no spaces, so the two never clash.)
    public static func strategyName(forecaster: String?, policy: String) -> String {
        forecaster.map { "\($0) × \(policy)" } ?? policy
    }
}

extension PolicyRule {
    /// Whether the policy this rule builds reads the forecast (its ``InventoryPolicy/readsForecast``):
    /// the forecast-driven rules and the newsvendor do; fixed levels do not; an `end_of_life`
    /// rule does when the rule it wraps does.
    public var readsForecast: Bool {
        switch self {
        case .baseStock, .sS, .sQ, .orderUpTo, .minMax: return false
        case .newsvendor, .forecastOrderUpTo, .quantile: return true
        case let .endOfLife(policy, _, _): return policy.readsForecast
        }
    }
}
