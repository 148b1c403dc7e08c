/// One strategy of a scenario that lists its strategies explicitly (`strategies.pairs`): a
/// policy, and the forecaster behind it when the policy reads a forecast.
///
/// YAML: `{forecaster: ses, policy: weekly-95}`, or `{policy: s-S}` for a policy that reads no
/// forecast (fixed levels: `base_stock`, `s_S`, `s_Q`, `order_up_to`, `min_max`, and an
/// `end_of_life` around one of them). Names are those of `strategies.forecasters` (as results
/// show them, e.g. `ma(window=14)` or an ensemble's name) and `strategies.policies`.
public struct StrategyPairSpec: Sendable, Hashable, Codable {
    /// The forecaster's name (``ForecasterSpec/name``); nil for a policy that reads no forecast.
    public var forecaster: String?
    /// The policy's name (``PolicySpec/name``).
    public var policy: String

    public init(forecaster: String? = nil, policy: String) {
        self.forecaster = forecaster
        self.policy = policy
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case forecaster, policy
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let forecaster = try fields.optional(.forecaster, String.self)
        let policy = try fields.required(.policy, String.self)
        guard let policy else { throw AlreadyReported() }
        self.forecaster = forecaster
        self.policy = policy
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(forecaster, forKey: .forecaster)
        try container.encode(policy, forKey: .policy)
    }
}
