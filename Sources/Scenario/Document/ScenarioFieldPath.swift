/// A field of a scenario document named the way people write it:
/// `products[earbuds-pro].lifecycle.bass.market_size`, `products[0].price`, `calendar.periods`.
///
/// Keys are separated by dots. After a key, `[N]` (digits only) picks the list element at
/// 0-based index N, and `[name]` the element whose `id` is `name` — or, for lists without ids,
/// whose `name` is (`strategies.policies[one-buy]`, `events[black-friday]`, where the name may
/// sit inside the event's kind), or whose `phase` is (`lifecycle.phases[growth]`); a name that
/// two elements share must be picked by index. Spaces around the whole path and inside brackets
/// are ignored. An id made only of digits cannot be selected by id; use its index.
public struct ScenarioFieldPath: Hashable, Sendable, CustomStringConvertible {
    /// One step from the document's root.
    public enum Part: Hashable, Sendable {
        /// A key of a mapping.
        case key(String)
        /// The element of a list whose `id` (or `name`, or `phase`) is this.
        case element(String)
        /// The element of a list at this 0-based index.
        case index(Int)
    }

    /// The steps, from the root; never empty, and the first is always a key.
    public let parts: [Part]

    /// Parses `text`.
    /// - Throws: ``FieldPathError`` for an empty path, an empty key (`a..b`, a trailing dot), an unclosed or empty bracket, or text after a
    ///   bracket that is neither `.`, `[` nor the end.
    public init(parsing text: String) throws(FieldPathError) {
        let characters = Array(text.trimmingSpaces)
        func fail(_ message: String) -> FieldPathError {
            FieldPathError("'\(text)' is not a field path: \(message)",
                        hint: "write keys separated by dots, with [id] or [N] to pick a list element, "
                            + "e.g. products[earbuds-pro].initial_stock")
        }
        guard !characters.isEmpty else { throw fail("it is empty") }
        var parts: [Part] = []
        var position = 0
        while position < characters.count {
            var key = ""
            while position < characters.count, characters[position] != ".", characters[position] != "[" {
                key.append(characters[position])
                position += 1
            }
            let trimmedKey = key.trimmingSpaces
            guard !trimmedKey.isEmpty else {
                throw fail(parts.isEmpty ? "it must start with a key" : "a key is missing at character \(position + 1)")
            }
            parts.append(.key(trimmedKey))
            while position < characters.count, characters[position] == "[" {
                guard let close = characters[position...].firstIndex(of: "]") else {
                    throw fail("the '[' at character \(position + 1) is never closed")
                }
                let selector = String(characters[(position + 1)..<close]).trimmingSpaces
                guard !selector.isEmpty else { throw fail("the brackets at character \(position + 1) are empty") }
                if selector.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(selector) {
                    parts.append(.index(index))
                } else {
                    parts.append(.element(selector))
                }
                position = close + 1
            }
            guard position < characters.count else { break }
            guard characters[position] == "." else {
                throw fail("expected '.' or '[' at character \(position + 1), found '\(characters[position])'")
            }
            position += 1
            guard position < characters.count else { throw fail("it ends with a dot") }
        }
        self.parts = parts
    }

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The first key: the top-level section the path is in.
    public var section: String {
        if case let .key(name)? = parts.first { return name }
        return ""
    }

    /// The path in its written form, e.g. `products[earbuds-pro].initial_stock`; parsing it gives
    /// an equal path.
    public var description: String {
        Self.render(parts[...])
    }

    /// `parts` written out (the prefix of a path, in messages).
    public static func render(_ parts: ArraySlice<Part>) -> String {
        var text = ""
        for part in parts {
            switch part {
            case let .key(name): text += text.isEmpty ? name : "." + name
            case let .element(id): text += "[\(id)]"
            case let .index(index): text += "[\(index)]"
            }
        }
        return text
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (as paths, values and names are read).
    public var trimmingSpaces: String {
        var characters = Substring(self)
        while let first = characters.first, first == " " || first == "\t" { characters = characters.dropFirst() }
        while let last = characters.last, last == " " || last == "\t" { characters = characters.dropLast() }
        return String(characters)
    }
}
