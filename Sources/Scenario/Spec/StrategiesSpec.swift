/// The strategies a backtest compares (``choices``): each policy that reads a forecast paired
/// with every forecaster, and each policy that reads none once, on its own; or exactly the
/// `pairs` listed.
///
/// YAML: `strategies: {forecasters: [naive, ses], policies: [{name: s-S, s_S: {s: 20, S: 40}}]}`,
/// optionally with `pairs: [{forecaster: ses, policy: weekly-95}, {policy: s-S}]`.
/// The whole section is optional (a plain market simulation needs none); left out, it is one
/// `naive` forecaster and no policies.
public struct StrategiesSpec: Sendable, Hashable, Codable {
    /// Forecasters in file order; at least one, names (``ForecasterSpec/name``) unique, at
    /// most ``maximumForecasters``. Default `[naive]`.
    public var forecasters: [ForecasterSpec]
    /// Policies in file order; names unique, at most ``maximumPolicies``. Default none.
    public var policies: [PolicySpec]
    /// The strategies to run, listed explicitly, in order; nil (the default) pairs every
    /// forecaster with every policy that reads a forecast. Unique, each naming a listed policy
    /// and, exactly when that policy reads a forecast, a listed forecaster.
    public var pairs: [StrategyPairSpec]?

    /// Sanity bounds: a comparison of more strategies than this is almost certainly a mistake
    /// (and would multiply the run time accordingly).
    public static let maximumForecasters = 20
    public static let maximumPolicies = 50
    /// The forecasters of a scenario that names none: the naive forecaster alone. The one
    /// statement of that rule: decoding fills it in, and ``forecastersInUse`` applies it to a
    /// spec built in code with an empty list.
    public static let defaultForecasters: [ForecasterSpec] = [.naive]

    public init(forecasters: [ForecasterSpec] = StrategiesSpec.defaultForecasters, policies: [PolicySpec] = [],
                pairs: [StrategyPairSpec]? = nil) {
        self.forecasters = forecasters
        self.policies = policies
        self.pairs = pairs
    }

    /// The policy with this name.
    public func policy(named name: String) -> PolicySpec? {
        policies.first { $0.name == name }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case forecasters, policies, pairs
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        forecasters = try fields.list(.forecasters, ForecasterSpec.self) ?? Self.defaultForecasters
        policies = try fields.list(.policies, PolicySpec.self) ?? []
        pairs = try fields.list(.pairs, StrategyPairSpec.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(forecasters, forKey: .forecasters)
        try container.encode(policies, forKey: .policies)
        try container.encodeIfPresent(pairs, forKey: .pairs)
    }
}
