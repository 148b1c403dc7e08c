import Backtest
import Foundation
import Reporting
import Scenario

/// The closed-loop backtest of every strategy of a scenario, whole or one shard of it.
///
/// A whole run writes `scenario.yaml` (resolved), `metrics.csv` and `trace.csv` (as asked),
/// `summary.json`, `summary.md`, `report-data.json`, `report.html` and `manifest.json`; a shard
/// writes its slice of the files, `replications.csv` and `partial.json` for a merge. The folder
/// appears only once complete, and its results are the same bytes whatever the thread count.
public enum RunWorkflow {
    /// - Throws: ``WorkflowError``: `.input` for a scenario that cannot be read or run;
    ///   `.request` for a baseline the scenario lacks or a shown replication outside the run;
    ///   `.computation` for a value GSL refuses on the way; `.output` when results cannot be written.
    public static func run(_ options: Options, events: WorkflowEvents = { _ in }) async throws(WorkflowError) -> Result {
        let job = try RunJob(options, events: events)
        let (report, files) = try await ResultFolder.produce(at: job.destination, events: events) { folder in
            try await job.write(into: folder, events: events)
        }
        let model = job.plan.blueprint.model
        return Result(scenario: job.spec.name, products: model.products.count, periods: model.calendar.periods,
                      periodLength: model.calendar.length.rawValue, warmUp: model.scoringStart, seed: job.plan.seed,
                      replications: job.plan.replications,
                      ran: job.range, shard: options.shard, strategies: job.plan.strategies.count, report: report, files: files)
    }
}
