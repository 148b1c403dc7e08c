/// Simple exponential smoothing (Hyndman & Athanasopoulos, *Forecasting: Principles and
/// Practice*, 3rd ed., §8.1): the level ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1}), and every future
/// period is forecast at the last level, ŷ_{T+h|T} = ℓ_T.
///
/// **Initial level.** ℓ after the first observation is that observation (FPP3 estimates ℓ₀
/// jointly with α; taking y₁, as statsforecast does, needs no history and its influence decays
/// as (1 − α)^t).
///
/// **α.** Either fixed, or fitted by minimising the in-sample one-step sum of squared errors
/// Σ(y_t − ℓ_{t−1})² over α ∈ [0.01, 0.99] — [0.1, 0.99] for intermittent demand — with GSL's
/// Brent minimiser (see `SESForecaster+Fitting.swift`), on the last `fitWindow` observations,
/// replayed from their first value. Refitting on every observation would make a 10,000-product
/// closed loop expensive, so α is refitted after 4, 8 and 16 observations and then every
/// `refitEvery` observations (each fit costs a few dozen passes over the window). Until the
/// first fit α is 0.5. A refit changes α from then on; the level and the recorded residuals stay
/// those of the forecasts actually made. Call ``refit()`` to fit at once; ``observe(history:)``
/// (a rolling-origin cutoff) fits and then replays the window with the fitted α.
///
/// **Spread.** From the state space model ETS(A,N,N) (FPP3 §8.7, table 8.8): with σ̂ the root
/// mean square of the recent one-step residuals e_t = y_t − ℓ_{t−1},
/// - period h ahead: σ̂_h = σ̂·√(1 + (h − 1)α²);
/// - total over the first k periods: y_{T+i} = ℓ_T + α(ε_{T+1} + … + ε_{T+i−1}) + ε_{T+i}, so the
///   total error is Σ_{j=1..k} (1 + α(k − j))·ε_{T+j} and its variance is
///   σ̂²·Σ_{m=0..k−1} (1 + αm)² = σ̂²·[k + αk(k − 1) + α²(k − 1)k(2k − 1)/6]
///   (with α = 1 this is the naive method's Σ i²).
///
/// **Censoring.** See ``CensoringTreatment``; the fit applies the same treatment, and stockout
/// periods whose error is unobserved are left out of the sum of squares. Price and promotion
/// flags are ignored.
///
/// Before any observation the forecast is 0 with zero spread. State: the level, α, the residual
/// window and (when optimised) the last `fitWindow` observations. Observing allocates nothing
/// except when it refits (a GSL minimiser, every `refitEvery` observations).
public struct SESForecaster: Forecaster, Hashable, Codable {
    /// The name in scenario files and on the command line.
    public static let scenarioName = "ses"

    /// How α is chosen.
    public enum Alpha: Hashable, Codable, Sendable {
        /// This α, in (0, 1].
        case fixed(Double)
        /// Fitted by least squares on recent history (see ``SESForecaster``).
        case optimized
    }

    /// "ses".
    public var name: String { Self.scenarioName }

    /// How α is chosen.
    public let alphaChoice: Alpha
    /// Observations between refits of an optimised α, after the first few (periods, ≥ 1).
    public let refitEvery: Int
    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// The smoothing parameter in use, in (0, 1].
    public private(set) var alpha: Double
    /// The level ℓ_T, units per period, ≥ 0; 0 before any observation.
    public private(set) var level: Double
    /// Number of periods observed so far.
    public private(set) var observationCount: Int
    /// `observationCount` at the last fit of α (0 before the first).
    private var lastFitCount: Int
    /// The recent one-step residuals.
    private var residuals: ResidualScale
    /// The last `fitWindow` raw observations (one slot, unused, when α is fixed).
    private(set) var history: RingBuffer<CensoredSales>

