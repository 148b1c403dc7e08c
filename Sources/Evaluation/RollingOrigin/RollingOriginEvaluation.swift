import Forecasting

/// Rolling-origin evaluation of forecasters on a set of series.
///
/// **Refit cadence.** At every cutoff of every series each forecaster is made afresh from its
/// choice and the series' context, observes the periods before the cutoff in one batch
/// (`observe(history:)`, i.e. fits at the cutoff) and forecasts ``WindowPlan/horizon`` periods.
/// Nothing is carried from one window to the next, as in statsforecast's `refit=True`. A
/// `launch-K` window whose cutoff is 0 has nothing to fit on: the forecaster observes one
/// period, the one before the series, with no sale — before its launch the product sold
/// nothing — and forecasts from there (a model that needs sales of its own forecasts what it
/// does with none, usually 0).
///
/// **Failures.** A forecaster that cannot be made, that returns a forecast of the wrong length,
/// or that returns a negative or non-finite value fails for that series and window: its values
/// are NaN and the reason is kept (``WindowForecasts/failures``). The evaluation goes on.
///
/// **Determinism.** Series are evaluated in parallel, but every result lands at its series'
/// index and no state is shared, so results are the same whatever the number of threads.
public struct RollingOriginEvaluation: Sendable {
    public var plan: WindowPlan
    public var questions: ForecastQuestions
    public var choices: [ForecasterChoice]

    public init(plan: WindowPlan, questions: ForecastQuestions, choices: [ForecasterChoice]) {
        self.plan = plan
        self.questions = questions
        self.choices = choices
    }

    /// The forecasters' labels, the column names in results.
    public var labels: [String] { choices.map(\.label) }

    /// Every window of `series` that fits in it (none when it is too short for the plan).
    public func forecasts(for series: EvaluationSeries, index: Int) -> SeriesForecasts {
        let planned = plan.windows(length: series.count, launch: series.launch, launchSeen: !series.soldFromFirstDate)
        guard !planned.isEmpty else { return SeriesForecasts(series: index, windows: []) }
        let observations = series.observations()
        let windows = planned.map { origin, cutoff in
            var window = WindowForecasts(cutoff: cutoff, origin: origin, horizon: plan.horizon, forecasters: choices.count,
                                         levels: questions.levels.count, quantiles: questions.quantiles.count)
            // A cutoff of 0 (launch-K) fits on nothing: the forecaster is told the period before
            // the series, with nothing sold, so that it knows where it stands in the calendar
            // (the analog model reads its references only up to that period).
            let history = cutoff > 0 ? Array(observations[0..<cutoff])
                                     : [SalesObservation(period: series.firstPeriod - 1, sales: 0)]
            for (forecaster, choice) in choices.enumerated() {
                let started = ContinuousClock.now
                defer { window.seconds[forecaster] = Self.seconds(since: started) }
                if let failure = fill(&window, forecaster: forecaster, choice: choice, history: history, context: series.context) {
                    window.failures[forecaster] = failure
                    for column in 0..<window.columns {
                        for step in 0..<plan.horizon { window.values[window.index(forecaster: forecaster, column: column, step: step)] = .nan }
                    }
                }
            }
            return window
        }
        return SeriesForecasts(series: index, windows: windows)
    }

    /// Fits one forecaster at the window's cutoff and stores its forecast; the reason it
    /// failed, or nil.
    private func fill(_ window: inout WindowForecasts, forecaster index: Int, choice: ForecasterChoice,
                      history: [SalesObservation], context: ForecastingContext) -> String? {
        var forecaster: any Forecaster
        do {
            forecaster = try choice.makeForecaster(context: context)
        } catch {
            return error.description
        }
        forecaster.observe(history: history)
        let forecast = forecaster.forecast(horizon: plan.horizon)
        guard forecast.horizon == plan.horizon else {
            return "forecast \(forecast.horizon) periods instead of \(plan.horizon)"
        }
        for step in 0..<plan.horizon {
            var column = 0
            func store(_ value: Double) {
                window.values[window.index(forecaster: index, column: column, step: step)] = value
                column += 1
            }
            store(forecast.mean[step])
            for level in questions.levels { store(forecast.quantile(ForecastQuestions.bounds(level: level).lower, step: step)) }
            for level in questions.levels { store(forecast.quantile(ForecastQuestions.bounds(level: level).upper, step: step)) }
            for p in questions.quantiles { store(forecast.quantile(p, step: step)) }
        }
        return invalidValue(in: window, forecaster: index)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// A message when any stored value of `forecaster` is negative or not finite.
    private func invalidValue(in window: WindowForecasts, forecaster: Int) -> String? {
        for column in 0..<window.columns {
            for step in 0..<plan.horizon {
                let value = window.values[window.index(forecaster: forecaster, column: column, step: step)]
                guard value.isFinite, value >= 0 else {
                    let what = column == 0 ? "mean" : "quantile"
                    return "returned \(value) as the \(what) for step \(step + 1) (forecasts must be finite and ≥ 0)"
                }
            }
        }
        return nil
    }
}
