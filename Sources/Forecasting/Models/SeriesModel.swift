/// A forecasting model fitted to a whole series at once: exponential smoothing, Theta, the
/// Croston family, Bass. ``ModelForecaster`` turns one into a ``Forecaster`` for the closed loop
/// (refitting on a schedule, updating its state every period in between) and for rolling-origin
/// evaluation (fitting once at each cutoff).
///
/// A model is a value describing *how* to fit (its settings); ``fit(_:)`` returns the fitted
/// state, which knows how to move on by one period with its parameters held fixed.
public protocol SeriesModel: Sendable, Hashable {
    associatedtype Fitted: FittedSeriesModel

    /// The catalogue name ("holt", "croston").
    var name: String { get }

    /// Fits the model to `history` (effective demand per period, oldest first, every value
    /// finite and ≥ 0, at least one value).
    ///
    /// Never fails: when the parameters cannot be estimated (too short, constant, all zero) it
    /// falls back to a documented simpler fit, so every series gets a finite forecast.
    func fit(_ history: [Double]) -> Fitted
}

/// The state of a fitted ``SeriesModel``: parameters plus the states they smooth.
public protocol FittedSeriesModel: Sendable, Hashable {
    /// Expected demand of the next period, units, finite and ≥ 0.
    var nextPeriodMean: Double { get }

    /// Moves the state on by one observed period (effective demand, ≥ 0) with the parameters
    /// held fixed, as the model's own recursions do.
    mutating func update(with value: Double)

    /// ``update(with:)``, told whether the period's one-step error was observed (false for a
    /// stockout period whose demand is only bounded, see ``CensoringTreatment``), so that a model
    /// that keeps its error scale up to date can leave such a period out of it. By default the
    /// flag is ignored.
    mutating func update(with value: Double, errorObserved: Bool)

    /// Learns one period in place: the effective value of `sales` against the one-step forecast
    /// (``CensoringTreatment``), then ``update(with:errorObserved:)`` with it. The default does
    /// just that; a model may implement it to avoid reading itself through its witnesses.
    mutating func learn(sales: Double, stockout: Bool, censoring: CensoringTreatment) -> LearntPeriod

    /// The forecast of the next `horizon` periods: mean path and spread, every value finite and
    /// ≥ 0.
    func forecast(horizon: Int) -> Forecast

    /// ``Forecaster/nextPeriodForecast()`` of the fit; by default built from `forecast(horizon: 1)`.
    func nextPeriodForecast() -> NextPeriodForecast
}

extension FittedSeriesModel {
    public func nextPeriodForecast() -> NextPeriodForecast {
        .forecast(forecast(horizon: 1))
    }

    public mutating func update(with value: Double, errorObserved: Bool) { update(with: value) }

    public mutating func learn(sales: Double, stockout: Bool, censoring: CensoringTreatment) -> LearntPeriod {
        let (value, errorObserved) = censoring.effectiveValue(sales: sales, stockout: stockout, forecast: nextPeriodMean)
        update(with: value, errorObserved: errorObserved)
        return LearntPeriod(value: value, nextPeriodMean: nextPeriodMean)
    }
}

/// What ``FittedSeriesModel/learn(sales:stockout:censoring:)`` returns: the effective value
/// learnt (units) and the model's forecast of the period after it (units, ≥ 0).
public struct LearntPeriod: Sendable {
    public var value: Double
    public var nextPeriodMean: Double

    public init(value: Double, nextPeriodMean: Double) {
        self.value = value
        self.nextPeriodMean = nextPeriodMean
    }
}
