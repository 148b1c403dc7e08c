/// The moving-average method: every future period is forecast at the mean of the last n
/// observations, ŷ_{T+h|T} = (y_T + … + y_{T−n+1})/n — the average method of Hyndman &
/// Athanasopoulos, *Forecasting: Principles and Practice*, 3rd ed., §5.2, restricted to a
/// trailing window so that it follows a changing level.
///
/// **Spread.** The model behind it is a level with independent noise, y_t = ℓ + ε_t, over the
/// window; the forecast error of period T+h is ε_{T+h} − (ε_T + … + ε_{T−n+1})/n (the future
/// noise plus the error of the estimated level, which is shared by every future period), as for
/// FPP3's mean method (§5.5, table 5.2) with T = n. With σ̂ the root mean square of the recent
/// one-step residuals e_t = y_t − (mean of the n values before t):
/// - period h ahead: σ̂_h = σ̂·√(1 + 1/n) (the same for every h);
/// - total over the first k periods: k independent noises plus k times the level error,
///   variance kσ̂² + k²σ̂²/n, so σ̂·√(k + k²/n).
/// While fewer than n values have been seen, n is the number seen so far.
///
/// **Censoring.** See ``CensoringTreatment``; with `.skipStockouts` a stockout period enters
/// the window as the current average. Price and promotion flags are ignored.
///
/// Before any observation the forecast is 0 with zero spread. State: the last n effective
/// values in a ring buffer and the residual window; observing never allocates.
public struct MovingAverageForecaster: Forecaster, Hashable, Codable {
    /// The name in scenario files and on the command line.
    public static let scenarioName = "ma"

    /// "ma".
    public var name: String { Self.scenarioName }

    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// Number of periods observed so far.
    public private(set) var observationCount: Int
    /// The last n effective values (units per period).
    private var values: RingBuffer<Double>
    /// The recent one-step residuals.
    private var residuals: ResidualScale

    /// A moving-average forecaster that has observed nothing.
    /// - Parameters:
    ///   - window: the number n of most recent periods averaged (≥ 1).
    ///   - censoring: how stockout periods are learnt from (default `.lowerBound`).
    ///   - residualWindow: how many recent one-step residuals estimate σ̂ (periods, ≥ 1).
    public init(window: Int = 7, censoring: CensoringTreatment = .lowerBound,
                residualWindow: Int = ForecasterDefaults.residualWindow) {
        precondition(window >= 1, "MovingAverageForecaster: window must be ≥ 1 period, got \(window)")
        self.censoring = censoring
        self.observationCount = 0
        self.values = RingBuffer(capacity: window)
        self.residuals = ResidualScale(window: residualWindow)
    }

    /// The number n of periods averaged.
    public var window: Int { values.capacity }

    /// The current average (units per period), ≥ 0; 0 before any observation.
    public var average: Double { oneStepForecast ?? 0 }

    /// The average of the window (0 before any observation).
    public var nextPeriodMean: Double { average }

    /// σ̂, the root mean square of the recent one-step residuals (units per period).
    public var residualStandardDeviation: Double { residuals.standardDeviation }

    /// The number of recent residuals used for σ̂ at most (periods).
    public var residualWindow: Int { residuals.window }

    /// Learns the period: its effective value enters the window, the oldest leaves.
    public mutating func observe(_ observation: SalesObservation) {
        let forecast = oneStepForecast
        let (value, errorObserved) = censoring.effectiveValue(
            sales: observation.usableSales, stockout: observation.stockout, forecast: forecast)
        if errorObserved, let forecast { residuals.record(value - forecast) }
        values.append(value)
        observationCount += 1
    }

    /// The current average for every period, with the spread above.
    public func forecast(horizon: Int) -> Forecast {
        guard let level = oneStepForecast else { return .nothingObserved(horizon: horizon) }
        let n = Double(values.count)
        return .normal(
            horizon: horizon,
            sigma: residuals.standardDeviation,
            mean: { _ in level },
            stepFactor: { _ in (1 + 1 / n).squareRoot() },
            cumulativeFactor: { k in (Double(k) + Double(k) * Double(k) / n).squareRoot() }
        )
    }

    /// The mean of the values in the window; nil before any observation. Summed afresh (n
    /// additions) rather than kept as a running sum, which would drift by rounding over a
    /// long closed loop.
    private var oneStepForecast: Double? {
        values.isEmpty ? nil : values.sum() / Double(values.count)
    }
}
