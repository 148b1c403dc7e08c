/// Reading the values of a history row, with a problem (and what to do) for each bad one.
enum ValueText {
    /// A finite number ≥ 0; NaN for an empty field when `emptyAllowed`; nil when malformed.
    static func quantity(_ text: String, row: Int, column: String, problems: inout ProblemList, emptyAllowed: Bool) -> Double? {
        if text.isEmpty {
            if emptyAllowed { return .nan }
            problems.add(row: row, column: column, "is empty (write 0 for periods without sales)")
            return nil
        }
        guard let value = Double(text), value.isFinite else {
            problems.add(row: row, column: column, "'\(text)' is not a number (write digits with a '.' decimal point, e.g. 12 or 3.5)")
            return nil
        }
        guard value >= 0 else {
            let what = column == "y" ? "units sold are never negative (leave returns out, or net them into the period's sales)" : "must be 0 or more"
            problems.add(row: row, column: column, "\(text) is negative; \(what)")
            return nil
        }
        return value
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
