/// A JSON text read with the line and column of every value and key, so that a problem in a
/// baseline file can be reported where it is (Foundation's parsers give no position, or a
/// character offset at best). Strict RFC 8259: no comments, no trailing commas; a key given
/// twice in one object is refused, since the decoder would silently keep one of them.
struct JSONOutline: Sendable {
    /// 1-based line and column (columns count Unicode scalars).
    struct Position: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    indirect enum Value: Sendable {
        case object([Member])
        case array([JSONOutline])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    struct Member: Sendable {
        var key: String
        var keyPosition: Position
        var value: JSONOutline
    }

    var value: Value
    var position: Position

    /// The member of an object called `key`.
    func member(_ key: String) -> Member? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// The element `index` of an array.
    func element(_ index: Int) -> JSONOutline? {
        guard case let .array(elements) = value, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// Where the value at `path` (keys and indices from the top) is, or the deepest enclosing
    /// value's position when the path goes further than the text.
    func position(of path: [JSONPathComponent]) -> Position {
        var node = self
        for component in path {
            switch component {
            case let .key(key):
                guard let member = node.member(key) else { return node.position }
                node = member.value
            case let .index(index):
                guard let element = node.element(index) else { return node.position }
                node = element
            }
        }
        return node.position
    }

    /// Parses `text`.
    /// - Throws: ``JSONSyntaxError`` at the first place the text stops being JSON.
    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONOutline {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        reader.skipSpace()
        let outline = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.atEnd else { throw reader.error("unexpected text after the JSON value") }
        return outline
    }

    /// The scanner: one pass, tracking line and column.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1
        /// Nesting deeper than this is refused rather than risking the stack.
        static let maximumDepth = 512

        var atEnd: Bool { index >= scalars.count }
        var here: Position { Position(line: line, column: column) }
        var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        func error(_ message: String, at position: Position? = nil) -> JSONSyntaxError {
            let at = position ?? here
            return JSONSyntaxError(line: at.line, column: at.column, message: message)
        }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipSpace() {
            while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() }
        }

        mutating func expect(_ scalar: Unicode.Scalar, _ what: String) throws(JSONSyntaxError) {
            guard current == scalar else { throw error(found(expected: what)) }
            advance()
        }

        func found(expected what: String) -> String {
            guard let current else { return "expected \(what), found the end of the file" }
            return "expected \(what), found '\(Character(current))'"
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONOutline {
            guard depth < Self.maximumDepth else { throw error("nested more than \(Self.maximumDepth) levels deep") }
            let start = here
            switch current {
            case "{": return JSONOutline(value: try object(depth: depth), position: start)
            case "[": return JSONOutline(value: try array(depth: depth), position: start)
            case "\"": return JSONOutline(value: .string(try string()), position: start)
            case "t": try word("true"); return JSONOutline(value: .bool(true), position: start)
            case "f": try word("false"); return JSONOutline(value: .bool(false), position: start)
            case "n": try word("null"); return JSONOutline(value: .null, position: start)
            case let scalar? where scalar == "-" || ("0"..."9").contains(scalar):
                return JSONOutline(value: .number(try number()), position: start)
            default:
                throw error(found(expected: "a value (an object, array, string, number, true, false or null)"))
            }
        }

        mutating func object(depth: Int) throws(JSONSyntaxError) -> Value {
            advance()
            skipSpace()
            var members: [Member] = []
            if current == "}" {
                advance()
                return .object(members)
            }
            while true {
                skipSpace()
                let keyPosition = here
                guard current == "\"" else { throw error(found(expected: "a key in double quotes")) }
                let key = try string()
                if members.contains(where: { $0.key == key }) {
                    throw error("the key '\(key)' is given twice in this object", at: keyPosition)
                }
                skipSpace()
                try expect(":", "':' after the key")
                skipSpace()
                members.append(Member(key: key, keyPosition: keyPosition, value: try value(depth: depth + 1)))
                skipSpace()
                if current == "," {
                    advance()
                    continue
                }
                try expect("}", "',' or '}'")
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(JSONSyntaxError) -> Value {
            advance()
            skipSpace()
            var elements: [JSONOutline] = []
            if current == "]" {
                advance()
                return .array(elements)
            }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                skipSpace()
                if current == "," {
                    advance()
                    continue
                }
                try expect("]", "',' or ']'")
                return .array(elements)
            }
        }

        mutating func word(_ text: String) throws(JSONSyntaxError) {
            let start = here
            for scalar in text.unicodeScalars {
                guard current == scalar else { throw error("expected '\(text)'", at: start) }
                advance()
            }
        }

        /// The number's text, checked against JSON's grammar.
        mutating func number() throws(JSONSyntaxError) -> String {
            let start = here
            var text = ""
            func digits(_ reader: inout Reader) -> Int {
                var count = 0
                while let scalar = reader.current, ("0"..."9").contains(scalar) {
                    text.unicodeScalars.append(scalar)
                    reader.advance()
                    count += 1
                }
                return count
            }
            if current == "-" {
                text = "-"
                advance()
            }
            let leadingZero = current == "0"
            let whole = digits(&self)
            guard whole > 0, !(leadingZero && whole > 1) else { throw error("malformed number", at: start) }
            if current == "." {
                text += "."
                advance()
                guard digits(&self) > 0 else { throw error("malformed number: digits must follow '.'", at: start) }
            }
            if current == "e" || current == "E" {
                text += "e"
                advance()
                if let sign = current, sign == "+" || sign == "-" {
                    text.unicodeScalars.append(sign)
                    advance()
                }
                guard digits(&self) > 0 else { throw error("malformed number: digits must follow the exponent", at: start) }
            }
            return text
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            let start = here
            advance()
            var text = String.UnicodeScalarView()
            while true {
                guard let scalar = current else { throw error("unterminated string", at: start) }
                switch scalar {
                case "\"":
                    advance()
                    return String(text)
                case "\\":
                    advance()
                    text.append(try escape())
                default:
                    guard scalar.value >= 0x20 else { throw error("a control character inside a string (write it as an escape such as \\n)") }
                    text.append(scalar)
                    advance()
                }
            }
        }

        mutating func escape() throws(JSONSyntaxError) -> Unicode.Scalar {
            guard let scalar = current else { throw error("unterminated string") }
            advance()
            switch scalar {
            case "\"", "\\", "/": return scalar
            case "b": return "\u{8}"
            case "f": return "\u{C}"
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            case "u":
                let high = try hexQuad()
                guard (0xD800...0xDBFF).contains(high) else {
                    guard let decoded = Unicode.Scalar(high) else { throw error("a lone low surrogate \\u escape") }
                    return decoded
                }
                guard current == "\\" else { throw error("a high surrogate \\u escape without its low half") }
                advance()
                try expect("u", "the low half of a surrogate pair (\\u…)")
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low),
                      let decoded = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw error("an invalid surrogate pair")
                }
                return decoded
            default:
                throw error("unknown escape '\\\(Character(scalar))'")
            }
        }

        mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let scalar = current, let digit = Int(String(scalar), radix: 16) else {
                    throw error("expected four hexadecimal digits after \\u")
                }
                value = value * 16 + UInt32(digit)
                advance()
            }
            return value
        }
    }
}

/// One step of a path into a JSON document.
enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// Where and why a text is not JSON.
struct JSONSyntaxError: Error, Sendable {
    var line: Int
    var column: Int
    var message: String
}
