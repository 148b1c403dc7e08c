import Backtest
import Foundation
import Reporting
import Scenario

/// Writing `report-data.json` and `report.html` into a run folder, for `run` and `merge`.
enum RunReportFiles {
    /// The outline of `spec` as the plan runs it (seed and replications after any override).
    static func overview(_ spec: ScenarioSpec, plan: BacktestPlan) -> ScenarioOverview {
        let model = plan.blueprint.model
        // The forecasters some strategy runs, in file order.
        let used = Set(spec.strategies.choices.compactMap(\.forecaster?.name))
        let listed = spec.strategies.forecasters.isEmpty ? StrategiesSpec.defaultForecasters : spec.strategies.forecasters
        let forecasters = listed.filter { used.contains($0.name) }
        return ScenarioOverview(
            name: spec.name, description: spec.description, seed: plan.seed, replications: plan.replications,
            start: model.calendar.start.description, periods: model.calendar.periods,
            periodLength: model.calendar.length.rawValue, productCount: model.products.count,
            forecasters: forecasters.map(\.name), policies: spec.strategies.policies.map(\.name),
            strategies: plan.strategies.map(\.name), baseline: plan.strategies[plan.baseline].name,
            eventCount: spec.events.count,
            uncertainParameters: spec.uncertainty.isEmpty ? nil : spec.uncertainty.map(\.path.description))
    }

    /// Writes `report-data.json` from what `collector` kept; returns its bytes.
    static func writeData<Inner>(_ spec: ScenarioSpec, plan: BacktestPlan, collector: ReportCollector<Inner>,
                                 into folder: RunFolder) throws(OutputError) -> Data {
        let data = ReportData(version: Sellthrough.version, scenario: overview(spec, plan: plan), model: plan.blueprint.model,
                              names: spec.catalogue.map(\.name), collector: collector)
        let bytes = try data.encoded()
        try AtomicFile.write(bytes, to: folder.path(ReportData.fileName))
        return bytes
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
}
