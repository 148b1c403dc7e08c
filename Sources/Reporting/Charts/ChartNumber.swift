/// Numbers as charts print them: a fixed number of decimals (so "0.50" and "1.00" line up on
/// an axis and snapshots are stable), a true minus sign, and large values shortened with a
/// suffix ("12k", "1.5M"). Locale-independent and deterministic; built on ``NumberText``.
///
/// Total over every Double: a magnitude of ``scientificThreshold`` or more is written in
/// scientific notation ("1.23×10¹⁷"), where no chart needs every digit and fixed-point text
/// would run to 300 characters; NaN and ±∞ print as "–" (no figure).
public enum ChartNumber {
    /// The minus sign (U+2212) used in place of a hyphen.
    public static let minus = "\u{2212}"
    /// The text of a missing or undefined figure (an en dash).
    public static let missing = "\u{2013}"
    /// Magnitudes from which numbers are written as a mantissa times a power of ten.
    public static let scientificThreshold = 1e15

    /// `value` with exactly `decimals` decimals (0…9): `fixed(2.5, decimals: 2)` → "2.50",
    /// `fixed(-3, decimals: 0)` → "−3". Non-finite values give "–"; magnitudes of 10¹⁵ or more
    /// give three significant figures in scientific notation, `fixed(1.2345e17, decimals: 2)`
    /// → "1.23×10¹⁷".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return missing }
        if abs(value) >= scientificThreshold { return scientific(value, decimals: 2) }
        let decimals = min(max(decimals, 0), 9)
        var text = NumberText.format(value, places: decimals)
        if decimals > 0 {
            if let point = text.firstIndex(of: ".") {
                let present = text.distance(from: point, to: text.endIndex) - 1
                text += String(repeating: "0", count: max(0, decimals - present))
            } else {
                text += "." + String(repeating: "0", count: decimals)
            }
        }
        return text.hasPrefix("-") ? minus + text.dropFirst() : text
    }

    /// `value` with thousands grouped by commas: `grouped(1234567.8, decimals: 1)` → "1,234,567.8".
    /// Scientific notation (10¹⁵ or more) is not grouped.
    public static func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, decimals: decimals)
        guard !text.contains(timesTen) && text != missing else { return text }
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
    /// 2.5e6 → "2.50M", 3.1e13 → "31.0T", 1.2345e17 → "1.23×10¹⁷".
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return missing }
        let magnitude = abs(value)
        if magnitude >= scientificThreshold { return scientific(value, decimals: 2) }
        for (threshold, divisor, suffix) in suffixes where magnitude >= threshold {
            return fixed(value / divisor, decimals: decimalsForThreeFigures(magnitude / divisor)) + suffix
        }
        return grouped(value, decimals: decimalsForThreeFigures(magnitude))
    }

    /// One format for a set of values printed side by side (heatmap cells, bar labels), so
    /// they share a suffix and a number of decimals: those that give the largest magnitude
    /// about three significant figures. [200, 16800, 58800] → "0.2k", "16.8k", "58.8k";
    /// [0.61, 0.953] → "0.610", "0.953"; zero is always "0". From 10¹⁵ on they share a power of
    /// ten instead: [2e16, 1.5e17] → "0.20×10¹⁷", "1.50×10¹⁷".
    public static func commonFormat(_ values: [Double]) -> @Sendable (Double) -> String {
        let largest = values.filter(\.isFinite).map(abs).max() ?? 0
        if largest >= scientificThreshold {
            let exponent = NiceTicks.exponentOfTen(largest)
            return { value in
                guard value.isFinite else { return missing }
                return value == 0 ? "0" : scientific(value, decimals: 2, exponent: exponent)
            }
        }
        for (threshold, divisor, suffix) in suffixes where largest >= threshold {
            let decimals = decimalsForThreeFigures(largest / divisor)
            return { value in
                guard value.isFinite else { return missing }
                return value == 0 ? "0" : fixed(value / divisor, decimals: decimals) + suffix
            }
        }
        let decimals = decimalsForThreeFigures(largest)
        return { value in value == 0 ? "0" : grouped(value, decimals: decimals) }
    }

    /// `value` as a mantissa with `decimals` decimals times 10 to `exponent` (by default the
    /// value's own, so the mantissa lies in [1, 10)): `scientific(1.2345e17, decimals: 2)` →
    /// "1.23×10¹⁷". Non-finite values give "–".
    public static func scientific(_ value: Double, decimals: Int, exponent: Int? = nil) -> String {
        guard value.isFinite else { return missing }
        guard value != 0 || exponent != nil else { return fixed(0, decimals: decimals) }
        // Powers of ten below 10⁻²⁹⁰ leave the normal doubles: scale such values up first.
        let shift = abs(value) < 1e-290 && value != 0 || (exponent ?? 0) < -290 ? 300 : 0
        let scaled = value * tenToThe(shift)
        var power = exponent.map { $0 + shift } ?? NiceTicks.exponentOfTen(abs(scaled))
        var mantissa = scaled / tenToThe(power)
        let decimals = min(max(decimals, 0), 9)
        // Rounding may carry the mantissa to 10 ("9.999e16" → "10.00×10¹⁶"): move to the next power.
        if exponent == nil, (Double(NumberText.format(abs(mantissa), places: decimals)) ?? 0) >= 10 {
            power += 1
            mantissa = scaled / tenToThe(power)
        }
        return fixed(mantissa, decimals: decimals) + timesTen + superscript(power - shift)
    }

    /// "×10", followed by the exponent in superscript digits.
    static let timesTen = "\u{00D7}10"

    /// (threshold, divisor, suffix) of the shortened forms, largest first.
    static let suffixes: [(Double, Double, String)] = [(1e12, 1e12, "T"), (1e9, 1e9, "G"), (1e6, 1e6, "M"), (1e4, 1e3, "k")]

    /// 10^n for any n a Double's exponent can take (−324…308); exact up to 10²².
    static func tenToThe(_ n: Int) -> Double {
        n >= 0 ? NiceTicks.powerOfTen(n) : 1 / NiceTicks.powerOfTen(-n)
    }

    /// `n` in superscript digits, with a superscript minus: −5 → "⁻⁵".
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["\u{2070}", "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}"]
        return (n < 0 ? "\u{207B}" : "") + String(String(abs(n)).compactMap { $0.wholeNumberValue.map { digits[$0] } })
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
