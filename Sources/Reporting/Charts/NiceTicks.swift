import Foundation

/// Tick marks at "nice" steps — 1, 2 or 5 times a power of ten — that cover a range of values.
///
/// Invariants: `values` runs from `lower` to `upper` in steps of `step`, `lower` ≤ the range's
/// low end and `upper` ≥ its high end (within 10⁻⁹ of a step, so that a bound equal to a tick
/// up to rounding adds no tick), there are at least 2 and at most `maxTicks` values (at least
/// 3 when the range straddles zero, since 0 is always a tick then), and the step is the
/// smallest nice step (≥ `minimumStep`) for which that holds. Tick values are
/// whole multiples of the mantissa scaled by an exact power of ten, so 0.3 is the double
/// nearest 0.3, not 0.30000000000000004.
public struct NiceTicks: Sendable, Equatable {
    /// The first tick (≤ the range's low end).
    public let lower: Double
    /// The last tick (≥ the range's high end).
    public let upper: Double
    /// The distance between ticks, in the axis's units.
    public let step: Double
    /// Every tick, ascending.
    public let values: [Double]
    /// The power of ten of the step (step = 1, 2 or 5 × 10^exponent).
    public let exponent: Int
    /// The decimals that print every tick exactly: max(0, −exponent).
    public var decimals: Int { max(0, -exponent) }

    /// Ticks covering `low…high` (either order), with at most `maxTicks` marks (clamped to at
    /// least 2, or 3 across zero) and a step of at least `minimumStep` (1 for whole periods or counts).
    /// Non-finite bounds (and bounds beyond ±10³⁰⁰) give 0…1; an empty range is widened by
    /// 10% of its value each way, or by 1 around 0, and a range narrower than 10⁻⁹ of its
    /// magnitude to that.
    public init(covering low: Double, _ high: Double, maxTicks: Int, minimumStep: Double = 0) {
        var (low, high) = low.isFinite && high.isFinite ? (min(low, high), max(low, high)) : (0, 1)
        if max(abs(low), abs(high)) > 1e300 { (low, high) = (0, 1) }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        // A range under a billionth of its magnitude would need tick indices beyond Int.
        let magnitude = max(abs(low), abs(high))
        if high - low < magnitude * 1e-9 {
            (low, high) = (low - magnitude * 1e-9, high + magnitude * 1e-9)
        }
        let intervals = max(maxTicks, low < 0 && high > 0 ? 3 : 2) - 1
        let raw = max((high - low) / Double(intervals), minimumStep, 1e-300)
        var exponent = Self.exponentOfTen(raw) - 1
        var mantissaIndex = 0
        let mantissas = [1, 2, 5]
        while true {
            let mantissa = mantissas[mantissaIndex]
            let step = Self.value(mantissa, exponent)
            // The tolerance keeps a bound that is a multiple of the step from adding a tick.
            let first = (low / step + 1e-9).rounded(.down)
            let last = (high / step - 1e-9).rounded(.up)
            if step >= minimumStep && last - first <= Double(intervals) {
                let firstIndex = Int(first)
                values = (0...(Int(last) - firstIndex)).map { Self.value((firstIndex + $0) * mantissa, exponent) }
                self.step = step
                self.exponent = exponent
                lower = values[0]
                upper = values[values.count - 1]
                return
            }
            mantissaIndex += 1
            if mantissaIndex == mantissas.count {
                mantissaIndex = 0
                exponent += 1
            }
        }
    }

    /// The tick labels: fixed decimals with thousands grouped ("2,000", "0.25"); when the
    /// largest tick reaches 10,000 and the step needs few decimals after scaling (one for
    /// thousands, two for millions, billions and trillions), a suffix instead ("20k", "1.25M",
    /// "3G", "4T"); from 10¹⁵ on, or for steps below 10⁻⁹, a mantissa times the largest tick's
    /// power of ten, with the decimals the step needs (up to 9): "0", "5.0×10¹⁶", "1.0×10¹⁷".
    public var labels: [String] {
        let largest = values.map(abs).max() ?? 0
        if largest >= ChartNumber.scientificThreshold || decimals > 9 {
            let power = largest > 0 ? Self.exponentOfTen(largest) : exponent
            let decimals = max(0, power - exponent)
            return values.map { $0 == 0 ? "0" : ChartNumber.scientific($0, decimals: decimals, exponent: power) }
        }
        for (threshold, suffix, power, maxDecimals) in [(1e12, "T", 12, 2), (1e9, "G", 9, 2), (1e6, "M", 6, 2), (1e4, "k", 3, 1)]
            where largest >= threshold {
            let needed = max(0, power - exponent)
            guard needed <= maxDecimals else { continue }
            let divisor = Self.value(1, power)
            return values.map { $0 == 0 ? "0" : ChartNumber.fixed($0 / divisor, decimals: needed) + suffix }
        }
        return values.map { ChartNumber.grouped($0, decimals: decimals) }
    }

    /// `multiple` × 10^`exponent`, exact whenever the result is representable.
    static func value(_ multiple: Int, _ exponent: Int) -> Double {
        let power = powerOfTen(abs(exponent))
        return exponent >= 0 ? Double(multiple) * power : Double(multiple) / power
    }

    /// 10^n by repeated multiplication: exact up to 10^22.
    static func powerOfTen(_ n: Int) -> Double {
        var power = 1.0
        for _ in 0..<n { power *= 10 }
        return power
    }

    /// ⌊log10(x)⌋ for a positive x, corrected for rounding in `log10`.
    static func exponentOfTen(_ x: Double) -> Int {
        var exponent = Int(log10(x).rounded(.down))
        if value(1, exponent) > x { exponent -= 1 }
        if value(1, exponent + 1) <= x { exponent += 1 }
        return exponent
    }
}
