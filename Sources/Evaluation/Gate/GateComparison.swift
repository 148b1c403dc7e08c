/// The verdict on one forecaster × metric of a baseline evaluation.
public struct GateCheck: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        /// Within tolerance (same, better, or slightly worse).
        case passed
        /// Better than recorded by more than the tolerance (consider recording it anew).
        case improved
        /// Worse than recorded beyond the tolerance.
        case regressed
        /// The metric could not be computed now although it was recorded.
        case missing
        /// Not recorded (a new metric or forecaster): reported, not gated.
        case unrecorded
    }

    public var evaluation: String
    public var forecaster: String
    public var metric: String
    public var recorded: Double?
    public var current: Double?
    public var verdict: Verdict
    /// The loss rise allowed.
    public var allowance: Double

    /// current − recorded, in the metric's units.
    public var absoluteChange: Double? {
        guard let recorded, let current else { return nil }
        return current - recorded
    }

    /// (current − recorded) / |recorded|; nil when recorded is 0.
    public var relativeChange: Double? {
        guard let recorded, let current, recorded != 0 else { return nil }
        return (current - recorded) / abs(recorded)
    }

    /// Whether this check fails the gate.
    public var fails: Bool { verdict == .regressed || verdict == .missing }
}

/// Compares current metric values with a baseline evaluation's recorded ones.
public enum GateComparison {
    /// One check per recorded forecaster × watched metric, in baseline order.
    /// - Parameter current: metric values by forecaster name, then metric name (non-finite
    ///   values absent).
    public static func compare(_ baseline: BaselineEvaluation, current: [String: [String: Double]]) -> [GateCheck] {
        var checks: [GateCheck] = []
        for forecaster in baseline.recorded {
            for metricName in baseline.metrics {
                let metric = AccuracyMetric(name: metricName)
                let recorded = forecaster.values[metricName]
                let now = current[forecaster.name]?[metricName]
                let tolerance = baseline.tolerance(for: metricName)
                var check = GateCheck(evaluation: baseline.evaluation.name, forecaster: forecaster.name, metric: metricName,
                                      recorded: recorded, current: now, verdict: .passed, allowance: 0)
                switch (recorded, now, metric) {
                case (nil, _, _):
                    check.verdict = .unrecorded
                case (.some, nil, _), (.some, .some, nil):
                    check.verdict = .missing
                case let (.some(old), .some(new), .some(metric)):
                    let allowance = tolerance.allowance(recordedLoss: metric.loss(old))
                    let rise = metric.loss(new) - metric.loss(old)
                    check.allowance = allowance
                    check.verdict = rise > allowance ? .regressed : (rise < -allowance ? .improved : .passed)
                }
                checks.append(check)
            }
        }
        return checks
    }

    /// The watched values of an accuracy report, by forecaster name (the recorded names, in
    /// the order of the evaluation's labels), then metric name; non-finite values left out.
    public static func values(_ report: AccuracyReport, labels: [String], names: [String], metrics: [String]) -> [String: [String: Double]] {
        var values: [String: [String: Double]] = [:]
        for (label, name) in zip(labels, names) {
            var byMetric: [String: Double] = [:]
            for metricName in metrics {
                guard let metric = AccuracyMetric(name: metricName),
                      let value = report.value(metric, forecaster: label), value.isFinite else { continue }
                byMetric[metricName] = value
            }
            values[name] = byMetric
        }
        return values
    }
}
