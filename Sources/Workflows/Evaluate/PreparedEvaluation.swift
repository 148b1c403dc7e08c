import Evaluation
import Foundation
import Reporting

/// An evaluation ready to run: its series on one calendar and the forecasters.
public struct PreparedEvaluation {
    public var definition: EvaluationDefinition
    /// "history weekly_demand.csv", "scenario quickstart (seed 42, 1 replication)".
    public var title: String
    public var calendar: SeriesCalendar
    public var series: [EvaluationSeries]
    public var evaluation: RollingOriginEvaluation
    /// Season length given to the forecasters, in periods.
    public var season: Int
    /// Missing periods of the history filled with y = 0, if any.
    public var filledGaps: FilledGaps?

    /// Runs the evaluation on `threads` concurrent tasks (the outcome does not depend on it),
    /// telling `progress` how many series are done.
    public func run(threads: Int, progress: (Int) -> Void = { _ in }) async -> EvaluationOutcome {
        await EvaluationOutcome.run(evaluation, on: series, calendar: calendar, threads: threads, progress: progress)
    }

    /// The manifest of an evaluation folder: source, plan, forecasters, census and timings.
    func manifest(outcome: EvaluationOutcome, threads: Int, provenance: Provenance, startedAt: Date, seconds: [String: Double],
                  shown: ShownChoice? = nil, reference: String? = nil) -> EvaluationManifest {
        EvaluationManifest(
            tool: provenance.tool, version: provenance.version, command: provenance.command,
            sourceKind: definition.scenario != nil ? "scenario" : "history",
            source: definition.scenario ?? definition.history ?? "", title: title, seeds: definition.seeds,
            replications: definition.scenario != nil ? (definition.replications ?? 1) : nil,
            frequency: calendar.frequency.rawValue, horizon: outcome.plan.horizon, windows: outcome.plan.windows,
            step: outcome.plan.step, minimumLength: outcome.plan.minimumLength, season: season,
            levels: outcome.questions.levels, quantiles: outcome.questions.quantiles, forecasters: outcome.labels,
            series: outcome.series.count, evaluatedSeries: outcome.evaluatedSeries, threads: threads,
            startedAt: startedAt, seconds: seconds,
            forecasterSeconds: Dictionary(uniqueKeysWithValues: zip(outcome.labels, outcome.forecasterSeconds)),
            origins: outcome.plan.originLabels, explicitOrigins: outcome.plan.isExplicit, census: outcome.census,
            shownSeries: shown.map { $0.indices.map { outcome.series[$0].id } }, shownChosen: shown?.chosen, reference: reference,
            filledGaps: filledGaps)
    }
}

/// Which series `report.html` draws, and whether the reader chose them.
struct ShownChoice {
    var indices: [Int]
    var chosen: Bool
}
