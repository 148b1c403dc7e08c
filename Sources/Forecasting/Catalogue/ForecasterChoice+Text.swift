extension ForecasterChoice {
    /// Parses the command-line form (see ``ForecasterChoice``): `ses`, `ma(window=4)`,
    /// `blend=median(ses,ma(window=4))`. Names and settings are checked later, by
    /// ``problems``; this only reads the shape.
    public init(text: String) throws(ForecasterChoiceError) {
        var reader = ChoiceReader(text: text)
        self = try reader.readChoice()
        guard reader.atEnd else { throw reader.malformed("unexpected '\(reader.rest)'") }
    }

    /// Splits a comma-separated list of choices at its top-level commas
    /// (`ses,blend=mean(ses,tsb)` is two choices).
    public static func list(text: String) throws(ForecasterChoiceError) -> [ForecasterChoice] {
        var reader = ChoiceReader(text: text)
        var choices: [ForecasterChoice] = []
        repeat {
            choices.append(try reader.readChoice())
        } while reader.skip(",")
        guard reader.atEnd else { throw reader.malformed("unexpected '\(reader.rest)'") }
        return choices
    }
}

/// A cursor over the text form of forecaster choices.
private struct ChoiceReader {
    let text: String
    private var characters: [Character]
    private var position = 0

    init(text: String) {
        self.text = text
        self.characters = Array(text.filter { !$0.isWhitespace })
    }

    var atEnd: Bool { position == characters.count }
    var rest: String { String(characters[position...]) }

    func malformed(_ reason: String) -> ForecasterChoiceError {
        .malformed(text: text, reason: reason)
    }

    /// Consumes `character` if it is next.
    mutating func skip(_ character: Character) -> Bool {
        guard position < characters.count, characters[position] == character else { return false }
        position += 1
        return true
    }

    /// A name: letters, digits, '-', '_' and '.'.
    mutating func readWord() throws(ForecasterChoiceError) -> String {
        let start = position
        while position < characters.count,
              characters[position].isLetter || characters[position].isNumber || "-_.".contains(characters[position]) {
            position += 1
        }
        guard position > start else {
            throw malformed(atEnd ? "a name is missing at the end" : "expected a name at '\(rest)'")
        }
        return String(characters[start..<position])
    }

    /// `entry`, `entry(key=value,…)` or `name=rule(member,…)`.
    mutating func readChoice() throws(ForecasterChoiceError) -> ForecasterChoice {
        let name = try readWord()
        if skip("=") {
            let ruleWord = try readWord()
            guard let rule = EnsembleRule(rawValue: ruleWord) else {
                throw malformed("ensemble rule '\(ruleWord)' is neither mean nor median")
            }
            guard skip("(") else { throw malformed("ensemble '\(name)' needs its members in parentheses") }
            var members: [ForecasterChoice] = []
            if !skip(")") {
                repeat { members.append(try readChoice()) } while skip(",")
                guard skip(")") else { throw malformed("ensemble '\(name)' is missing its ')'") }
            }
            return .ensemble(name: name, rule: rule, members: members)
        }
        var settings = ForecasterSettings()
        if skip("(") {
            if !skip(")") {
                repeat {
                    let key = try readWord()
                    guard skip("=") else { throw malformed("setting '\(key)' of \(name) needs '=value'") }
                    let value = try readWord()
                    settings.values[key] = ParameterValue(text: value)
                } while skip(",")
                guard skip(")") else { throw malformed("settings of \(name) are missing their ')'") }
            }
        }
        return .model(entry: name, settings: settings)
    }
}

extension ParameterValue {
    /// A whole number, a real number or a word, read from text.
    public init(text: String) {
        if let integer = Int(text) {
            self = .integer(integer)
        } else if let real = Double(text), real.isFinite {
            self = .real(real)
        } else {
            self = .choice(text)
        }
    }
}
