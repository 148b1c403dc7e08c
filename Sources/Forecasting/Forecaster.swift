/// A demand forecaster, usable both in the closed loop (observe a period, forecast ahead) and in
/// rolling-origin evaluation on history (observe up to a cutoff, forecast h).
///
/// Forecasters are values: copying one copies its whole state, so a backtest can branch a fitted
/// forecaster and evaluations never share state by accident. State is `Codable` so fitted models
/// can be saved.
public protocol Forecaster: Sendable {
    /// The name used in scenario files and on the command line ("ses", "ma").
    var name: String { get }

    /// Learns from the next period. Observations arrive in period order, one per period.
    mutating func observe(_ observation: SalesObservation)

    /// Learns a whole history at once, as at a rolling-origin cutoff: afterwards the model's
    /// parameters are fitted to (the recent part of) everything observed, not merely to what
    /// a periodic refit last saw. Defaults to observing one by one; models that fit in batch
    /// override it to fit once at the end.
    mutating func observe(history: [SalesObservation])

    /// The forecast for the `horizon` periods after the last observed one (`horizon` ≥ 1).
    /// Before any observation it is the forecaster's prior (usually zero demand, wide).
    func forecast(horizon: Int) -> Forecast

    /// Expected demand of the next period: `forecast(horizon: 1).mean[0]`, without building the
    /// forecast. The closed loop scores it every period, so models give it directly.
    var nextPeriodMean: Double { get }

    /// Next period's demand as `forecast(horizon: 1)` states it (its quantiles bit for bit).
    /// The closed loop scores it every period, so models with a normal spread give it without
    /// building the forecast; the default builds it.
    func nextPeriodForecast() -> NextPeriodForecast
}

extension Forecaster {
    public var nextPeriodMean: Double {
        forecast(horizon: 1).mean.first ?? 0
    }

    public func nextPeriodForecast() -> NextPeriodForecast {
        .forecast(forecast(horizon: 1))
    }

    public mutating func observe(history: [SalesObservation]) {
        for observation in history { observe(observation) }
    }
}

extension Forecaster {
    /// Observes every element of `observations` in order.
    public mutating func observe<S: Sequence>(contentsOf observations: S) where S.Element == SalesObservation {
        for observation in observations { observe(observation) }
    }
}
