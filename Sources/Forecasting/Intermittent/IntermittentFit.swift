/// The recursions of an intermittent-demand model with its parameters fixed: what it forecasts
/// now, and how one more period moves it on. Every model of the family forecasts a flat path.
public protocol IntermittentState: Hashable, Codable, Sendable {
    /// Expected demand of every future period, units per period, ≥ 0; nil while the model cannot
    /// forecast yet (Croston before the first demand, ADIDA before its first complete bucket).
    var forecast: Double? { get }

    /// Moves the state on by one period of effective demand `value` (units, finite, ≥ 0).
    mutating func observe(_ value: Double)
}

/// A fitted intermittent-demand model: its state and the calibration of its errors
/// (``ForecastErrorCalibration``), which gives it a predictive distribution.
public struct IntermittentFit<State: IntermittentState>: FittedSeriesModel, Codable {
    /// The model's recursions at the fitted parameters.
    public private(set) var state: State
    /// The model's recent out-of-sample errors.
    private var calibration: ForecastErrorCalibration

    /// Replays `history` through `state` (the model's recursions from their start, with the
    /// fitted parameters), remembering each forecast and what followed it.
    /// - Parameter calibrationWindow: recent periods whose errors make the spread (≥ 1).
    init(replaying history: [Double], from state: State, calibrationWindow: Int) {
        self.state = state
        self.calibration = ForecastErrorCalibration(window: max(1, calibrationWindow))
        for value in history { update(with: value) }
    }

    /// Periods whose errors are remembered.
    public var calibrationCount: Int { calibration.count }

    public var nextPeriodMean: Double { Self.sanitized(state.forecast ?? 0) }

    public mutating func update(with value: Double) {
        let value = value.isFinite && value > 0 ? value : 0
        calibration.record(forecast: state.forecast.map(Self.sanitized), actual: value)
        state.observe(value)
    }

    /// The flat forecast with sample paths from the calibration; zero with zero spread before
    /// the model can forecast.
    public func forecast(horizon: Int) -> Forecast {
        calibration.forecast(mean: nextPeriodMean, horizon: horizon)
    }

    /// `value` if finite and positive, else 0.
    static func sanitized(_ value: Double) -> Double {
        value > 0 ? min(value, .greatestFiniteMagnitude) : 0
    }
}

extension ForecasterDefaults {
    /// Recent periods whose one-step and h-step errors calibrate an intermittent model's
    /// spread: the same three years of weekly data a ``ModelForecaster`` fits to.
    public static let intermittentCalibrationWindow = 156
}
