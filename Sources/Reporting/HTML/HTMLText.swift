/// Escaping of text placed in HTML and SVG, in element content and in quoted attribute values.
///
/// Every name that reaches a report comes from a scenario or a history file and may hold markup
/// (`<script>`, quotes, ampersands): it must always render as inert text. Both contexts escape
/// the same five characters (`&`, `<`, `>`, `"`, `'`), so text escaped for one is safe in the
/// other, and the result is also well-formed XML (reports are checked with an XML parser).
/// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, and
/// the non-characters U+FFFE and U+FFFF) become U+FFFD, so no name can make a report unparsable.
/// In attribute values tab, line feed and carriage return are written as character references
/// so that attribute-value normalisation does not turn them into spaces.
public enum HTMLText {
    /// `text` for element content: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`.
    public static func escapeText(_ text: String) -> String {
        var escaped = ""
        appendText(text, to: &escaped)
        return escaped
    }

    /// `text` for a double- or single-quoted attribute value.
    public static func escapeAttribute(_ text: String) -> String {
        var escaped = ""
        appendAttribute(text, to: &escaped)
        return escaped
    }

    /// Appends `text` escaped for element content to `output`.
    public static func appendText(_ text: String, to output: inout String) {
        append(text, attribute: false, to: &output)
    }

    /// Appends `text` escaped for an attribute value to `output`.
    public static func appendAttribute(_ text: String, to output: inout String) {
        append(text, attribute: true, to: &output)
    }

    private static func append(_ text: String, attribute: Bool, to output: inout String) {
        // Scalars, not Characters: a combining mark after "<" must not hide the "<".
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r":
                if attribute {
                    output += "&#\(scalar.value);"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            default:
                output.unicodeScalars.append(isAllowedInXML(scalar) ? scalar : "\u{FFFD}")
            }
        }
    }

    /// Whether XML 1.0 allows `scalar` in a document (tab, LF and CR are handled by the caller).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
