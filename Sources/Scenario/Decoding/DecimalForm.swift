import Yams

/// Numbers must be written in decimal. YAML 1.1, which Yams follows, also reads `0x10` (16),
/// `0o17` and `017` (both 15: a leading 0 means octal), `0b101` (5) and `1:30` (90, base 60),
/// and Swift reads `0x10` as 16.0 where a real number is expected — so a value copied from
/// elsewhere, or a zero-padded count, silently becomes another number. Such forms are refused,
/// with the decimal value they would have been read as. Digit groups (`1_000_000`) stay allowed:
/// they read as written.
enum DecimalForm {
    /// The problem with the scalar at `path`, when it is a plain number in a non-decimal form;
    /// `value` is what it was read as.
    static func problem(at path: FieldPath, in locator: NodeLocator, readAs value: String) -> FieldProblem? {
        let (node, _, complete) = locator.resolve(path)
        guard complete, case let .scalar(scalar)? = node, scalar.style == .plain || scalar.style == .any,
              let form = nonDecimalForm(scalar.string) else { return nil }
        return FieldProblem(path, .invalidValue,
                            "'\(scalar.string)' is \(form), which YAML reads as \(value); numbers must be written in decimal",
                            hint: "write \(value) if that is what you mean")
    }

    /// A number as a message shows it: `16`, not `16.0`.
    static func text(_ value: any Numeric) -> String {
        (value as? Double).map(formatNumber) ?? "\(value)"
    }

    /// What kind of non-decimal number `text` is, or nil for a decimal one.
    static func nonDecimalForm(_ text: String) -> String? {
        var digits = Substring(text.lowercased())
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        if digits.hasPrefix("0x") { return "hexadecimal" }
        if digits.hasPrefix("0o") { return "octal" }
        if digits.hasPrefix("0b") { return "binary" }
        if digits.contains(":") { return "a base-60 (sexagesimal) number" }
        if digits.count > 1, digits.first == "0", digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) {
            return "octal (it starts with 0)"
        }
        return nil
    }

    /// Notes the problem with the number `decoder` has just read, if its text is non-decimal.
    static func check(_ value: any Numeric, readBy decoder: any Decoder) {
        guard let log = DecodeLog.of(decoder),
              let problem = problem(at: FieldPath(codingPath: decoder.codingPath), in: log.locator, readAs: text(value))
        else { return }
        log.note(problem)
    }
}
