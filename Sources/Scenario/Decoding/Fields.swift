import Calendar

/// Reads one YAML mapping into a spec, field by field.
///
/// Every key the user wrote is checked against `Key`; unknown ones are reported with a
/// suggestion. Each field is read on its own, so one bad field does not hide problems in its
/// siblings: with a ``DecodeLog`` a failed field is logged and read as nil, and the caller throws
/// ``AlreadyReported`` once it has read everything (see `ScenarioSpec.init(from:)`).
struct Fields<Key: CodingKey> {
    let path: FieldPath
    let decoder: any Decoder
    private let container: KeyedDecodingContainer<AnyKey>
    private let log: DecodeLog?

    init(_ decoder: any Decoder, _ keys: Key.Type) throws where Key: CaseIterable {
        try self.init(decoder, known: Key.allCases.map(\.stringValue))
    }

    /// For mappings whose keys are only known at run time; `Key` is then ``AnyKey``.
    init(_ decoder: any Decoder, known: [String]) throws {
        self.decoder = decoder
        log = DecodeLog.of(decoder)
        path = FieldPath(codingPath: decoder.codingPath)
        container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys where !known.contains(key.stringValue) {
            try report(.unknownKey(key.stringValue, at: path.key(key.stringValue), known: known))
        }
    }

    /// Notes a problem that does not stop the value from being built.
    func report(_ problem: FieldProblem) throws {
        guard let log else { throw problem }
        log.note(problem)
    }

    /// The error to throw for a problem that stops the value from being built.
    func failure(_ problem: FieldProblem) -> any Error {
        DecodeLog.failure(problem, in: decoder)
    }

    /// Runs `body`; with a log, an error is logged and nil returned.
    func attempt<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch {
            guard let log else { throw error }
            log.absorb(error, at: path)
            return nil
        }
    }

    /// Whether `key` is present with a value other than null.
    func has(_ key: Key) -> Bool {
        let name = AnyKey(key.stringValue)
        guard container.contains(name) else { return false }
        return !((try? container.decodeNil(forKey: name)) ?? false)
    }

    /// The keys of `keys` that are present.
    func present(_ keys: [Key]) -> [Key] {
        keys.filter(has)
    }

    /// A required field; nil (logged) when missing or malformed.
    func required<T: Decodable>(_ key: Key, _ type: T.Type = T.self) throws -> T? {
        try attempt {
            guard has(key) else {
                let name = key.stringValue
                if container.contains(AnyKey(name)) {
                    throw failure(FieldProblem(path.key(name), .missingField,
                                               "'\(name)' is empty; it needs a value"))
                }
                throw failure(.missing(name, at: path))
            }
            return try checkedNumber(container.decode(T.self, forKey: AnyKey(key.stringValue)), key)
        }
    }

    /// An optional field; nil when absent or null, and nil (logged) when malformed.
    func optional<T: Decodable>(_ key: Key, _ type: T.Type = T.self) throws -> T? {
        guard has(key) else { return nil }
        return try attempt { try checkedNumber(container.decode(T.self, forKey: AnyKey(key.stringValue)), key) }
    }

    /// `value`, after noting a problem when it is a number written in a non-decimal form
    /// (see ``DecimalForm``).
    private func checkedNumber<T>(_ value: T, _ key: Key) -> T {
        guard let log, let number = value as? any Numeric,
              let problem = DecimalForm.problem(at: path.key(key), in: log.locator, readAs: DecimalForm.text(number)) else { return value }
        log.note(problem)
        return value
    }

    /// A list whose elements are read one by one, so every bad element is reported.
    /// Nil when absent; a malformed element is logged and left out.
    func list<T: Decodable>(_ key: Key, _ type: T.Type = T.self, required: Bool = false) throws -> [T]? {
        guard has(key) || required else { return nil }
        let elements = try self.required(key, [Lenient<T>].self)
        return elements?.compactMap(\.value)
    }

    /// A string naming one case of `E`; an unknown name is reported with a suggestion.
    func choice<E: RawRepresentable & CaseIterable>(
        _ key: Key, _ type: E.Type, what: String
    ) throws -> E? where E.RawValue == String {
        guard let text = try optional(key, String.self) else { return nil }
        if let value = E(rawValue: text) { return value }
        let names = E.allCases.map(\.rawValue)
        return try attempt {
            throw failure(FieldProblem(path.key(key), .invalidValue, "unknown \(what) '\(text)'",
                                       hint: Suggestion.hint(for: text, among: names, listing: "one of")))
        }
    }

    /// A calendar date written `YYYY-MM-DD`; nil when absent (logged when `required`).
    func date(_ key: Key, required: Bool = false) throws -> CalendarDate? {
        guard let text = required ? try self.required(key, String.self)
                                  : try optional(key, String.self) else { return nil }
        if let date = CalendarDate(iso: text) { return date }
        return try attempt {
            throw failure(FieldProblem(path.key(key), .wrongType,
                                       "expected a date written YYYY-MM-DD, found '\(text)'",
                                       hint: Self.dateHint(text)))
        }
    }

    private static func dateHint(_ text: String) -> String {
        let parts = text.split(separator: "-")
        if parts.count == 3, parts.allSatisfy({ Int($0) != nil }) {
            return "no such day, or not zero-padded: write e.g. 2026-09-07"
        }
        return "write dates as year-month-day, e.g. 2026-09-07"
    }
}

/// Decodes a list element on its own: a failure is logged and the element dropped, so the
/// remaining elements are still read and checked.
struct Lenient<Wrapped: Decodable>: Decodable {
    let value: Wrapped?

    init(from decoder: any Decoder) throws {
        do {
            let value = try decoder.singleValueContainer().decode(Wrapped.self)
            if let number = value as? any Numeric { DecimalForm.check(number, readBy: decoder) }
            self.value = value
        } catch {
            guard let log = DecodeLog.of(decoder) else { throw error }
            log.absorb(error, at: FieldPath(codingPath: decoder.codingPath))
            value = nil
        }
    }
}
