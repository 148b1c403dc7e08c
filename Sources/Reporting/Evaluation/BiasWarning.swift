import Evaluation

/// A forecaster whose bias on a demand pattern is large: over the pattern's forecast periods
/// it forecast more than ``threshold`` × the demand too much or too little (|Σe / Σy| >
/// 25%), on at least ``minimumWindows`` scored series-windows, so that a handful of windows
/// cannot raise it. A planner stocking such products from that forecaster would pile up, or
/// run out of, a quarter of what sells.
public struct BiasWarning: Sendable, Equatable {
    /// |bias| above this is large.
    public static let threshold = 0.25
    /// Series-windows (scored by RMSSE) a pattern needs before its bias is judged.
    public static let minimumWindows = 10

    public var forecaster: String
    public var pattern: String
    /// Σe / Σy (positive: over-forecast).
    public var bias: Double
    public var windows: Int

    /// Every large bias in `accuracy`, forecaster by forecaster in `forecasters` order, then
    /// pattern by pattern.
    public static func warnings(_ accuracy: AccuracyReport, forecasters: [String]) -> [BiasWarning] {
        forecasters.flatMap { label in
            accuracy.patterns.compactMap { pattern -> BiasWarning? in
                guard let bias = accuracy.value(.bias, forecaster: label, scope: pattern), bias.isFinite,
                      abs(bias) > threshold,
                      let windows = accuracy.value(.windows, forecaster: label, scope: pattern), windows >= Double(minimumWindows)
                else { return nil }
                return BiasWarning(forecaster: label, pattern: pattern, bias: bias, windows: Int(windows))
            }
        }
    }

    /// The rule in words, for the pages that list warnings.
    public static let definition = "A bias is large when a forecaster's Σ error / Σ demand over a demand pattern's forecast "
        + "periods is beyond ±25%, on at least 10 scored series-windows of that pattern: stocking from it would pile up, or "
        + "run short of, a quarter of what sells."

    /// "croston over-forecasts lumpy demand by 41% (112 windows)".
    public var sentence: String {
        let percent = NumberText.format(abs(bias) * 100, places: 0)
        return "\(forecaster) \(bias > 0 ? "over" : "under")-forecasts \(pattern) demand by \(percent)% "
            + "(\(windows) series-windows)"
    }
}
