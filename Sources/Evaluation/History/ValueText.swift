/// Reading the values of a history row, with a problem (and what to do) for each bad one.
enum ValueText {
    /// A decimal number from 0 to ``HistoryImport/maximumValue``; NaN for an empty field when
    /// `emptyAllowed`; nil (with a problem) when malformed, negative or too large. Only decimal
    /// notation is read (`12`, `3.5`, `1e-05`): `0x10`, `inf` or `nan` are not quantities.
    /// `negative` says why a negative value is wrong (default: it must be 0 or more).
    static func quantity(_ text: String, row: Int, column: String, problems: inout ProblemList, emptyAllowed: Bool,
                         unit: String, negative: String = "must be 0 or more") -> Double? {
        if text.isEmpty {
            if emptyAllowed { return .nan }
            problems.add(row: row, column: column, "is empty (write 0 for periods without sales)")
            return nil
        }
        guard isDecimal(text), let value = Double(text), value.isFinite else {
            problems.add(row: row, column: column, "'\(text)' is not a number (write digits with a '.' decimal point, e.g. 12 or 3.5)")
            return nil
        }
        guard value >= 0 else {
            problems.add(row: row, column: column, "\(text) is negative; \(negative)")
            return nil
        }
        guard value <= HistoryImport.maximumValue else {
            problems.add(row: row, column: column, "\(text) is more than the largest value accepted, 1e12 \(unit) (check the "
                         + "column's unit, or scale the file down)")
            return nil
        }
        return value
    }

    /// A quantity as a message quotes it: `5`, `2.5`.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Whether `text` is written as a decimal number: an optional sign, digits with at most one
    /// '.', and an optional exponent (`e`/`E`, optional sign, digits).
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let mantissa = bytes.prefix { isDigit($0) || $0 == UInt8(ascii: ".") }
        guard mantissa.contains(where: isDigit), mantissa.filter({ $0 == UInt8(ascii: ".") }).count <= 1 else { return false }
        var exponent = bytes.dropFirst(mantissa.count)
        guard let marker = exponent.first else { return true }
        guard marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else { return false }
        exponent = exponent.dropFirst()
        if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(isDigit)
    }

    /// 0/1, true/false, yes/no (any case); empty is false; nil when malformed.
    static func flag(_ text: String, row: Int, column: String, problems: inout ProblemList) -> Bool? {
        switch text.lowercased() {
        case "", "0", "false", "no", "0.0": return false
        case "1", "true", "yes", "1.0": return true
        default:
            problems.add(row: row, column: column, "'\(text)' is not a flag (write 1 or 0, true or false)")
            return nil
        }
    }
}
