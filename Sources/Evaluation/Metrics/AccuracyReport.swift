import Forecasting

/// One figure of `accuracy.csv`.
public struct AccuracyRow: Sendable, Hashable {
    /// The forecaster's label.
    public var forecaster: String
    /// What forecasts are compared with: ``AccuracyReport/demandTarget`` (realised demand, `y`)
    /// or ``AccuracyReport/truthTarget`` (the simulator's expected demand).
    public var target: String
    /// `all`; a lifecycle phase (only forecast periods in that phase count); a demand pattern
    /// (only windows whose history before the cutoff is of that class count); or a forecast
    /// origin such as `launch+4` (only the windows of that origin count).
    public var scope: String
    public var metric: AccuracyMetric
    public var value: Double

    public init(forecaster: String, target: String, scope: String, metric: AccuracyMetric, value: Double) {
        self.forecaster = forecaster
        self.target = target
        self.scope = scope
        self.metric = metric
        self.value = value
    }
}

/// A forecaster that failed on some windows of a series.
public struct SeriesFailure: Sendable, Hashable {
    public var forecaster: String
    public var uniqueID: String
    /// Windows it failed on.
    public var windows: Int
    /// Why, at the first failed window.
    public var message: String

    public init(forecaster: String, uniqueID: String, windows: Int, message: String) {
        self.forecaster = forecaster
        self.uniqueID = uniqueID
        self.windows = windows
        self.message = message
    }
}

/// The accuracy of every forecaster of an evaluation (see ``AccuracyMetric`` for definitions).
///
/// A failed forecast counts as forecasting zero (zero-width interval at 0), as `score_cv.py`
/// counts a missing forecast, and the failure is listed in ``failures``. Against the truth only
/// point metrics are given (intervals are statements about realised demand); MASE and RMSSE
/// keep the scale of the realised history, which is all a forecaster could have seen.
public struct AccuracyReport: Sendable {
    public static let demandTarget = "demand"
    public static let truthTarget = "truth"
    public static let allScope = "all"
    /// Phases in lifecycle order; other labels follow alphabetically.
    static let phaseOrder = ["introduction", "growth", "maturity", "decline"]

    public var rows: [AccuracyRow]
    public var failures: [SeriesFailure]

    public init(rows: [AccuracyRow], failures: [SeriesFailure]) {
        self.rows = rows
        self.failures = failures
    }

    /// The value of `metric` for `forecaster`, if computed.
    public func value(_ metric: AccuracyMetric, forecaster: String, target: String = demandTarget,
                      scope: String = allScope) -> Double? {
        rows.first { $0.forecaster == forecaster && $0.metric == metric && $0.target == target && $0.scope == scope }?.value
    }

    /// The lifecycle phases scored separately, in lifecycle order (empty for a sales history,
    /// which carries no phases).
    public var phases: [String] {
        let patterns = Set(DemandPattern.allCases.map(\.rawValue))
        return scopesInRows.filter { !patterns.contains($0) && !Self.isOrigin($0) }
    }

    /// The forecast origins scored separately (`launch+4`, `end-8`), in window order: each
    /// window counts under its origin.
    public var origins: [String] {
        scopesInRows.filter(Self.isOrigin)
    }

    /// Whether `scope` names a forecast origin (``WindowOrigin``).
    static func isOrigin(_ scope: String) -> Bool {
        (try? WindowOrigin(text: scope)) != nil
    }

    /// The demand patterns scored separately (``DemandPattern``, in its order): each window
    /// counts under the class of the series' sales before its cutoff.
    public var patterns: [String] {
        let present = Set(scopesInRows)
        return DemandPattern.allCases.map(\.rawValue).filter(present.contains)
    }

    /// The scopes of ``rows`` other than `all`, in order of first appearance.
    private var scopesInRows: [String] {
        var seen = Set<String>()
        return rows.map(\.scope).filter { $0 != Self.allScope && seen.insert($0).inserted }
    }

    /// The scopes of an evaluation of `series`: `all`, each phase label present, every demand
    /// pattern, then every origin in window order (scopes no window falls in give no rows).
    static func scopes(of series: [EvaluationSeries], origins: [String]) -> [String] {
        var phases = Set<String>()
        for item in series { phases.formUnion(item.phases ?? []) }
        let known = phaseOrder.filter(phases.contains)
        return [allScope] + known + phases.subtracting(phaseOrder).sorted() + DemandPattern.allCases.map(\.rawValue) + origins
    }
}
