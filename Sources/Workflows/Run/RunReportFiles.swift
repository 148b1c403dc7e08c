import Backtest
import Foundation
import GSL
import Reporting
import Scenario

/// Writing `report-data.json` and `report.html` into a run folder, for a run, a merge and a
/// report drawn again at another replication.
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
                           threads: Int, version: String) async throws(GSLError) -> ReportData {
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
        let recorded = try followed.sorted().map { index throws(GSLError) in
            try plan.blueprint.productMarket(index, seed: plan.seed, replication: replication, generator: plan.generator)
                .recordedDemand?.sales
        }
        return ReportData(version: version, scenario: overview(spec, plan: plan), model: model,
                          names: spec.catalogue.map(\.name), collector: collector, medianProfitOf: medianProfitOf,
                          recordedSales: recorded)
    }

    /// Writes `summary.json`, `summary.md`, `report-data.json` and `report.html` of `report`:
    /// the page follows replication `chosen`, or by default the typical one (median profit of
    /// the recommended strategy).
    static func write(_ report: BacktestReport, spec: ScenarioSpec, plan: BacktestPlan, chosen: Int?, threads: Int,
                      version: String, into folder: ResultFolder) async throws {
        let summaryJSON = try ResultJSON.encode(report)
        try folder.write(summaryJSON, "summary.json")
        try folder.write(report.markdown, "summary.md")
        let replication = chosen ?? report.typicalReplication ?? 0
        let data = try await reportData(spec, plan: plan, replication: replication,
                                        medianProfitOf: chosen == nil ? report.typicalStrategy?.name : nil,
                                        threads: threads, version: version)
        let bytes = try data.encoded()
        try folder.write(bytes, ReportData.fileName)
        // Drawn from the bytes of the folder's own files, exactly as a report drawn again would be.
        let page: RunReport
        do {
            page = try RunReport(summaryJSON: summaryJSON, reportDataJSON: bytes, version: version, folder: folder.folder.destination)
        } catch {
            throw OutputError(path: folder.folder.path(RunReport.fileName), reason: error.description)
        }
        try folder.write(page.html, RunReport.fileName)
    }
}
