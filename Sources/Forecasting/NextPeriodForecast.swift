/// Next period's demand exactly as `forecast(horizon: 1)` states it, built without that
/// forecast's arrays where the model can: the closed loop asks it of every strategy, product and
/// period to score its quantiles.
public enum NextPeriodForecast: Hashable, Sendable {
    /// A normal spread: demand is max(0, X), X normal with this mean and standard deviation
    /// (units, both finite and ≥ 0), the values `forecast(horizon: 1)` would store.
    case normal(mean: Double, standardDeviation: Double)
    /// The one-period forecast itself, for spreads that are not normal.
    case forecast(Forecast)

    /// The p-quantile of next period's demand, units, ≥ 0: `forecast(horizon: 1).quantile(p,
    /// step: 0)`, bit for bit (`p` strictly between 0 and 1).
    public func quantile(_ p: Double) -> Double {
        switch self {
        case let .normal(mean, standardDeviation):
            Forecast.checkLevel(p)
            return Forecast.censoredNormalQuantile(p, mean: mean, sd: max(0, standardDeviation))
        case let .forecast(forecast):
            return forecast.quantile(p, step: 0)
        }
    }
}
