/// Locale-independent fixed-precision formatting that drops trailing zeros ("3.5", not "3.500000").
///
/// Integer arithmetic on the value scaled by 10^places, rounded half away from zero: the
/// `String(format:)` route goes through ICU at tens of microseconds a number, which dominated
/// writing million-row files.
///
/// Total over every Double: fixed-point text for every |value| < 1.8·10¹⁹ (UInt64's range),
/// Swift's shortest round-trip text beyond ("1.2345e+300": such a double holds no fraction, and
/// its fixed-point digits would run to 300 characters), "nan", "inf" and "-inf" otherwise. The
/// result always parses back with `Double(_:)` and pandas.
enum NumberText {
    /// Magnitudes below this are written in fixed point (UInt64 holds their integer part).
    static let fixedPointLimit = 1.8e19

    static func format(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let places = min(max(places, 0), 9)
        var scale = 1.0
        var divisor: UInt64 = 1
        for _ in 0..<places {
            scale *= 10
            divisor *= 10
        }
        let magnitude = abs(value)
        let scaled = (magnitude * scale).rounded(.toNearestOrAwayFromZero)
        var whole: UInt64
        var fraction: UInt64
        if scaled < 9.0e15 {
            let units = UInt64(scaled)
            whole = units / divisor
            fraction = units % divisor
        } else if magnitude < fixedPointLimit {
            // Beyond 2^53 the scaled value is no longer an exact integer: round the integer part
            // and the fraction apart (splitting a double at its integer part is exact).
            let integral = magnitude.rounded(.towardZero)
            whole = UInt64(integral)
            fraction = UInt64(((magnitude - integral) * scale).rounded(.toNearestOrAwayFromZero))
            if fraction >= divisor {
                fraction -= divisor
                whole += 1
            }
        } else {
            return value.description
        }
        var digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = (value < 0 && (whole > 0 || fraction > 0) ? "-" : "") + String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }
}