    /// An SES forecaster that has observed nothing.
    /// - Parameters:
    ///   - alpha: a fixed α in (0, 1], or `.optimized` (the default).
    ///   - refitEvery: observations between refits of an optimised α (≥ 1, default 28).
    ///   - fitWindow: how many recent observations an optimised α is fitted to (≥ 4, default
    ///     112). The standard error of α̂ is about √(α(2 − α)/fitWindow) (≈ 0.07 at α = 0.3).
    ///   - censoring: how stockout periods are learnt from (default `.lowerBound`).
    ///   - residualWindow: how many recent one-step residuals estimate σ̂ (periods, ≥ 1).
    public init(alpha: Alpha = .optimized,
                refitEvery: Int = ForecasterDefaults.sesRefitEvery,
                fitWindow: Int = ForecasterDefaults.sesFitWindow,
                censoring: CensoringTreatment = .lowerBound,
                residualWindow: Int = ForecasterDefaults.residualWindow) {
        precondition(refitEvery >= 1, "SESForecaster: refitEvery must be ≥ 1, got \(refitEvery)")
        precondition(fitWindow >= Self.minimumFitLength,
                     "SESForecaster: fitWindow must be ≥ \(Self.minimumFitLength), got \(fitWindow)")
        switch alpha {
        case let .fixed(value):
            precondition(value > 0 && value <= 1, "SESForecaster: a fixed alpha must lie in (0, 1], got \(value)")
            self.alpha = value
            self.history = RingBuffer(capacity: 1, filler: CensoredSales(sales: 0, stockout: false))
        case .optimized:
            self.alpha = Self.initialAlpha
            self.history = RingBuffer(capacity: fitWindow, filler: CensoredSales(sales: 0, stockout: false))
        }
        self.alphaChoice = alpha
        self.refitEvery = refitEvery
        self.censoring = censoring
        self.level = 0
        self.observationCount = 0
        self.lastFitCount = 0
        self.residuals = ResidualScale(window: residualWindow)
    }

    /// How many recent observations an optimised α is fitted to.
    public var fitWindow: Int { history.capacity }

    /// σ̂, the root mean square of the recent one-step residuals (units per period).
    public var residualStandardDeviation: Double { residuals.standardDeviation }

    /// The number of recent residuals used for σ̂ at most (periods).
    public var residualWindow: Int { residuals.window }

    /// Learns the period: updates the level, and refits an optimised α when one is due.
    public mutating func observe(_ observation: SalesObservation) {
        let sales = observation.usableSales
        let forecast: Double? = observationCount > 0 ? level : nil
        let (value, errorObserved) = censoring.effectiveValue(
            sales: sales, stockout: observation.stockout, forecast: forecast)
        if errorObserved, let forecast { residuals.record(value - forecast) }
        level = forecast == nil ? value : level + alpha * (value - level)
        observationCount += 1
        guard case .optimized = alphaChoice else { return }
        history.append(CensoredSales(sales: sales, stockout: observation.stockout))
        if refitIsDue { refit() }
    }

    /// Observes every period, then fits an optimised α to the window at once (as at a
    /// rolling-origin cutoff) and replays the window with it, so that the level and σ̂ are those
    /// of the fitted α — as a batch fit of SES gives them — rather than of the α's the periodic
    /// refits happened to use while the history streamed in.
    public mutating func observe(history: [SalesObservation]) {
        for observation in history { observe(observation) }
        refit()
        guard case .optimized = alphaChoice, history.count >= Self.minimumFitLength else { return }
        (level, residuals) = Self.replayedState(self.history, alpha: alpha, censoring: censoring,
                                                residualWindow: residuals.window)
    }

    /// The level (0 before any observation).
    public var nextPeriodMean: Double { max(0, level) }

    /// The level for every period, with the ETS(A,N,N) spread above.
    public func forecast(horizon: Int) -> Forecast {
        guard observationCount > 0 else { return .nothingObserved(horizon: horizon) }
        let (level, alpha) = (max(0, self.level), self.alpha)
        return .normal(
            horizon: horizon,
            sigma: residuals.standardDeviation,
            mean: { _ in level },
            stepFactor: { h in (1 + Double(h - 1) * alpha * alpha).squareRoot() },
            cumulativeFactor: { k in Self.cumulativeFactor(k, alpha: alpha) }
        )
    }

    /// √(k + αk(k − 1) + α²(k − 1)k(2k − 1)/6) = √(Σ_{m=0..k−1} (1 + αm)²).
    static func cumulativeFactor(_ k: Int, alpha: Double) -> Double {
        let k = Double(k)
        return (k + alpha * k * (k - 1) + alpha * alpha * (k - 1) * k * (2 * k - 1) / 6).squareRoot()
    }

    /// Fits after 4, 8, 16 … observations (doubling) until the gap reaches `refitEvery`, then
    /// every `refitEvery`: early fits matter most, when α = 0.5 is only a guess.
    private var refitIsDue: Bool {
        observationCount >= Self.minimumFitLength
            && observationCount - lastFitCount >= min(refitEvery, max(lastFitCount, Self.minimumFitLength))
    }

    /// Refits an optimised α to the last `fitWindow` observations now; nothing for a fixed α or
    /// with fewer than 4 observations (or fewer than 2 observed one-step errors among them).
    public mutating func refit() {
        guard case .optimized = alphaChoice, history.count >= Self.minimumFitLength else { return }
        lastFitCount = observationCount
        if let fitted = Self.fittedAlpha(history: history, censoring: censoring) {
            alpha = fitted
        }
    }
}

/// One raw observation kept for refitting α: the sales and whether they were censored.
struct CensoredSales: Hashable, Codable, Sendable {
    var sales: Double
    var stockout: Bool
}
