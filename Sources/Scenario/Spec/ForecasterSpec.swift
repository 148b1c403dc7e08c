/// A forecaster to compare in the closed loop, with its parameters.
///
/// YAML: a bare name (`naive`, `snaive`, `ma`, `ses`) for the defaults, or a single-key map
/// with parameters: `{snaive: {season: 7}}`, `{ma: {window: 14}}`, `{ses: {alpha: 0.3}}`.
/// Lengths (`season`, `window`) are in periods of the scenario calendar.
public enum ForecasterSpec: Sendable, Hashable, Codable {
    /// Next periods repeat the last observed period.
    case naive
    /// Next periods repeat the period one `season` earlier (≥ 1 periods; default 7, a week of
    /// days).
    case seasonalNaive(season: Int = ForecasterSpec.defaultSeason)
    /// The mean of the last `window` periods (≥ 1; default 7).
    case movingAverage(window: Int = ForecasterSpec.defaultWindow)
    /// Simple exponential smoothing with smoothing weight `alpha` in (0, 1]; nil means the
    /// forecaster fits alpha to the history it has seen.
    case ses(alpha: Double?)

    public static let defaultSeason = 7
    public static let defaultWindow = 7

    enum Tag: String, CaseIterable {
        case naive
        case seasonalNaive = "snaive"
        case movingAverage = "ma"
        case ses
    }

    /// The label used in results, unique within a scenario's forecasters: `naive`,
    /// `snaive(7)`, `ma(14)`, `ses` (fitted alpha) or `ses(alpha=0.3)`.
    public var name: String {
        switch self {
        case .naive: return Tag.naive.rawValue
        case let .seasonalNaive(season): return "\(Tag.seasonalNaive.rawValue)(\(season))"
        case let .movingAverage(window): return "\(Tag.movingAverage.rawValue)(\(window))"
        case let .ses(alpha?): return "\(Tag.ses.rawValue)(alpha=\(formatNumber(alpha)))"
        case .ses(nil): return Tag.ses.rawValue
        }
    }

    enum SeasonKeys: String, CodingKey, CaseIterable { case season }
    enum WindowKeys: String, CodingKey, CaseIterable { case window }
    enum AlphaKeys: String, CodingKey, CaseIterable { case alpha }

    public init(from decoder: any Decoder) throws {
        // Every forecaster has defaults for all its parameters, so each may be written bare.
        let tagged = try Tagged<Tag>(decoder, what: "forecaster", bare: Tag.allCases,
                                     example: "{ma: {window: 14}}")
        switch tagged.tag {
        case .naive:
            try tagged.expectNoParameters()
            self = .naive
        case .seasonalNaive:
            let fields = try parameterFields(tagged.payload, SeasonKeys.self)
            self = .seasonalNaive(season: try fields?.optional(.season, Int.self) ?? Self.defaultSeason)
        case .movingAverage:
            let fields = try parameterFields(tagged.payload, WindowKeys.self)
            self = .movingAverage(window: try fields?.optional(.window, Int.self) ?? Self.defaultWindow)
        case .ses:
            let fields = try parameterFields(tagged.payload, AlphaKeys.self)
            self = .ses(alpha: try fields?.optional(.alpha, Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .naive:
            try encoder.encodeTag(Tag.naive.rawValue)
        case let .seasonalNaive(season):
            try encoder.encodeTagged(Tag.seasonalNaive.rawValue) { try $0.encode(season, forKey: "season") }
        case let .movingAverage(window):
            try encoder.encodeTagged(Tag.movingAverage.rawValue) { try $0.encode(window, forKey: "window") }
        case let .ses(alpha?):
            try encoder.encodeTagged(Tag.ses.rawValue) { try $0.encode(number: alpha, forKey: "alpha") }
        case .ses(nil):
            // Bare: an optimised alpha is the default, and `{ses: {}}` would read the same.
            try encoder.encodeTag(Tag.ses.rawValue)
        }
    }
}

/// The parameter map of a tagged value whose parameters are all optional: nil when the tag was
/// written bare or with an empty value (`ses`, `{ses: ~}`), so every default applies.
func parameterFields<Key: CodingKey & CaseIterable>(_ payload: (any Decoder)?, _ keys: Key.Type) throws -> Fields<Key>? {
    guard let payload, !((try? payload.singleValueContainer().decodeNil()) ?? false) else { return nil }
    return try Fields(payload, keys)
}
