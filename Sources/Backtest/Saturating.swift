/// Conversions and sums that saturate instead of trapping.
///
/// Scenario validation keeps every number the file gives far inside 64-bit integers (see
/// `ScenarioLimits` in the Scenario module), but some engine quantities come from draws and
/// forecasts rather than from the file: a lead time drawn from a long-tailed distribution, an
/// order-up-to level from a forecaster whose trend ran away. These helpers make such values
/// land on a bound instead of crashing the run.
enum Saturating {
    /// `periods` rounded to whole periods, within 0…`cap`: NaN and +∞ give `cap` (an order with
    /// such a lead time never arrives within a horizon of `cap` periods), −∞ gives 0.
    static func wholePeriods(_ periods: Double, atMost cap: Int) -> Int {
        if periods.isNaN { return cap }
        let rounded = periods.rounded()
        if rounded <= 0 { return 0 }
        if rounded >= Double(cap) { return cap }
        return Int(rounded)
    }

    /// `units` rounded towards zero, within 0…`cap`; NaN gives 0.
    static func wholeUnits(_ units: Double, atMost cap: Int) -> Int {
        guard units > 0 else { return 0 }
        if units >= Double(cap) { return cap }
        return Int(units)
    }
}

extension Int {
    /// `self + other`, or the nearest representable integer when the sum overflows.
    @inline(__always)
    func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
