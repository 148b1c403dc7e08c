/// Numbers in reason texts: short enough to read, precise enough to check by hand.
enum DecisionText {
    /// `value` rounded to at most `digits` decimals, without trailing zeros: 12.0 → "12",
    /// 1.6448536 → "1.64" (2 digits). Built without Foundation, which the module does not import.
    static func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        // Doubles that are whole numbers print as "12.0"; integers of that size are exact.
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            let whole = Int(exactly: rounded) ?? 0
            return "\(whole)"
        }
        return "\(rounded)"
    }

    /// A share as a percentage: 0.6 → "60%".
    static func percent(_ share: Double) -> String {
        number(share * 100, digits: 1) + "%"
    }
}
