/// How expected demand becomes a whole number of units in each period.
///
/// YAML: `poisson`, `{negative_binomial: {dispersion: 4}}` or
/// `{zero_inflated: {zero_probability: 0.7, base: poisson}}`.
public enum NoiseSpec: Sendable, Hashable, Codable {
    /// Poisson with the expected demand as mean: variance = mean.
    case poisson
    /// Negative binomial with dispersion k (> 0): variance = mean + mean²/k. Smaller k, more
    /// over-dispersion; k → ∞ approaches Poisson.
    case negativeBinomial(dispersion: Double)
    /// With probability `zeroProbability` (in [0, 1)) a period has no demand at all, otherwise
    /// `base` applies to `mean / (1 − zeroProbability)`, so the expected demand is unchanged.
    /// For intermittent items such as spare parts.
    case zeroInflated(zeroProbability: Double, base: NoiseBase)

    enum Tag: String, CaseIterable {
        case poisson
        case negativeBinomial = "negative_binomial"
        case zeroInflated = "zero_inflated"
    }

    enum ZeroInflatedKeys: String, CodingKey, CaseIterable {
        case zeroProbability = "zero_probability"
        case base
    }

    public init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "noise model", bare: [.poisson],
                                     example: "{negative_binomial: {dispersion: 4}}")
        switch tagged.tag {
        case .poisson:
            try tagged.expectNoParameters()
            self = .poisson
        case .negativeBinomial:
            guard let payload = tagged.payload else { throw AlreadyReported() }
            self = .negativeBinomial(dispersion: try NoiseBase.dispersion(from: payload))
        case .zeroInflated:
            guard let payload = tagged.payload else { throw AlreadyReported() }
            let fields = try Fields(payload, ZeroInflatedKeys.self)
            let probability = try fields.required(.zeroProbability, Double.self)
            let base = try fields.optional(.base, NoiseBase.self) ?? .poisson
            guard let probability else { throw AlreadyReported() }
            self = .zeroInflated(zeroProbability: probability, base: base)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .poisson:
            try encoder.encodeTag(Tag.poisson.rawValue)
        case let .negativeBinomial(dispersion):
            try encoder.encodeTagged(Tag.negativeBinomial.rawValue) { try $0.encode(number: dispersion, forKey: "dispersion") }
        case let .zeroInflated(probability, base):
            try encoder.encodeTagged(Tag.zeroInflated.rawValue) {
                try $0.encode(number: probability, forKey: "zero_probability")
                try $0.encode(base, forKey: "base")
            }
        }
    }
}

/// The count distribution under zero inflation.
public enum NoiseBase: Sendable, Hashable, Codable {
    case poisson
    /// Dispersion k > 0, as in ``NoiseSpec/negativeBinomial(dispersion:)``.
    case negativeBinomial(dispersion: Double)

    enum Tag: String, CaseIterable {
        case poisson
        case negativeBinomial = "negative_binomial"
    }

    enum DispersionKeys: String, CodingKey, CaseIterable {
        case dispersion
    }

    static func dispersion(from decoder: any Decoder) throws -> Double {
        let fields = try Fields(decoder, DispersionKeys.self)
        guard let dispersion = try fields.required(.dispersion, Double.self) else { throw AlreadyReported() }
        return dispersion
    }

    public init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "count distribution", bare: [.poisson],
                                     example: "{negative_binomial: {dispersion: 2}}")
        switch tagged.tag {
        case .poisson:
            try tagged.expectNoParameters()
            self = .poisson
        case .negativeBinomial:
            guard let payload = tagged.payload else { throw AlreadyReported() }
            self = .negativeBinomial(dispersion: try Self.dispersion(from: payload))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .poisson:
            try encoder.encodeTag(Tag.poisson.rawValue)
        case let .negativeBinomial(dispersion):
            try encoder.encodeTagged(Tag.negativeBinomial.rawValue) { try $0.encode(number: dispersion, forKey: "dispersion") }
        }
    }
}
