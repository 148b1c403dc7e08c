/// The bounds of an evaluation's numbers, the same for `sellthrough evaluate`'s options and for
/// baseline files: generous for real use, small enough that the evaluation can honour them in
/// memory and time (a window plan of 1,000 windows × 1,000 periods is a million forecasts per
/// series and forecaster).
public enum EvaluationLimits {
    /// Periods forecast at each cutoff.
    public static let horizon = 1...1_000
    /// Cutoffs per series.
    public static let windows = 1...1_000
    /// Periods between cutoffs.
    public static let step = 1...10_000
    /// Season length, periods (a year of days is 365).
    public static let season = 1...1_000
    /// Shortest series evaluated, periods.
    public static let minimumLength = 1...1_000_000
    /// Replications simulated per seed of a scenario.
    public static let replications = 1...10_000
    /// Seeds of a scenario (how many).
    public static let seeds = 1...1_000
    /// Interval levels, and pinball quantiles (how many).
    public static let levels = 1...20
    /// Product-periods simulated for a scenario's evaluation (products × periods × seeds ×
    /// replications): each is held while the evaluation runs (measured: 1.2 GB peak for
    /// bench-1k × 54 replications, 19.7 million, one forecaster).
    public static let simulatedProductPeriods = 20_000_000

    /// "1…1,000".
    public static func text(_ bounds: ClosedRange<Int>) -> String {
        "\(grouped(bounds.lowerBound))…\(grouped(bounds.upperBound))"
    }

    /// 1000000 → "1,000,000".
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }
}
