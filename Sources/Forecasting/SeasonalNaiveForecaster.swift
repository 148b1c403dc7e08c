/// The seasonal naive method: each future period is forecast at the value observed one season
/// earlier (Hyndman & Athanasopoulos, *Forecasting: Principles and Practice*, 3rd ed., §5.2),
/// ŷ_{T+h|T} = y_{T+h−m(⌊(h−1)/m⌋+1)}, with m the season length in periods.
///
/// **Spread.** FPP3 §5.5, table 5.2, for the seasonal random walk y_t = y_{t−m} + ε_t, with σ̂
/// the root mean square of the recent one-step residuals e_t = y_t − y_{t−m}:
/// - period h ahead: σ̂_h = σ̂·√(⌊(h−1)/m⌋ + 1);
/// - total over the first k periods: ε_{T+j} enters the error of periods j, j + m, j + 2m, … ≤ k,
///   c_j = ⌊(k−j)/m⌋ + 1 times, so the standard deviation is σ̂·√(Σ_{j=1..k} c_j²). Writing
///   k = qm + r (0 ≤ r < m): Σ c_j² = r(q + 1)² + m·q(q + 1)(2q + 1)/6 (with m = 1 this is the
///   naive method's √(Σ i²)).
///
/// **Warm-up.** Until a full season has been observed the forecaster is exactly the naive
/// method (mean, residuals and spread of ``NaiveForecaster``): a season-ago value does not exist
/// yet. Before any observation the forecast is 0 with zero spread.
///
/// **Censoring.** See ``CensoringTreatment``; with `.skipStockouts` a stockout period keeps the
/// value of a season earlier in its slot. Price and promotion flags are ignored.
///
/// State: the last m effective values in a ring buffer and the residual window; observing
/// never allocates.
public struct SeasonalNaiveForecaster: Forecaster, Hashable, Codable {
    /// The name in scenario files and on the command line.
    public static let scenarioName = "snaive"

    /// "snaive".
    public var name: String { Self.scenarioName }

    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// Number of periods observed so far.
    public private(set) var observationCount: Int
    /// The last m effective values (units per period), oldest first.
    private var lastSeason: RingBuffer<Double>
    /// The recent one-step residuals.
    private var residuals: ResidualScale

    /// A seasonal naive forecaster that has observed nothing.
    /// - Parameters:
    ///   - season: the season length m in periods (≥ 1; 7 for a weekly pattern in daily data,
    ///     52 for a yearly one in weekly data). With m = 1 it is the naive method.
    ///   - censoring: how stockout periods are learnt from (default `.lowerBound`).
    ///   - residualWindow: how many recent one-step residuals estimate σ̂ (periods, ≥ 1).
    public init(season: Int = 7, censoring: CensoringTreatment = .lowerBound,
                residualWindow: Int = ForecasterDefaults.residualWindow) {
        precondition(season >= 1, "SeasonalNaiveForecaster: season must be ≥ 1 period, got \(season)")
        self.censoring = censoring
        self.observationCount = 0
        self.lastSeason = RingBuffer(capacity: season)
        self.residuals = ResidualScale(window: residualWindow)
    }

    /// The season length m in periods.
    public var season: Int { lastSeason.capacity }

    /// σ̂, the root mean square of the recent one-step residuals (units per period).
    public var residualStandardDeviation: Double { residuals.standardDeviation }

    /// The number of recent residuals used for σ̂ at most (periods).
    public var residualWindow: Int { residuals.window }

    /// True once a full season has been observed and the seasonal method is in use.
    public var isSeasonal: Bool { lastSeason.isFull }

    /// Learns the period: its effective value takes the slot of the value a season earlier.
    public mutating func observe(_ observation: SalesObservation) {
        let (value, errorObserved) = censoring.effectiveValue(
            sales: observation.usableSales, stockout: observation.stockout, forecast: oneStepForecast)
        if errorObserved, let forecast = oneStepForecast { residuals.record(value - forecast) }
        lastSeason.append(value)
        observationCount += 1
    }

    /// The value a season ago (the last value during warm-up; 0 before any observation).
    public var nextPeriodMean: Double { oneStepForecast ?? 0 }

    /// The last season repeated (the last value during warm-up), with the spread above.
    public func forecast(horizon: Int) -> Forecast {
        guard let last = oneStepForecast else { return .nothingObserved(horizon: horizon) }
        let sigma = residuals.standardDeviation
        guard isSeasonal else {
            return .normal(horizon: horizon, sigma: sigma, mean: { _ in last },
                           stepFactor: { h in Double(h).squareRoot() },
                           cumulativeFactor: { k in NaiveForecaster.randomWalkCumulativeFactor(k) })
        }
        let m = season
        let seasonValues = lastSeason
        return .normal(
            horizon: horizon,
            sigma: sigma,
            // Period h repeats the value at position (h − 1) mod m of the last season.
            mean: { h in seasonValues.value(fromOldest: (h - 1) % m) },
            stepFactor: { h in Double((h - 1) / m + 1).squareRoot() },
            cumulativeFactor: { k in Self.cumulativeFactor(k, season: m) }
        )
    }

    /// The forecast of the next period: the value a season ago once a season is complete, the
    /// last value before that, nil before any observation.
    private var oneStepForecast: Double? {
        if lastSeason.isFull { return lastSeason.value(lag: season) }
        return lastSeason.isEmpty ? nil : lastSeason.value(lag: 1)
    }

    /// √(Σ_{j=1..k} c_j²), c_j = ⌊(k−j)/m⌋ + 1, in closed form: k = qm + r,
    /// Σ c_j² = r(q + 1)² + m·q(q + 1)(2q + 1)/6.
    static func cumulativeFactor(_ k: Int, season m: Int) -> Double {
        let q = Double(k / m)
        let r = Double(k % m)
        return (r * (q + 1) * (q + 1) + Double(m) * q * (q + 1) * (2 * q + 1) / 6).squareRoot()
    }
}
