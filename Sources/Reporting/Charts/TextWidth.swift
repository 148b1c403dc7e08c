/// Estimated widths of text in the generic `sans-serif` family, to lay out labels without a
/// font engine.
///
/// The advances are DejaVu Sans's (the usual `sans-serif` on Linux, and among the widest of the
/// common faces), so Arial, Helvetica or Liberation Sans text comes out narrower than
/// estimated, never wider: layouts err towards more room.
enum TextWidth {
    /// The width of `text` in pixels at `fontSize` pixels; bold adds 10%.
    static func of(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(character)
        }
        return ems * fontSize * (bold ? 1.1 : 1)
    }

    /// `text`, cut with an ellipsis so that it fits `width` pixels (whole when it fits).
    static func truncated(_ text: String, toWidth width: Double, fontSize: Double, bold: Bool = false) -> String {
        guard of(text, fontSize: fontSize, bold: bold) > width else { return text }
        let ellipsis = "\u{2026}"
        var kept = ""
        var used = of(ellipsis, fontSize: fontSize, bold: bold)
        for character in text {
            let next = advance(character) * fontSize * (bold ? 1.1 : 1)
            if used + next > width { break }
            used += next
            kept.append(character)
        }
        return kept + ellipsis
    }

    /// The advance of one character in ems.
    static func advance(_ character: Character) -> Double {
        if let width = widths[character] { return width }
        if character.isNumber { return 0.636 }
        if character.isUppercase { return 0.72 }
        if character.isLowercase { return 0.61 }
        // CJK and other wide scripts, symbols: a full em is the safe guess.
        return character.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false ? 1.0 : 0.65
    }

    private static let widths: [Character: Double] = [
        " ": 0.318, ".": 0.318, ",": 0.318, ":": 0.337, ";": 0.337, "'": 0.275, "\"": 0.46, "!": 0.4,
        "i": 0.278, "l": 0.278, "j": 0.278, "f": 0.352, "t": 0.392, "r": 0.411, "s": 0.521, "z": 0.525,
        "c": 0.55, "m": 0.974, "w": 0.818, "I": 0.295, "J": 0.295, "M": 0.863, "W": 0.989, "O": 0.787,
        "Q": 0.787, "G": 0.775, "D": 0.77, "-": 0.361, "\u{2212}": 0.838, "\u{2013}": 0.5, "\u{2014}": 1.0,
        "(": 0.39, ")": 0.39, "[": 0.39, "]": 0.39, "/": 0.337, "|": 0.337, "%": 0.95, "_": 0.5,
        "&": 0.78, "<": 0.838, ">": 0.838, "=": 0.838, "+": 0.838, "\u{2026}": 1.0, "\u{00D7}": 0.838,
    ]
}
