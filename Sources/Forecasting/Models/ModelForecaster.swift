/// A ``Forecaster`` made of a ``SeriesModel``: it remembers the last `fitWindow` periods,
/// refits the model to them on a schedule and, in between, moves the fitted state on one period
/// at a time with the parameters held fixed — the one refit rule of every fitted model (the ETS
/// family, SES included; Theta; the Croston family; Bass).
///
/// **Schedule.** Refitting every period would cost a full fit per product-period in a
/// closed loop of thousands of products, so the model is fitted after 1, 2, 4, 8 … observations
/// (early fits matter most) until the gap reaches `refitEvery`, then every `refitEvery`
/// observations. ``observe(history:)`` — a rolling-origin cutoff — always ends with a fit to
/// everything remembered.
///
/// **Between refits** each period moves the fitted state on (``FittedSeriesModel/update(with:errorObserved:)``):
/// the states by the model's recursions and, for the models that keep one, the error scale σ̂
/// from the period's one-step error, so the spread the policies read is never older than a
/// period.
///
/// **Censoring.** A stockout period is turned into an effective value by ``CensoringTreatment``
/// against the fitted model's one-step forecast, and that value is what the model remembers and
/// is fitted to.
public struct ModelForecaster<Model: SeriesModel>: Forecaster, Hashable {
    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// Observations between refits once the early doubling schedule is over (periods, ≥ 1).
    public let refitEvery: Int
    /// Number of periods observed so far.
    public internal(set) var observationCount = 0
    /// `observationCount` at the last fit.
    var lastFitCount = 0
    /// The fit's ``FittedSeriesModel/nextPeriodMean`` (0 before the first fit), kept beside it:
    /// the closed loop reads it every period, and a stored number is read without touching the fit.
    var expectedNext = 0.0
    /// The model, its fit and the remembered window (see ``Storage``).
    var storage: Storage

    /// A forecaster that has observed nothing.
    /// - Parameters:
    ///   - model: the model to fit.
    ///   - fitWindow: how many recent periods each fit sees (≥ 1).
    ///   - refitEvery: observations between refits after the early ones (≥ 1).
    ///   - censoring: how stockout periods are learnt from.
    public init(_ model: Model,
                fitWindow: Int = ForecasterDefaults.fitWindow,
                refitEvery: Int = ForecasterDefaults.refitEvery,
                censoring: CensoringTreatment = .lowerBound) {
        precondition(fitWindow >= 1, "ModelForecaster: fitWindow must be ≥ 1, got \(fitWindow)")
        precondition(refitEvery >= 1, "ModelForecaster: refitEvery must be ≥ 1, got \(refitEvery)")
        self.censoring = censoring
        self.refitEvery = refitEvery
        self.storage = Storage(model: model, fitted: nil, history: RingBuffer(capacity: fitWindow))
    }

    /// The model and its settings.
    public var model: Model { storage.model }

    /// The fitted state; nil before the first observation.
    public var fitted: Model.Fitted? { storage.fitted }

    /// The model's name.
    public var name: String { model.name }

    /// How many recent periods each fit sees.
    public var fitWindow: Int { storage.history.capacity }

    // The closed loop holds forecasters as `any Forecaster`, whose witnesses run this generic
    // code unspecialised (metadata look-ups on every call); `@_specialize` compiles the ETS
    // family's (ses, holt, damped, holt-winters) version and dispatches to it.
    @_specialize(where Model == ExponentialSmoothingModel)
    public mutating func observe(_ observation: SalesObservation) {
        remember(observation)
        if refitIsDue { refit() }
    }

    /// Remembers every observation, then fits once. Without stockouts the effective values are
    /// the sales themselves, so no intermediate fit is needed to censor them.
    public mutating func observe(history observations: [SalesObservation]) {
        guard !observations.isEmpty else { return }
        if observations.contains(where: \.stockout) {
            for observation in observations { remember(observation) }
        } else {
            let storage = uniqueStorage()
            for observation in observations { storage.history.append(observation.usableSales) }
            observationCount += observations.count
        }
        refit()
    }

    @_specialize(where Model == ExponentialSmoothingModel)
    public func forecast(horizon: Int) -> Forecast {
        storage.fitted?.forecast(horizon: horizon) ?? .nothingObserved(horizon: horizon)
    }

    public var nextPeriodMean: Double { expectedNext }

    public func nextPeriodForecast() -> NextPeriodForecast {
        storage.fitted?.nextPeriodForecast() ?? .forecast(.nothingObserved(horizon: 1))
    }

    /// Fits the model to the remembered window now.
    public mutating func refit() {
        let storage = uniqueStorage()
        guard !storage.history.isEmpty else { return }
        let fit = storage.model.fit(storage.history.values())
        expectedNext = fit.nextPeriodMean
        storage.fitted = fit
        lastFitCount = observationCount
    }

    /// Turns the observation into an effective value, remembers it and moves the fitted state
    /// on in place (a stale state until the next refit; the first observation leaves none to
    /// move, and is fitted at once).
    private mutating func remember(_ observation: SalesObservation) {
        let (sales, stockout, censoring) = (observation.usableSales, observation.stockout, censoring)
        let storage = uniqueStorage()
        observationCount += 1
        guard let step = storage.fitted?.learn(sales: sales, stockout: stockout, censoring: censoring) else {
            storage.history.append(censoring.effectiveValue(sales: sales, stockout: stockout, forecast: nil).value)
            refit()
            return
        }
        storage.history.append(step.value)
        expectedNext = step.nextPeriodMean
    }

    /// After 1, 2, 4, 8 … observations, then every `refitEvery`.
    private var refitIsDue: Bool {
        observationCount - lastFitCount >= min(refitEvery, max(lastFitCount, 1))
    }
}


