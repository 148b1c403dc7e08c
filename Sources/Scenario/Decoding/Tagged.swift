/// A value written as a single-key map, `{tag: payload}`, or as a bare tag for the cases that
/// take no parameters (`noise: poisson`). Shared by every enum with associated values in the
/// scenario format: lifecycle models, noise models, distributions, events and shocks.
struct Tagged<Tag: RawRepresentable & CaseIterable> where Tag.RawValue == String {
    let tag: Tag
    /// A decoder for the payload; nil for a bare tag.
    let payload: (any Decoder)?
    /// Where the payload is (or would be).
    let payloadPath: FieldPath

    /// - Parameters:
    ///   - what: what the value is, for messages ("noise model").
    ///   - bare: tags that may be written alone.
    ///   - example: a valid example, shown when the shape is wrong.
    init(_ decoder: any Decoder, what: String, bare: [Tag] = [], example: String) throws {
        let path = FieldPath(codingPath: decoder.codingPath)
        let names = Tag.allCases.map(\.rawValue)
        func fail(_ message: String, at path: FieldPath, hint: String? = nil,
                  kind: ScenarioIssue.Kind = .invalidValue, anchor: FieldProblem.Anchor = .value) -> any Error {
            DecodeLog.failure(FieldProblem(path, kind, message, hint: hint, anchor: anchor), in: decoder)
        }
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            let keys = container.allKeys
            guard let key = keys.first, keys.count == 1 else {
                let found = keys.isEmpty ? "none" : keys.map { "'\($0.stringValue)'" }.joined(separator: ", ")
                throw fail("\(article(what)) is a map with exactly one key naming its kind; found \(found)",
                           at: path, hint: "e.g. \(example)")
            }
            guard let tag = Tag(rawValue: key.stringValue) else {
                throw fail("unknown \(what) '\(key.stringValue)'", at: path.key(key.stringValue),
                           hint: Suggestion.hint(for: key.stringValue, among: names, listing: "one of"),
                           kind: .unknownKey, anchor: .key)
            }
            self.tag = tag
            payloadPath = path.key(key.stringValue)
            payload = try container.superDecoder(forKey: key)
        } else if let text = try? decoder.singleValueContainer().decode(String.self) {
            guard let tag = Tag(rawValue: text) else {
                throw fail("unknown \(what) '\(text)'", at: path,
                           hint: Suggestion.hint(for: text, among: names, listing: "one of"))
            }
            guard bare.contains(where: { $0.rawValue == text }) else {
                throw fail("'\(text)' needs parameters", at: path, hint: "e.g. \(example)")
            }
            self.tag = tag
            payload = nil
            payloadPath = path
        } else {
            let found = DecodeLog.of(decoder)?.locator.describeValue(at: path) ?? "something else"
            throw fail("expected \(article(what)) such as \(example), found \(found)", at: path, kind: .wrongType)
        }
    }

    /// Checks that a tag without parameters was written bare, as `{tag: {}}` or as `{tag: ~}`.
    func expectNoParameters() throws {
        guard let payload, !((try? payload.singleValueContainer().decodeNil()) ?? false) else { return }
        _ = try Fields(payload, NoKeys.self)
    }
}

/// "a shock", "an event".
func article(_ noun: String) -> String {
    guard let first = noun.first else { return noun }
    return ("aeiou".contains(first) ? "an " : "a ") + noun
}

extension Encoder {
    /// Writes a bare tag (`poisson`).
    func encodeTag(_ tag: String) throws {
        var container = singleValueContainer()
        try container.encode(tag)
    }

    /// Writes `{tag: payload}`.
    func encodeTagged(_ tag: String, _ payload: some Encodable) throws {
        var container = container(keyedBy: AnyKey.self)
        try container.encode(payload, forKey: AnyKey(tag))
    }

    /// Writes `{tag: {…}}` with the payload's fields in the order `body` writes them (a
    /// dictionary would make the output order, and so the resolved file, vary between runs).
    func encodeTagged(_ tag: String, fields body: (inout KeyedEncodingContainer<AnyKey>) throws -> Void) throws {
        var container = container(keyedBy: AnyKey.self)
        var inner = container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(tag))
        try body(&inner)
    }
}
