import Testing
@testable import Reporting

/// The report's charts for the tiny fixture, against committed snapshots in
/// `Charts/Snapshots/report-*.svg` (rerun with UPDATE_SNAPSHOTS=1 to record a deliberate change).
@Suite("Run report snapshots")
struct RunReportSnapshotTests {
    static func charts() throws -> [(String, any SVGChart)] {
        let report = try ReportFixtures.report()
        let product = try #require(report.data.products.first)
        let charts = try #require(report.productCharts(product, calendar: ReportCalendar(report.data.scenario),
                                                       strategies: ShownStrategies(report.summary)))
        let best = try #require(ShownStrategies(report.summary).best(in: product))
        return [("profit", report.profitChart), ("difference", report.differenceChart), ("spread", report.spreadChart),
                ("frontier", report.frontierChart),
                ("demand", charts.demand(best.trace, role: best.role)), ("inventory", charts.inventory()),
                ("forecast", charts.forecast(best.trace))]
    }

    @Test("each chart of the tiny report renders exactly as committed",
          arguments: ["profit", "difference", "spread", "frontier", "demand", "inventory", "forecast"])
    func snapshot(name: String) throws {
        let chart = try #require(try Self.charts().first { $0.0 == name }?.1)
        ChartTestSupport.assertSnapshot(ChartTestSupport.snapshotText(chart.svg), named: "report-\(name).svg")
        #expect(ChartTestSupport.xmlError(chart.svg) == nil)
    }
}
