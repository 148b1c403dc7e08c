import Forecasting

/// A forecaster to compare, as written in a scenario file: any entry of the forecaster
/// catalogue (``ForecasterCatalogue``, listed by `sellthrough list`) with its parameters, or an
/// ensemble of them.
///
/// YAML:
/// - a bare name for the defaults: `ses`, `croston`, `autoets`;
/// - a single-key map with parameters: `{ma: {window: 14}}`, `{holt-winters: {seasonality: multiplicative}}`;
/// - an ensemble: `{ensemble: {name: blend, rule: median, members: [ses, tsb, {ma: {window: 4}}]}}`
///   (`rule` is `mean`, the default, or `median`).
///
/// Lengths (`season`, `window`) are in periods of the scenario calendar; a seasonal model's
/// `season` defaults to the calendar's (7 for daily periods, 52 for weekly ones). Parameter
/// ranges are checked by validation, against the catalogue.
public struct ForecasterSpec: Sendable, Hashable {
    /// What to build.
    public var choice: ForecasterChoice

    public init(_ choice: ForecasterChoice) {
        self.choice = choice
    }

    /// The label used in results, unique within a scenario's forecasters: the catalogue name,
    /// with parameters when given (`ma(window=14)`), or the ensemble's name.
    public var name: String { choice.label }

    /// The naive forecaster (a scenario that names no forecaster is compared with it:
    /// ``StrategiesSpec/defaultForecasters``).
    public static let naive = ForecasterSpec(.model(entry: NaiveForecaster.scenarioName, settings: .init()))

    /// The key that introduces an ensemble.
    static let ensembleKey = "ensemble"

    enum EnsembleKeys: String, CodingKey, CaseIterable { case name, rule, members }
}

extension ForecasterSpec: Codable {
    public init(from decoder: any Decoder) throws {
        let path = FieldPath(codingPath: decoder.codingPath)
        let names = ForecasterCatalogue.names + [Self.ensembleKey]
        func fail(_ message: String, at path: FieldPath, hint: String?, kind: ScenarioIssue.Kind,
                  anchor: FieldProblem.Anchor = .value) -> any Error {
            DecodeLog.failure(FieldProblem(path, kind, message, hint: hint, anchor: anchor), in: decoder)
        }
        func entry(_ name: String, at path: FieldPath, anchor: FieldProblem.Anchor) throws -> ForecasterEntry {
            guard let entry = ForecasterCatalogue.entry(named: name) else {
                throw fail("unknown forecaster '\(name)'", at: path,
                           hint: Suggestion.hint(for: name, among: names, listing: "one of") ?? "see `sellthrough list`",
                           kind: anchor == .key ? .unknownKey : .invalidValue, anchor: anchor)
            }
            return entry
        }

        if let text = try? decoder.singleValueContainer().decode(String.self) {
            let entry = try entry(text, at: path, anchor: .value)
            self.init(.model(entry: entry.name, settings: .init()))
            return
        }
        guard let container = try? decoder.container(keyedBy: AnyKey.self) else {
            let found = DecodeLog.of(decoder)?.locator.describeValue(at: path) ?? "something else"
            throw fail("expected a forecaster such as ses or {ma: {window: 14}}, found \(found)", at: path,
                       hint: nil, kind: .wrongType)
        }
        let keys = container.allKeys
        guard let key = keys.first, keys.count == 1 else {
            let found = keys.isEmpty ? "none" : keys.map { "'\($0.stringValue)'" }.joined(separator: ", ")
            throw fail("a forecaster is a map with exactly one key naming it; found \(found)", at: path,
                       hint: "e.g. {ma: {window: 14}}", kind: .invalidValue)
        }
        let payload = try container.superDecoder(forKey: key)
        if key.stringValue == Self.ensembleKey {
            self.init(try Self.ensemble(from: payload))
            return
        }
        let found = try entry(key.stringValue, at: path.key(key.stringValue), anchor: .key)
        self.init(.model(entry: found.name, settings: try Self.settings(of: found, from: payload)))
    }

    /// `{name:, rule:, members: […]}`.
    private static func ensemble(from decoder: any Decoder) throws -> ForecasterChoice {
        let fields = try Fields(decoder, EnsembleKeys.self)
        let name = try fields.required(.name, String.self)
        let rule = try fields.choice(.rule, EnsembleRule.self, what: "ensemble rule") ?? .mean
        let members = try fields.list(.members, ForecasterSpec.self, required: true) ?? []
        guard let name else { throw AlreadyReported() }
        return .ensemble(name: name, rule: rule, members: members.map(\.choice))
    }

    /// The parameters written for `entry`, typed by the catalogue's parameter kinds; nil or an
    /// empty map means every default.
    private static func settings(of entry: ForecasterEntry, from payload: any Decoder) throws -> ForecasterSettings {
        if (try? payload.singleValueContainer().decodeNil()) ?? false { return .init() }
        let fields = try Fields<AnyKey>(payload, known: entry.parameters.map(\.name))
        var settings = ForecasterSettings()
        for parameter in entry.parameters {
            let key = AnyKey(parameter.name)
            switch parameter.kind {
            case .integer:
                if let value = try fields.optional(key, Int.self) { settings.values[parameter.name] = .integer(value) }
            case .real:
                if let value = try fields.optional(key, Double.self) { settings.values[parameter.name] = .real(value) }
            case .choice:
                if let value = try fields.optional(key, String.self) { settings.values[parameter.name] = .choice(value) }
            }
        }
        return settings
    }

    public func encode(to encoder: any Encoder) throws {
        switch choice {
        case let .model(entry, settings) where settings.values.isEmpty:
            try encoder.encodeTag(entry)
        case let .model(entry, settings):
            try encoder.encodeTagged(entry) { container in
                for key in settings.values.keys.sorted() {
                    switch settings.values[key]! {
                    case let .integer(value): try container.encode(value, forKey: AnyKey(key))
                    case let .real(value): try container.encode(number: value, forKey: AnyKey(key))
                    case let .choice(value): try container.encode(value, forKey: AnyKey(key))
                    }
                }
            }
        case let .ensemble(name, rule, members):
            try encoder.encodeTagged(Self.ensembleKey) { container in
                try container.encode(name, forKey: AnyKey("name"))
                try container.encode(rule.rawValue, forKey: AnyKey("rule"))
                try container.encode(members.map(ForecasterSpec.init), forKey: AnyKey("members"))
            }
        }
    }
}
