/// Everything a finished evaluation produced: the series, the plan, and every forecast. What
/// the accuracy metrics and the result files are computed from.
public struct EvaluationOutcome: Sendable {
    /// The calendar the series' periods refer to.
    public var calendar: SeriesCalendar
    /// The series, in output order.
    public let series: [EvaluationSeries]
    /// The forecasters' labels (column names).
    public var labels: [String]
    public var plan: WindowPlan
    public var questions: ForecastQuestions
    /// One entry per series, in the same order as ``series``.
    public let forecasts: [SeriesForecasts]
    /// Whether every series carries prices, so that WRMSSE weights by revenue.
    public let hasPrices: Bool
    /// Whether any series carries the true expected demand (simulated markets).
    public let hasTruth: Bool

    public init(calendar: SeriesCalendar, series: [EvaluationSeries], labels: [String], plan: WindowPlan,
                questions: ForecastQuestions, forecasts: [SeriesForecasts]) {
        precondition(series.count == forecasts.count, "EvaluationOutcome: one forecasts entry per series")
        self.calendar = calendar
        self.series = series
        self.labels = labels
        self.plan = plan
        self.questions = questions
        self.forecasts = forecasts
        self.hasPrices = !series.isEmpty && series.allSatisfy { $0.prices != nil }
        self.hasTruth = series.contains { $0.truth != nil }
    }

    /// Runs `evaluation` on `series` (in parallel, see ``RollingOriginEvaluation``), telling
    /// `progress` how many series are done.
    public static func run(_ evaluation: RollingOriginEvaluation, on series: [EvaluationSeries], calendar: SeriesCalendar,
                           threads: Int, progress: (_ done: Int) -> Void = { _ in }) async -> EvaluationOutcome {
        let forecasts = await evaluation.run(series, threads: threads, progress: progress)
        return EvaluationOutcome(calendar: calendar, series: series, labels: evaluation.labels, plan: evaluation.plan,
                                 questions: evaluation.questions, forecasts: forecasts)
    }

    /// Seconds spent in each forecaster (made, fitted, forecast), summed over series and
    /// windows (threads overlap, so the sum can exceed the wall-clock time).
    public var forecasterSeconds: [Double] {
        var total = Array(repeating: 0.0, count: labels.count)
        for result in forecasts {
            for window in result.windows {
                for index in total.indices where index < window.seconds.count { total[index] += window.seconds[index] }
            }
        }
        return total
    }

    /// Number of series evaluated (long enough for the plan).
    public var evaluatedSeries: Int { forecasts.filter { !$0.windows.isEmpty }.count }

    /// Ids of the series skipped as too short for the plan.
    public var skippedSeries: [String] {
        zip(series, forecasts).filter { $0.1.windows.isEmpty }.map(\.0.id)
    }

}
