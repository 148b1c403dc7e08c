/// The errors of stretches of forecasts (an evaluation window, a product's periods in a
/// backtest) divided by each stretch's ``ErrorScale``: what MASE and RMSSE are made of. A
/// stretch whose scale is not usable (zero or NaN: a flat or too short history) is left out, as
/// in the M5 scoring; when none is left, every reading is NaN.
///
/// Two readings of the same stretches (units cancel: all are ratios):
/// - per stretch, as M5 and `sellthrough evaluate` score windows: ``mase`` = mean over
///   stretches of MAE_w / s_w, ``rmsse`` = mean over stretches of RMSE_w / s'_w;
/// - pooled over periods, as a backtest scores a catalogue: ``pooledMASE`` = Σ_w Σ_t |e_t| / s_w
///   ÷ Σ_w n_w and ``pooledRMSSE`` = √(Σ_w Σ_t e_t² / s'_w² ÷ Σ_w n_w), so that a product counts
///   by its periods, like MAE over a catalogue.
public struct ScaledErrors: Hashable, Sendable, Codable {
    /// Stretches added with a usable scale.
    public private(set) var stretches = 0
    /// Σ_w MAE_w / s_w and Σ_w RMSE_w / s'_w.
    private var maseSum = 0.0
    private var rmsseSum = 0.0
    /// Σ_w n_w, Σ_w Σ|e| / s_w and Σ_w Σe² / s'_w² over those stretches.
    public private(set) var periods = 0
    private var scaledAbsolute = 0.0
    private var scaledSquares = 0.0

    public init() {}

    /// Adds a stretch's errors with its scale.
    /// - Returns: the stretch's RMSSE, or nil when it was left out (no periods, unusable scale).
    @discardableResult
    public mutating func add(_ errors: ErrorSums, scale: ErrorScale) -> Double? {
        guard errors.count > 0, scale.isUsable else { return nil }
        let n = Double(errors.count)
        let rmsse = (errors.squares / n).squareRoot() / scale.squared
        maseSum += errors.absolute / n / scale.absolute
        rmsseSum += rmsse
        stretches += 1
        periods += errors.count
        scaledAbsolute += errors.absolute / scale.absolute
        scaledSquares += errors.squares / (scale.squared * scale.squared)
        return rmsse
    }

    /// Adds the stretches of another accumulator.
    public mutating func add(_ other: ScaledErrors) {
        stretches += other.stretches
        maseSum += other.maseSum
        rmsseSum += other.rmsseSum
        periods += other.periods
        scaledAbsolute += other.scaledAbsolute
        scaledSquares += other.scaledSquares
    }

    /// Mean over stretches of MAE / s.
    public var mase: Double { stretches > 0 ? ErrorSums.ratio(maseSum, Double(stretches)) : .nan }
    /// Mean over stretches of RMSE / s'.
    public var rmsse: Double { stretches > 0 ? ErrorSums.ratio(rmsseSum, Double(stretches)) : .nan }
    /// Σ |e| / s over every period of the stretches ÷ their periods.
    public var pooledMASE: Double { periods > 0 ? ErrorSums.ratio(scaledAbsolute, Double(periods)) : .nan }
    /// √(Σ e² / s'² over every period of the stretches ÷ their periods).
    public var pooledRMSSE: Double { periods > 0 ? ErrorSums.ratio(scaledSquares, Double(periods)).squareRoot() : .nan }
}
