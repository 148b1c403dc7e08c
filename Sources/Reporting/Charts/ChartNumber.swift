/// Numbers as charts print them: a fixed number of decimals (so "0.50" and "1.00" line up on
/// an axis and snapshots are stable), a true minus sign, and large values shortened with a
/// suffix ("12k", "1.5M"). Locale-independent and deterministic; built on ``NumberText``.
public enum ChartNumber {
    /// The minus sign (U+2212) used in place of a hyphen.
    public static let minus = "\u{2212}"

    /// `value` with exactly `decimals` decimals: `fixed(2.5, decimals: 2)` → "2.50",
    /// `fixed(-3, decimals: 0)` → "−3". Non-finite values give "–".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "\u{2013}" }
        let decimals = min(max(decimals, 0), 9)
        var text = NumberText.format(value, places: decimals)
        if decimals > 0 {
            if let point = text.firstIndex(of: ".") {
                let present = text.distance(from: point, to: text.endIndex) - 1
                text += String(repeating: "0", count: decimals - present)
            } else {
                text += "." + String(repeating: "0", count: decimals)
            }
        }
        return text.hasPrefix("-") ? minus + text.dropFirst() : text
    }

    /// `value` with thousands grouped by commas: `grouped(1234567.8, decimals: 1)` → "1,234,567.8".
    public static func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, decimals: decimals)
        let negative = text.hasPrefix(minus)
        let unsigned = negative ? String(text.dropFirst()) : text
        let whole = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(whole.count)
        var groupedWhole = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { groupedWhole.append(",") }
            groupedWhole.append(digit)
        }
        return (negative ? minus : "") + groupedWhole + rest
    }

    /// About three significant figures, for values printed in cells and beside points:
    /// 0.0123 → "0.0123", 0.95 → "0.950", 12.34 → "12.3", 1234.5 → "1,235", 12345 → "12.3k",
    /// 2.5e6 → "2.50M".
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "\u{2013}" }
        let magnitude = abs(value)
        if magnitude >= 1e9 { return fixed(value / 1e9, decimals: decimalsForThreeFigures(magnitude / 1e9)) + "G" }
        if magnitude >= 1e6 { return fixed(value / 1e6, decimals: decimalsForThreeFigures(magnitude / 1e6)) + "M" }
        if magnitude >= 1e4 { return fixed(value / 1e3, decimals: decimalsForThreeFigures(magnitude / 1e3)) + "k" }
        return grouped(value, decimals: decimalsForThreeFigures(magnitude))
    }

    /// One format for a set of values printed side by side (heatmap cells, bar labels), so
    /// they share a suffix and a number of decimals: those that give the largest magnitude
    /// about three significant figures. [200, 16800, 58800] → "0.2k", "16.8k", "58.8k";
    /// [0.61, 0.953] → "0.610", "0.953"; zero is always "0".
    public static func commonFormat(_ values: [Double]) -> @Sendable (Double) -> String {
        let largest = values.filter(\.isFinite).map(abs).max() ?? 0
        for (threshold, divisor, suffix) in [(1e9, 1e9, "G"), (1e6, 1e6, "M"), (1e4, 1e3, "k")] where largest >= threshold {
            let decimals = decimalsForThreeFigures(largest / divisor)
            return { value in
                guard value.isFinite else { return "\u{2013}" }
                return value == 0 ? "0" : fixed(value / divisor, decimals: decimals) + suffix
            }
        }
        let decimals = decimalsForThreeFigures(largest)
        return { value in value == 0 ? "0" : grouped(value, decimals: decimals) }
    }

    /// Decimals that show three significant figures of `magnitude` (at most 4, at least 0).
    static func decimalsForThreeFigures(_ magnitude: Double) -> Int {
        guard magnitude > 0 else { return 0 }
        var decimals = 2
        var lower = 1.0
        while magnitude >= lower * 10 && decimals > 0 {
            lower *= 10
            decimals -= 1
        }
        while magnitude < lower && decimals < 4 {
            lower /= 10
            decimals += 1
        }
        return decimals
    }
}
