import GSL
import Market

/// The scenario-file form of the market's ``DemandNoise``: how expected demand becomes a whole
/// number of units in each period.
///
/// YAML: `poisson`, `{negative_binomial: {dispersion: 4}}` or
/// `{zero_inflated: {zero_probability: 0.7, base: poisson}}` (`base` defaults to `poisson`).
/// Negative binomial: variance = mean + mean²/k for dispersion k (> 0); smaller k, more
/// over-dispersion; k → ∞ approaches Poisson. Zero inflated: with probability
/// `zero_probability` (in [0, 1)) a period has no demand at all, otherwise `base` applies to
/// `mean / (1 − zero_probability)`, so the expected demand is unchanged; for intermittent items
/// such as spare parts.
struct NoiseCoding: Codable {
    let noise: DemandNoise

    init(_ noise: DemandNoise) {
        self.noise = noise
    }

    enum Tag: String, CaseIterable {
        case poisson
        case negativeBinomial = "negative_binomial"
        case zeroInflated = "zero_inflated"
    }

    enum ZeroInflatedKeys: String, CodingKey, CaseIterable {
        case zeroProbability = "zero_probability"
        case base
    }

    init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "noise model", bare: [.poisson],
                                     example: "{negative_binomial: {dispersion: 4}}")
        switch tagged.tag {
        case .poisson, .negativeBinomial:
            noise = DemandNoise(family: try CountFamilyCoding.family(poisson: tagged.tag == .poisson, from: tagged))
        case .zeroInflated:
            guard let payload = tagged.payload else { throw AlreadyReported() }
            let fields = try Fields(payload, ZeroInflatedKeys.self)
            let probability = try fields.required(.zeroProbability, Double.self)
            let base = try fields.optional(.base, CountFamilyCoding.self)?.family ?? .poisson
            guard let probability else { throw AlreadyReported() }
            noise = .zeroInflated(zeroProbability: probability, base: base)
        }
    }

    func encode(to encoder: any Encoder) throws {
        guard let probability = noise.zeroProbability else {
            try CountFamilyCoding(noise.family).encode(to: encoder)
            return
        }
        try encoder.encodeTagged(Tag.zeroInflated.rawValue) {
            try $0.encode(number: probability, forKey: "zero_probability")
            try $0.encode(CountFamilyCoding(noise.family), forKey: "base")
        }
    }
}

/// The scenario-file form of GSL's count family, the base of a zero-inflated noise: `poisson`
/// or `{negative_binomial: {dispersion: 2}}` (dispersion k > 0).
struct CountFamilyCoding: Codable {
    let family: CountDistribution.Family

    init(_ family: CountDistribution.Family) {
        self.family = family
    }

    enum Tag: String, CaseIterable {
        case poisson
        case negativeBinomial = "negative_binomial"
    }

    enum DispersionKeys: String, CodingKey, CaseIterable {
        case dispersion
    }

    /// The family of a `poisson` tag (without parameters) or a `negative_binomial` one (with
    /// its dispersion), read from `tagged`: the same whether it stands alone as a product's
    /// noise or as the base of a zero-inflated one.
    static func family<T>(poisson: Bool, from tagged: Tagged<T>) throws -> CountDistribution.Family {
        if poisson {
            try tagged.expectNoParameters()
            return .poisson
        }
        guard let payload = tagged.payload else { throw AlreadyReported() }
        let fields = try Fields(payload, DispersionKeys.self)
        guard let dispersion = try fields.required(.dispersion, Double.self) else { throw AlreadyReported() }
        return .negativeBinomial(dispersion: dispersion)
    }

    init(from decoder: any Decoder) throws {
        let tagged = try Tagged<Tag>(decoder, what: "count distribution", bare: [.poisson],
                                     example: "{negative_binomial: {dispersion: 2}}")
        family = try Self.family(poisson: tagged.tag == .poisson, from: tagged)
    }

    func encode(to encoder: any Encoder) throws {
        switch family {
        case .poisson:
            try encoder.encodeTag(Tag.poisson.rawValue)
        case let .negativeBinomial(dispersion):
            try encoder.encodeTagged(Tag.negativeBinomial.rawValue) { try $0.encode(number: dispersion, forKey: "dispersion") }
        }
    }
}
