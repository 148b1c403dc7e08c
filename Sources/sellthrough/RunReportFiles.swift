import ArgumentParser
import Backtest
import Forecasting
import Foundation
import GSL
import Reporting
import Scenario

/// Writing `report-data.json` and `report.html` into a run folder, for `run`, `merge` and
/// `report --replication`.
enum RunReportFiles {
    /// The outline of `spec` as the plan runs it (seed and replications after any override).
    static func overview(_ spec: ScenarioSpec, plan: BacktestPlan) -> ScenarioOverview {
        let model = plan.blueprint.model
        let forecasters = spec.strategies.forecastersRun
        return ScenarioOverview(
            name: spec.name, description: spec.description, seed: plan.seed, replications: plan.replications,
            start: model.calendar.start.description, periods: model.calendar.periods,
            periodLength: model.calendar.length.rawValue, productCount: model.products.count,
            forecasters: forecasters.map(\.name), policies: spec.strategies.policies.map(\.name),
            strategies: plan.strategies.map(\.name), baseline: plan.strategies[plan.baseline].name,
            eventCount: spec.events.count,
            uncertainParameters: spec.uncertainty.isEmpty ? nil : spec.uncertainty.map(\.path.description))
    }

    /// Each strategy's forecaster and policy, by plan order: the plan runs the scenario's
    /// strategy choices in their order, so the choices name the parts.
    static func labels(_ spec: ScenarioSpec, plan: BacktestPlan) -> [StrategyLabel] {
        let choices = spec.strategies.choices
        return plan.strategies.enumerated().map { index, strategy in
            guard index < choices.count, choices[index].name == strategy.name else { return StrategyLabel(name: strategy.name) }
            return StrategyLabel(name: strategy.name, forecaster: choices[index].forecaster?.name, policy: choices[index].policy.name)
        }
    }

    /// The report data of `replication`, computed again on its own: the same seed gives the
    /// same periods as in the run. Only the products the report follows are run, without the
    /// oracle (which the periods do not show).
    /// - Parameter medianProfitOf: the strategy whose median-profit replication it is; nil when
    ///   the reader chose it.
    static func reportData(_ spec: ScenarioSpec, plan: BacktestPlan, replication: Int, medianProfitOf: String?,
                           threads: Int) async throws(GSLError) -> ReportData {
        let model = plan.blueprint.model
        var rerun = plan
        rerun.runsOracle = false
        let followed = Set(0..<ReportCollector.tracedProducts(of: model.products.count))
        for index in rerun.strategies.indices {
            rerun.strategies[index].products = followed.intersection(rerun.strategies[index].products ?? followed)
        }
        var collector = ReportCollector(products: model.products.count, replication: replication,
                                        strategies: plan.strategies.map(\.name))
        _ = try await Backtester.run(rerun, replications: replication..<replication + 1, threads: threads, into: &collector)
        return ReportData(version: Sellthrough.version, scenario: overview(spec, plan: plan), model: model,
                          names: spec.catalogue.map(\.name), collector: collector, medianProfitOf: medianProfitOf)
    }

    /// Writes `report-data.json` and `report.html` for `report`: of replication `chosen`, or by
    /// default of the typical one (median profit of the recommended strategy).
    static func write(_ spec: ScenarioSpec, plan: BacktestPlan, report: BacktestReport, summaryJSON: Data, chosen: Int?,
                      threads: Int, into folder: RunFolder) async throws {
        let replication = chosen ?? report.typicalReplication ?? 0
        let data = try await reportData(spec, plan: plan, replication: replication,
                                        medianProfitOf: chosen == nil ? report.typicalStrategy?.name : nil, threads: threads)
        let bytes = try data.encoded()
        try AtomicFile.write(bytes, to: folder.path(ReportData.fileName))
        try writePage(summaryJSON: summaryJSON, reportDataJSON: bytes, into: folder)
    }

    /// Draws `report.html` into the folder from the bytes of its `summary.json` and
    /// `report-data.json`, exactly as `sellthrough report` would.
    static func writePage(summaryJSON: Data, reportDataJSON: Data, into folder: RunFolder) throws(OutputError) {
        let report: RunReport
        do {
            report = try RunReport(summaryJSON: summaryJSON, reportDataJSON: reportDataJSON, version: Sellthrough.version,
                                   folder: folder.destination)
        } catch {
            throw OutputError(path: folder.path(RunReport.fileName), reason: error.description)
        }
        try AtomicFile.write(report.html, to: folder.path(RunReport.fileName))
    }

    /// Refuses a replication to show that the run does not have (exit 64: a command-line value
    /// out of bounds).
    static func checkShown(_ replication: Int?, option: String, replications: Int) throws(CommandFailure) {
        guard let replication, !(0..<replications).contains(replication) else { return }
        throw CommandFailure(.commandLine, "\(option) \(replication): the run has \(replications) replication\(replications == 1 ? "" : "s"), "
                             + "numbered 0…\(replications - 1) as in metrics.csv")
    }
}
