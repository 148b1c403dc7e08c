/// The accuracy metrics of an evaluation, each read off the shared accumulators of module
/// Accuracy (``ErrorSums``, ``ScaledErrors``, ``PinballLoss``) in ``MetricAccumulator``, the one
/// place this vocabulary maps onto them. With e = forecast − target over the n forecast periods
/// in scope (every series, window and horizon step), y the target:
///
/// - `mae` = Σ|e| / n; `rmse` = √(Σe² / n) (units);
/// - `mase` = mean over series-windows of MAE_sw / s_sw, `rmsse` = mean of RMSSE_sw =
///   √(mean e² in the window) / s'_sw, with the M5 scales s, s' of ``ErrorScale``; windows with
///   no usable scale are left out;
/// - `wape` = Σ|e| / Σy; `bias` = Σe / Σy (positive = over-forecast);
/// - `smape` = mean of 2|e| / (|f| + |y|), a term with f = y = 0 counting 0 (range 0–2);
/// - `wrmsse` = for each window index, Σ_s w_s·RMSSE_sw / Σ_s w_s with ``RevenueWeights``,
///   averaged over window indices (equal weights without prices: then ≈ rmsse);
/// - `pinball_p` = mean of p·(y − q) if y ≥ q else (1 − p)·(q − y), q the p-quantile (units);
/// - `coverage_L` = share of periods with lower ≤ y ≤ upper for the central L% interval;
/// - `windows` = series-windows scored by MASE and RMSSE (a count, not a score).
public enum AccuracyMetric: Hashable, Sendable, CustomStringConvertible {
    case mae, rmse, mase, rmsse, wape, bias, smape, wrmsse
    case pinball(Double)
    case coverage(Double)
    case windows

    /// The name in `accuracy.csv` and baselines: `rmsse`, `pinball_0.9`, `coverage_80`.
    public var description: String {
        switch self {
        case .mae: return "mae"
        case .rmse: return "rmse"
        case .mase: return "mase"
        case .rmsse: return "rmsse"
        case .wape: return "wape"
        case .bias: return "bias"
        case .smape: return "smape"
        case .wrmsse: return "wrmsse"
        case let .pinball(p): return "pinball_\(Self.trimmed(p))"
        case let .coverage(level): return "coverage_\(ForecastQuestions.levelText(level))"
        case .windows: return "windows"
        }
    }

    /// The metric called `name`, if any.
    public init?(name: String) {
        let simple: [String: AccuracyMetric] = ["mae": .mae, "rmse": .rmse, "mase": .mase, "rmsse": .rmsse,
                                                "wape": .wape, "bias": .bias, "smape": .smape, "wrmsse": .wrmsse,
                                                "windows": .windows]
        if let metric = simple[name] {
            self = metric
        } else if name.hasPrefix("pinball_"), let p = Double(name.dropFirst(8)) {
            self = .pinball(p)
        } else if name.hasPrefix("coverage_"), let level = Double(name.dropFirst(9)) {
            self = .coverage(level)
        } else {
            return nil
        }
    }

    /// How bad a value is, for the regression gate: the value itself for errors, |bias| for
    /// bias, the distance from the nominal level for coverage. Lower is better.
    public func loss(_ value: Double) -> Double {
        switch self {
        case .bias: return abs(value)
        case let .coverage(level): return abs(value - level / 100)
        case .windows: return 0
        default: return value
        }
    }

    private static func trimmed(_ value: Double) -> String {
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
