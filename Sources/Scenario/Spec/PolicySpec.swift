/// A named inventory policy to compare, optionally restricted to some products.
///
/// YAML: a map with `name`, an optional `products` list and exactly one rule key, e.g.
/// `{name: s-S, s_S: {s: 20, S: 40}, products: [kettle-steel]}` (see ``PolicyRule``).
public struct PolicySpec: Sendable, Hashable, Codable {
    /// Unique among the scenario's policies; same characters as product ids (it names result
    /// rows and may name files).
    public var name: String
    public var rule: PolicyRule
    /// Product ids as written in the file; nil means every product. A product written with
    /// `copies` stands for all of its copies.
    public var products: [String]?

    public init(name: String, rule: PolicyRule, products: [String]? = nil) {
        self.name = name
        self.rule = rule
        self.products = products
    }

    /// The keys of a policy entry other than its rule.
    static let fieldNames = ["name", "products"]

    public init(from decoder: any Decoder) throws {
        let ruleNames = PolicyRule.Tag.allCases.map(\.rawValue)
        guard let container = try? decoder.container(keyedBy: AnyKey.self) else {
            let found = DecodeLog.of(decoder)?.locator.describeValue(at: FieldPath(codingPath: decoder.codingPath))
            throw DecodeLog.failure(FieldProblem(FieldPath(codingPath: decoder.codingPath), .wrongType,
                                                 "expected a policy such as {name: s-S, s_S: {s: 20, S: 40}}, found \(found ?? "something else")",
                                                 hint: "a policy is a map with a name and one rule"), in: decoder)
        }
        let written = container.allKeys.map(\.stringValue)
        let strays = written.filter { !Self.fieldNames.contains($0) && !ruleNames.contains($0) }
        // A stray key is most likely a misspelt rule, and is reported below as an unknown
        // policy; Fields is told it is known so that it does not report it a second time.
        let fields = try Fields<AnyKey>(decoder, known: Self.fieldNames + ruleNames + strays)
        for stray in strays {
            try fields.report(Self.strayProblem(stray, at: fields.path, rules: ruleNames))
        }
        let name = try fields.required("name", String.self)
        let rule = try fields.attempt { try Self.readRule(written.filter(ruleNames.contains), fields,
                                                          reported: !strays.isEmpty) }
        products = try fields.list("products", String.self)
        guard let name, let rule else { throw AlreadyReported() }
        self.name = name
        self.rule = rule
    }

    /// The one rule among `keys`; a policy with none or several cannot be built.
    private static func readRule(_ keys: [String], _ fields: Fields<AnyKey>, reported: Bool) throws -> PolicyRule {
        guard let key = keys.first, let tag = PolicyRule.Tag(rawValue: key) else {
            // An unknown policy key has been reported already; saying it lacks a rule adds nothing.
            if reported { throw AlreadyReported() }
            throw fields.failure(FieldProblem(
                fields.path, .missingField, "a policy needs a rule: one key besides 'name' and 'products'",
                hint: "e.g. s_S: {s: 20, S: 40}; one of: "
                    + PolicyRule.Tag.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if keys.count > 1 {
            let listed = keys.map { "'\($0)'" }.joined(separator: " and ")
            throw fields.failure(FieldProblem(fields.path.key(keys[1]), .invalidValue,
                                              "a policy has exactly one rule; found \(listed)",
                                              hint: "give each rule its own entry with its own name", anchor: .key))
        }
        let payload = try fields.decoder.container(keyedBy: AnyKey.self).superDecoder(forKey: AnyKey(key))
        return try PolicyRule.read(tag, from: payload, at: fields.path.key(key), in: fields.decoder)
    }

    /// An unknown key: a misspelt `name` or `products` as such, anything else as an unknown rule.
    private static func strayProblem(_ key: String, at path: FieldPath, rules: [String]) -> FieldProblem {
        if Suggestion.closest(to: key, among: fieldNames) != nil {
            return .unknownKey(key, at: path.key(key), known: fieldNames)
        }
        return FieldProblem(path.key(key), .unknownKey, "unknown policy '\(key)'",
                            hint: Suggestion.hint(for: key, among: rules, listing: "one of"), anchor: .key)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(name, forKey: "name")
        try container.encode(RuleParameters(rule: rule), forKey: AnyKey(rule.key))
        try container.encodeIfPresent(products, forKey: "products")
    }
}

/// A rule's parameter map as a value of its own, so that it is written in place (a nested
/// container would be written after the keys that follow it, and `products` would come first).
private struct RuleParameters: Encodable {
    let rule: PolicyRule

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try rule.encodeParameters(into: &container)
    }
}
