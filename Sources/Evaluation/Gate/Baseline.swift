/// A committed accuracy baseline (`Results/baselines/NAME.json`): evaluations to rerun, the
/// metrics to watch with their tolerances, and the values recorded.
///
/// ```json
/// {"description": "…", "evaluations": [{
///   "evaluation": {"name": "quickstart", "scenario": "Scenarios/quickstart.yaml", "seeds": [42],
///                  "horizon": 14, "windows": 3, "levels": [80], "forecasters": ["ses", "naive"]},
///   "metrics": ["rmsse", "mase", "wape", "coverage_80"],
///   "tolerance": {"relative": 0.01, "absolute": 0.005},
///   "tolerances": {"coverage_80": {"relative": 0, "absolute": 0.03}},
///   "recorded": [{"name": "ses", "choice": "ses", "values": {"rmsse": 0.91, …}}, …]}]}
/// ```
/// `recorded[i].choice` is what runs and `name` what it is compared under, so a baseline can
/// name any configured choice (that is also how the gate's own tests inject a worse model).
public struct Baseline: Codable, Sendable, Hashable {
    public var description: String?
    public var evaluations: [BaselineEvaluation]

    public init(description: String? = nil, evaluations: [BaselineEvaluation]) {
        self.description = description
        self.evaluations = evaluations
    }
}

/// One evaluation of a baseline.
public struct BaselineEvaluation: Codable, Sendable, Hashable {
    /// What to run. Its `forecasters` are ignored in favour of `recorded[].choice`.
    public var evaluation: EvaluationDefinition
    /// Metric names watched (``AccuracyMetric``), against realised demand, all periods.
    public var metrics: [String]
    /// The default tolerance.
    public var tolerance: Tolerance
    /// Per-metric tolerances overriding the default.
    public var tolerances: [String: Tolerance]?
    /// Recorded values per forecaster.
    public var recorded: [RecordedForecaster]

    public init(evaluation: EvaluationDefinition, metrics: [String], tolerance: Tolerance = .standard,
                tolerances: [String: Tolerance]? = nil, recorded: [RecordedForecaster]) {
        self.evaluation = evaluation
        self.metrics = metrics
        self.tolerance = tolerance
        self.tolerances = tolerances
        self.recorded = recorded
    }

    /// The definition with the recorded forecasters' choices.
    public var definition: EvaluationDefinition {
        var definition = evaluation
        definition.forecasters = recorded.map(\.choice)
        return definition
    }

    /// The tolerance of `metric`.
    public func tolerance(for metric: String) -> Tolerance {
        tolerances?[metric] ?? tolerance
    }
}

/// A forecaster's recorded metric values. Metrics that were not finite are left out.
public struct RecordedForecaster: Codable, Sendable, Hashable {
    /// The name results are compared under.
    public var name: String
    /// The forecaster choice run (text form).
    public var choice: String
    /// Metric values by metric name.
    public var values: [String: Double]

    public init(name: String, choice: String, values: [String: Double]) {
        self.name = name
        self.choice = choice
        self.values = values
    }
}

/// How much worse a metric may get before the gate fails: the loss (``AccuracyMetric/loss(_:)``)
/// may rise by at most max(`absolute`, `relative` × recorded loss).
public struct Tolerance: Codable, Sendable, Hashable {
    public var relative: Double
    public var absolute: Double

    public init(relative: Double, absolute: Double) {
        self.relative = relative
        self.absolute = absolute
    }

    /// 1% relative, 0.001 absolute: evaluations are deterministic, so unchanged code
    /// reproduces the recorded values exactly and any tolerance only forgives deliberate
    /// small changes.
    public static let standard = Tolerance(relative: 0.01, absolute: 0.001)

    /// The largest allowed rise of the loss from `recordedLoss`.
    public func allowance(recordedLoss: Double) -> Double {
        max(absolute, relative * abs(recordedLoss))
    }
}
