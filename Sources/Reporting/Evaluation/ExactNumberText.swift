/// Numbers in evaluation result files, written so that reading them back gives the same
/// Double: whole numbers without a fraction ("12"), others in Swift's shortest round-trip form
/// ("0.1", "1e-05"), NaN as an empty field (pandas reads it as missing). Forecast frames must
/// score identically in this tool and in pandas, so nothing is rounded.
enum ExactNumberText {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }
}
