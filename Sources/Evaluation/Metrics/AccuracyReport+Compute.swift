import Accuracy
import Forecasting

extension AccuracyReport {
    /// Scores every forecaster of `outcome` against realised demand and, for simulated
    /// series, against the truth; overall, per lifecycle phase, per demand pattern and per
    /// forecast origin.
    public init(outcome: EvaluationOutcome) {
        let scopes = Self.scopes(of: outcome.series, origins: outcome.plan.originLabels)
        let targets = outcome.hasTruth ? [Self.demandTarget, Self.truthTarget] : [Self.demandTarget]
        var rows: [AccuracyRow] = []
        for (forecaster, label) in outcome.labels.enumerated() {
            let accumulators = Self.accumulate(outcome, forecaster: forecaster, scopes: scopes, targets: targets.count)
            for (targetIndex, target) in targets.enumerated() {
                for (scopeIndex, scope) in scopes.enumerated() {
                    let accumulator = accumulators[targetIndex][scopeIndex]
                    guard accumulator.count > 0 else { continue }
                    let values = accumulator.values(questions: outcome.questions, weighted: scopeIndex == 0,
                                                    distribution: target == Self.demandTarget)
                    rows += values.map { AccuracyRow(forecaster: label, target: target, scope: scope, metric: $0.0, value: $0.1) }
                }
            }
        }
        self.init(rows: rows, failures: Self.failures(outcome))
    }

    /// The running sums of one forecaster, by target and scope.
    private static func accumulate(_ outcome: EvaluationOutcome, forecaster: Int, scopes: [String],
                                   targets: Int) -> [[MetricAccumulator]] {
        let questions = outcome.questions
        let levels = questions.levels.count
        let blank = MetricAccumulator(quantiles: questions.quantiles.count, levels: levels, windows: outcome.plan.windows)
        var accumulators = Array(repeating: Array(repeating: blank, count: scopes.count), count: targets)
        let scopeIndex = Dictionary(uniqueKeysWithValues: scopes.enumerated().map { ($1, $0) })
        let originScopes = outcome.plan.originLabels.map { scopeIndex[$0] }
        for (series, result) in zip(outcome.series, outcome.forecasts) {
            let medianPrice = series.medianPrice
            for window in result.windows {
                let scale = ErrorScale(history: series.sales[0..<window.cutoff])
                let weight = RevenueWeights.revenue(of: series, before: window.cutoff, medianPrice: medianPrice)
                let pattern = DemandPattern(history: series.sales[0..<window.cutoff]).flatMap { scopeIndex[$0.rawValue] }
                let origin = originScopes.indices.contains(window.origin) ? originScopes[window.origin] : nil
                for target in 0..<targets {
                    let values = target == 0 ? series.sales : (series.truth ?? series.sales)
                    if target == 1 && series.truth == nil { continue }
                    for step in 0..<window.horizon {
                        let period = window.cutoff + step
                        let y = values[period]
                        let mean = Self.orZero(window.mean(forecaster, step: step))
                        accumulators[target][0].feed(window, forecaster: forecaster, step: step, y: y, mean: mean,
                                                     distribution: target == 0, questions: questions)
                        if let phase = series.phases.flatMap({ scopeIndex[$0[period]] }) {
                            accumulators[target][phase].feed(window, forecaster: forecaster, step: step, y: y, mean: mean,
                                                             distribution: target == 0, questions: questions)
                        }
                        for scope in [pattern, origin].compactMap({ $0 }) {
                            accumulators[target][scope].feed(window, forecaster: forecaster, step: step, y: y, mean: mean,
                                                             distribution: target == 0, questions: questions)
                        }
                    }
                    for scope in scopes.indices {
                        accumulators[target][scope].endWindow(scale: scale, weight: weight, window: window.origin)
                    }
                }
            }
        }
        return accumulators
    }

    /// A missing (NaN) forecast counts as forecasting zero.
    @inline(__always)
    static func orZero(_ value: Double) -> Double {
        value.isFinite ? value : 0
    }

    /// One entry per forecaster and series that failed on any window, in label-then-series
    /// order.
    private static func failures(_ outcome: EvaluationOutcome) -> [SeriesFailure] {
        var failures: [SeriesFailure] = []
        for (forecaster, label) in outcome.labels.enumerated() {
            for (series, result) in zip(outcome.series, outcome.forecasts) {
                let messages = result.windows.compactMap { $0.failures[forecaster] }
                guard let first = messages.first else { continue }
                failures.append(SeriesFailure(forecaster: label, uniqueID: series.id, windows: messages.count, message: first))
            }
        }
        return failures
    }
}
