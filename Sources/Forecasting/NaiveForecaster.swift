/// The naive method: every future period is forecast at the last observed value (Hyndman &
/// Athanasopoulos, *Forecasting: Principles and Practice*, 3rd ed., §5.2), ŷ_{T+h|T} = y_T.
///
/// **Spread.** The naive forecast is optimal for a random walk y_t = y_{t−1} + ε_t, and the
/// spread follows that model (FPP3 §5.5, table 5.2), with σ̂ the root mean square of the recent
/// one-step residuals e_t = y_t − y_{t−1} (see `residualWindow`):
/// - period h ahead: σ̂_h = σ̂·√h;
/// - total over the first k periods: the error of period i is ε_{T+1} + … + ε_{T+i}, so the
///   total error is Σ_{j=1..k} (k − j + 1)·ε_{T+j} and its standard deviation is
///   σ̂·√(Σ_{i=1..k} i²) = σ̂·√(k(k + 1)(2k + 1)/6).
///
/// **Censoring.** See ``CensoringTreatment``: with the default `.lowerBound` a stockout period
/// can raise the last value but never lower it; with `.skipStockouts` it leaves it unchanged.
///
/// **Before and at the start.** Before any observation the forecast is 0 with zero spread;
/// after one observation it is that value with zero spread (no residual yet). Price and
/// promotion flags are ignored. State is O(`residualWindow`); observing never allocates.
public struct NaiveForecaster: Forecaster, Hashable, Codable {
    /// The name in scenario files and on the command line.
    public static let scenarioName = "naive"

    /// "naive".
    public var name: String { Self.scenarioName }

    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// Number of periods observed so far.
    public private(set) var observationCount: Int
    /// The last effective value (units per period), ≥ 0; 0 before any observation.
    public private(set) var lastValue: Double
    /// The recent one-step residuals.
    private var residuals: ResidualScale

    /// A naive forecaster that has observed nothing.
    /// - Parameters:
    ///   - censoring: how stockout periods are learnt from (default `.lowerBound`).
    ///   - residualWindow: how many recent one-step residuals estimate σ̂ (periods, ≥ 1).
    public init(censoring: CensoringTreatment = .lowerBound, residualWindow: Int = ForecasterDefaults.residualWindow) {
        self.censoring = censoring
        self.observationCount = 0
        self.lastValue = 0
        self.residuals = ResidualScale(window: residualWindow)
    }

    /// σ̂, the root mean square of the recent one-step residuals (units per period); 0 until
    /// one has been observed.
    public var residualStandardDeviation: Double { residuals.standardDeviation }

    /// The number of recent residuals used for σ̂ at most (periods).
    public var residualWindow: Int { residuals.window }

    /// Learns the period: its effective value becomes the last value (see ``CensoringTreatment``).
    public mutating func observe(_ observation: SalesObservation) {
        let forecast: Double? = observationCount > 0 ? lastValue : nil
        let (value, errorObserved) = censoring.effectiveValue(
            sales: observation.usableSales, stockout: observation.stockout, forecast: forecast)
        if errorObserved, let forecast { residuals.record(value - forecast) }
        lastValue = value
        observationCount += 1
    }

    /// The last value (0 before any observation).
    public var nextPeriodMean: Double { lastValue }

    /// The last value for every period, with the random-walk spread above.
    public func forecast(horizon: Int) -> Forecast {
        guard observationCount > 0 else { return .nothingObserved(horizon: horizon) }
        let level = lastValue
        return .normal(
            horizon: horizon,
            sigma: residuals.standardDeviation,
            mean: { _ in level },
            stepFactor: { h in Double(h).squareRoot() },
            cumulativeFactor: { k in Self.randomWalkCumulativeFactor(k) }
        )
    }

    /// √(Σ_{i=1..k} i²) = √(k(k + 1)(2k + 1)/6): the standard deviation, in units of σ, of the
    /// total error of a random walk's forecasts over the first k periods.
    public func nextPeriodForecast() -> NextPeriodForecast {
        guard observationCount > 0 else { return .forecast(.nothingObserved(horizon: 1)) }
        return Forecast.normalFirstPeriod(sigma: residuals.standardDeviation, mean: lastValue, stepFactor: Double(1).squareRoot())
    }

    static func randomWalkCumulativeFactor(_ k: Int) -> Double {
        let k = Double(k)
        return (k * (k + 1) * (2 * k + 1) / 6).squareRoot()
    }
}
