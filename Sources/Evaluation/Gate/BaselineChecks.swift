import Forecasting
import Spelling

/// What a decoded baseline must satisfy to gate anything: at least one evaluation, each with
/// watched metrics the evaluation computes and recorded forecasters that can be made; every
/// number within its bound. Each problem is reported with the path of its field.
struct BaselineChecks {
    let baseline: Baseline
    /// Reports a problem: the field's path, what is wrong, what to do.
    let report: ([JSONPathComponent], String, String?) -> Void

    /// The metric names the format knows, for "did you mean".
    static let metricNames = ["rmsse", "mase", "wape", "bias", "mae", "rmse", "smape", "wrmsse", "windows",
                              "pinball_0.5", "pinball_0.9", "coverage_80", "coverage_95"]

    func run() {
        if baseline.evaluations.isEmpty {
            report([.key("evaluations")], "no evaluations: the gate would check nothing",
                   "name at least one evaluation; see docs/evaluation.md, Baseline format")
        }
        var names = Set<String>()
        for (index, item) in baseline.evaluations.enumerated() {
            let path: [JSONPathComponent] = [.key("evaluations"), .index(index)]
            if !names.insert(item.evaluation.name).inserted {
                report(path + [.key("evaluation"), .key("name")], "the evaluation '\(item.evaluation.name)' is named twice",
                       "give each evaluation of a baseline its own name")
            }
            check(item, at: path)
        }
    }

    private func check(_ item: BaselineEvaluation, at path: [JSONPathComponent]) {
        if item.evaluation.forecasters != nil {
            report(path + [.key("evaluation"), .key("forecasters")], "a baseline's evaluation does not take forecasters",
                   "leave it out: each recorded[].choice says what runs")
        }
        for problem in item.definition.problems {
            if problem.field == "forecasters" { continue } // recorded, below
            report(path + [.key("evaluation")] + (problem.field.map { [.key($0)] } ?? []), problem.message, nil)
        }
        checkMetrics(item, at: path)
        check(item.tolerance, at: path + [.key("tolerance")])
        for (metric, tolerance) in item.tolerances ?? [:] {
            let at = path + [.key("tolerances"), .key(metric)]
            if !item.metrics.contains(metric) {
                report(at, "'\(metric)' is not a watched metric, so this tolerance does nothing",
                       Suggestion.hint(for: metric, among: item.metrics, listing: "the watched metrics are"))
            }
            check(tolerance, at: at)
        }
        checkRecorded(item, at: path)
    }

    private func checkMetrics(_ item: BaselineEvaluation, at path: [JSONPathComponent]) {
        if item.metrics.isEmpty {
            report(path + [.key("metrics")], "no metrics: the gate would check nothing", "watch e.g. [\"rmsse\", \"wape\"]")
        }
        let questions = item.evaluation.questions
        var seen = Set<String>()
        for (index, name) in item.metrics.enumerated() {
            let at = path + [.key("metrics"), .index(index)]
            if !seen.insert(name).inserted { report(at, "'\(name)' is watched twice", nil) }
            switch AccuracyMetric(name: name) {
            case nil:
                report(at, "unknown metric '\(name)'",
                       Suggestion.closest(to: name, among: Self.metricNames).map { "did you mean '\($0)'?" }
                           ?? "e.g. " + Self.metricNames.joined(separator: ", "))
            case let .coverage(level)? where !questions.levels.contains(where: { abs($0 - level) < 1e-9 }):
                report(at, "'\(name)' is never computed: the evaluation's interval levels are "
                       + questions.levels.map(ForecastQuestions.levelText).joined(separator: ", "),
                       "add \(ForecastQuestions.levelText(level)) to evaluation.levels")
            case let .pinball(level)? where !questions.quantiles.contains(where: { abs($0 - level) < 1e-9 }):
                report(at, "'\(name)' is never computed: the evaluation's quantiles are "
                       + questions.quantiles.map { "\($0)" }.joined(separator: ", "), "add \(level) to evaluation.quantiles")
            default:
                break
            }
        }
    }

    private func check(_ tolerance: Tolerance, at path: [JSONPathComponent]) {
        func text(_ bounds: ClosedRange<Double>) -> String { "\(number(bounds.lowerBound))…\(number(bounds.upperBound))" }
        if !Tolerance.relativeBounds.contains(tolerance.relative) {
            report(path + [.key("relative")], "must be \(text(Tolerance.relativeBounds)), not \(number(tolerance.relative))",
                   "a share of the recorded loss: 0.01 forgives a 1% rise")
        }
        if !Tolerance.absoluteBounds.contains(tolerance.absolute) {
            report(path + [.key("absolute")], "must be \(text(Tolerance.absoluteBounds)), not \(number(tolerance.absolute))",
                   "in the metric's units: 0.001 forgives a rise of 0.001")
        }
    }

    private func checkRecorded(_ item: BaselineEvaluation, at path: [JSONPathComponent]) {
        if item.recorded.isEmpty {
            report(path + [.key("recorded")], "no forecasters recorded: the gate would check nothing",
                   "add {\"name\": \"ses\", \"choice\": \"ses\", \"values\": {}} and let the gate record its values")
        }
        var names = Set<String>()
        for (index, forecaster) in item.recorded.enumerated() {
            let at = path + [.key("recorded"), .index(index)]
            if !names.insert(forecaster.name).inserted {
                report(at + [.key("name")], "the name '\(forecaster.name)' is recorded twice", "give each forecaster its own name")
            }
            for problem in Self.problems(choice: forecaster.choice) {
                report(at + [.key("choice")], problem, nil)
            }
            for (metric, value) in forecaster.values {
                if !item.metrics.contains(metric) {
                    report(at + [.key("values"), .key(metric)], "'\(metric)' is not a watched metric",
                           Suggestion.hint(for: metric, among: item.metrics, listing: "the watched metrics are"))
                }
                if !value.isFinite { report(at + [.key("values"), .key(metric)], "not a finite number", nil) }
            }
        }
    }

    /// 100 → "100", 1e9 → "1,000,000,000", −0.01 → "-0.01".
    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? EvaluationLimits.grouped(Int(value)) : "\(value)"
    }

    /// What is wrong with a forecaster choice's text, with "did you mean" for unknown names.
    static func problems(choice text: String) -> [String] {
        do {
            return try ForecasterChoice(text: text).problems.map(\.suggestingDescription)
        } catch {
            return [error.suggestingDescription]
        }
    }
}

extension Tolerance {
    /// What `relative` may be: a share of the recorded loss (100 lets the loss rise a
    /// hundredfold: anything more gates nothing).
    public static let relativeBounds = 0.0...100.0
    /// What `absolute` may be, in the metric's units.
    public static let absoluteBounds = 0.0...1e9
}
