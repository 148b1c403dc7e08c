/// The shape of a product's demand over its life, before seasonality, price, promotions,
/// shocks and noise.
///
/// YAML: `{bass: {market_size: 6000, innovation: 0.004, imitation: 0.09}}` or
/// `{phases: [{phase: introduction, days: 14, from: 2, to: 10}, …]}`.
public enum LifecycleSpec: Sendable, Hashable, Codable {
    /// Bass diffusion: adoption driven by innovation and by word of mouth from actual buyers.
    case bass(BassSpec)
    /// Explicit phases, each a linear ramp of expected units per period, in lifecycle order.
    case phases([PhaseSpec])
    /// Demand as recorded in the scenario's sales history (`history:`); written
    /// `lifecycle: history`, and only in a history-driven scenario.
    case history

    /// How ``history`` is written.
    public static let historyName = "history"

    enum Tag: String, CaseIterable {
        case bass, phases
    }

    public init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "lifecycle model",
                                     example: "{bass: {market_size: 5000, innovation: 0.01, imitation: 0.3}}")
        guard let payload = tagged.payload else { throw AlreadyReported() }
        switch tagged.tag {
        case .bass:
            self = .bass(try BassSpec(from: payload))
        case .phases:
            self = .phases(try PhaseSpec.resolve(try [Lenient<PhaseDraft>](from: payload), in: payload))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case let .bass(bass): try encoder.encodeTagged(Tag.bass.rawValue, bass)
        case let .phases(phases): try encoder.encodeTagged(Tag.phases.rawValue, phases)
        case .history:
            var container = encoder.singleValueContainer()
            try container.encode(Self.historyName)
        }
    }
}

/// Bass diffusion parameters. Rates are per period of the scenario calendar, so the same
/// product diffuses 7× faster per period on a weekly calendar than on a daily one.
///
/// Adoptions in a period ≈ `(p + q · A / m) · (m − A)` where A is the number of customers who
/// have actually bought so far (a stockout slows word of mouth).
public struct BassSpec: Sendable, Hashable, Codable {
    /// Potential adopters m over the whole life (> 0).
    public var marketSize: Double
    /// Coefficient of innovation p, per period, in (0, 1).
    public var innovation: Double
    /// Coefficient of imitation q, per period, in [0, 1).
    public var imitation: Double
    /// Repeat purchases by adopters; nil means each adopter buys once.
    public var repeatPurchase: RepeatSpec?

    public init(marketSize: Double, innovation: Double, imitation: Double, repeatPurchase: RepeatSpec? = nil) {
        self.marketSize = marketSize
        self.innovation = innovation
        self.imitation = imitation
        self.repeatPurchase = repeatPurchase
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case marketSize = "market_size"
        case innovation, imitation
        case repeatPurchase = "repeat"
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        let marketSize = try fields.required(.marketSize, Double.self)
        let innovation = try fields.required(.innovation, Double.self)
        let imitation = try fields.required(.imitation, Double.self)
        repeatPurchase = try fields.optional(.repeatPurchase, RepeatSpec.self)
        guard let marketSize, let innovation, let imitation else { throw AlreadyReported() }
        self.marketSize = marketSize
        self.innovation = innovation
        self.imitation = imitation
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number: marketSize, forKey: .marketSize)
        try container.encode(number: innovation, forKey: .innovation)
        try container.encode(number: imitation, forKey: .imitation)
        try container.encodeIfPresent(repeatPurchase, forKey: .repeatPurchase)
    }
}

/// Repeat buying by customers who have adopted (consumables, groceries).
public struct RepeatSpec: Sendable, Hashable, Codable {
    /// Expected repeat purchases per adopter per period (≥ 0).
    public var rate: Double

    public init(rate: Double) {
        self.rate = rate
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case rate
    }

    public init(from decoder: any Decoder) throws {
        let fields = try Fields(decoder, CodingKeys.self)
        guard let rate = try fields.required(.rate, Double.self) else { throw AlreadyReported() }
        self.rate = rate
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number: rate, forKey: .rate)
    }
}
