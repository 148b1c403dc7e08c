import GSL

/// A launch parameter nobody knows in advance, given as a distribution: `sellthrough whatif`
/// draws it afresh for every replication and writes the draw into the scenario before building
/// that replication's market. `run`, `simulate` and `evaluate` use the value written in the
/// field itself.
///
/// YAML, one entry of the top-level `uncertainty` list: a `path` naming a numeric field (see
/// ``ScenarioFieldPath``) and one distribution family written beside it, e.g.
/// `{path: products[earbuds-pro].lifecycle.bass.market_size, lognormal: {median: 40000, sigma: 0.35}}`.
/// The draw is in the field's own unit; fields that take whole numbers get it rounded.
public struct UncertainParameter: Sendable, Hashable, Codable {
    /// The field drawn.
    public var path: ScenarioFieldPath
    /// What it is drawn from, in the field's unit.
    public var distribution: Distribution

    public init(path: ScenarioFieldPath, distribution: Distribution) {
        self.path = path
        self.distribution = distribution
    }

    /// Top-level sections whose fields cannot be drawn: they name the run, seed its streams or
    /// are the uncertainty itself.
    public static let fixedSections = ["name", "description", "seed", "replications", "generator", "uncertainty"]

    public init(from decoder: any Decoder) throws {
        let families = DistributionCoding.Family.allCases.map(\.rawValue)
        let path = FieldPath(codingPath: decoder.codingPath)
        guard let container = try? decoder.container(keyedBy: AnyKey.self) else {
            let found = DecodeLog.of(decoder)?.locator.describeValue(at: path)
            throw DecodeLog.failure(FieldProblem(path, .wrongType,
                                                 "expected an uncertain parameter such as {path: products[a].initial_stock, "
                                                    + "uniform: {lower: 800, upper: 1200}}, found \(found ?? "something else")"),
                                    in: decoder)
        }
        let written = container.allKeys.map(\.stringValue)
        let strays = written.filter { $0 != "path" && !families.contains($0) }
        // A stray key is most likely a misspelt family; it is reported once, as such.
        let fields = try Fields<AnyKey>(decoder, known: ["path"] + families + strays)
        for stray in strays {
            try fields.report(FieldProblem(path.key(stray), .unknownKey, "unknown distribution '\(stray)'",
                                           hint: Suggestion.hint(for: stray, among: ["path"] + families, listing: "one of"),
                                           anchor: .key))
        }
        let text = try fields.required("path", String.self)
        let parsed = try text.flatMap { text in
            try fields.attempt { () throws -> ScenarioFieldPath in
                let parsed: Result<ScenarioFieldPath, FieldPathError> = Result { () throws(FieldPathError) in
                    try ScenarioFieldPath(parsing: text)
                }
                switch parsed {
                case let .success(fieldPath):
                    return fieldPath
                case let .failure(error):
                    throw fields.failure(FieldProblem(path.key("path"), .invalidValue, error.message, hint: error.hint))
                }
            }
        }
        let distribution = try fields.attempt { () throws -> Distribution in
            let given = written.filter(families.contains)
            guard let family = given.first, let tag = DistributionCoding.Family(rawValue: family) else {
                if !strays.isEmpty { throw AlreadyReported() }
                throw fields.failure(FieldProblem(path, .missingField,
                                                  "an uncertain parameter needs a distribution beside its path",
                                                  hint: "e.g. lognormal: {median: 40000, sigma: 0.35}; one of: "
                                                    + families.joined(separator: ", ")))
            }
            if given.count > 1 {
                throw fields.failure(FieldProblem(path.key(given[1]), .invalidValue,
                                                  "an uncertain parameter has exactly one distribution; found "
                                                    + given.map { "'\($0)'" }.joined(separator: " and "), anchor: .key))
            }
            let payload = try container.superDecoder(forKey: AnyKey(family))
            if tag == .constant, let value = try? payload.singleValueContainer().decode(Double.self) {
                return .constant(value)
            }
            return try DistributionCoding.read(tag, from: payload)
        }
        guard let parsed, let distribution else { throw AlreadyReported() }
        self.path = parsed
        self.distribution = distribution
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(path.description, forKey: "path")
        try DistributionCoding(distribution).encodeTagged(into: &container)
    }
}
