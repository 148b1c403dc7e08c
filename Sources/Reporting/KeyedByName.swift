/// Codes a dictionary keyed by a string enum as a JSON object keyed by the cases' names (their
/// raw values, as every output file names them), for key types from modules that do not make
/// them `CodingKeyRepresentable` (``Backtest/Metric`` is, so `[Metric: Figure]` needs no
/// wrapper; a lifecycle phase is not).
@propertyWrapper
public struct KeyedByName<Key: RawRepresentable & Hashable & Sendable, Value: Codable & Sendable>: Codable, Sendable
where Key.RawValue == String {
    public var wrappedValue: [Key: Value]

    public init(wrappedValue: [Key: Value]) {
        self.wrappedValue = wrappedValue
    }

    /// - Throws: `DecodingError.dataCorrupted` for a name that is no case of `Key`.
    public init(from decoder: any Decoder) throws {
        var values: [Key: Value] = [:]
        for (name, value) in try [String: Value](from: decoder) {
            guard let key = Key(rawValue: name) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "'\(name)' is no \(Key.self)"))
            }
            values[key] = value
        }
        wrappedValue = values
    }

    public func encode(to encoder: any Encoder) throws {
        try Dictionary(uniqueKeysWithValues: wrappedValue.map { ($0.key.rawValue, $0.value) }).encode(to: encoder)
    }
}
