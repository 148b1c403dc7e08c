import Accuracy

/// The accuracy of one forecaster on one series, against realised demand over the series'
/// scored windows (definitions as in ``AccuracyMetric``; NaN where undefined). What accuracy
/// differences are paired on: every forecaster faced the same series, so the difference of
/// two forecasters on a series is free of how hard that series is.
public struct SeriesScore: Sendable, Hashable {
    /// The series' `unique_id`.
    public var uniqueID: String
    /// The forecaster's label.
    public var forecaster: String
    /// Windows of the series scored by MASE and RMSSE (with a usable scale).
    public var windows: Int
    /// Mean RMSSE over those windows.
    public var rmsse: Double
    /// Mean MASE over those windows.
    public var mase: Double
    /// Mean absolute error over every forecast period of the series (units).
    public var mae: Double
    /// Σ|e| / Σy and Σe / Σy over the series' forecast periods.
    public var wape: Double
    public var bias: Double

    public init(uniqueID: String, forecaster: String, windows: Int, rmsse: Double, mase: Double, mae: Double,
                wape: Double, bias: Double) {
        self.uniqueID = uniqueID
        self.forecaster = forecaster
        self.windows = windows
        self.rmsse = rmsse
        self.mase = mase
        self.mae = mae
        self.wape = wape
        self.bias = bias
    }

    /// Every evaluated series' scores, in series order, each series' forecasters in label
    /// order (series without windows give none).
    public static func scores(_ outcome: EvaluationOutcome) -> [SeriesScore] {
        let questions = ForecastQuestions(levels: [], quantiles: [])
        var scores: [SeriesScore] = []
        for (series, result) in zip(outcome.series, outcome.forecasts) where !result.windows.isEmpty {
            let scales = result.windows.map { ErrorScale(history: series.sales[0..<$0.cutoff]) }
            for (forecaster, label) in outcome.labels.enumerated() {
                var accumulator = MetricAccumulator(quantiles: 0, levels: 0, windows: outcome.plan.windows)
                for (window, scale) in zip(result.windows, scales) {
                    for step in 0..<window.horizon {
                        accumulator.add(forecast: AccuracyReport.orZero(window.mean(forecaster, step: step)),
                                        target: series.sales[window.cutoff + step])
                    }
                    accumulator.endWindow(scale: scale, weight: 1, window: window.origin)
                }
                let values = Dictionary(accumulator.values(questions: questions, weighted: false, distribution: false),
                                        uniquingKeysWith: { first, _ in first })
                scores.append(SeriesScore(uniqueID: series.id, forecaster: label, windows: accumulator.scaledWindows,
                                          rmsse: values[.rmsse] ?? .nan, mase: values[.mase] ?? .nan, mae: values[.mae] ?? .nan,
                                          wape: values[.wape] ?? .nan, bias: values[.bias] ?? .nan))
            }
        }
        return scores
    }
}
