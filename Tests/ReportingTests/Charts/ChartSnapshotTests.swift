import Testing
@testable import Reporting

@Suite("Chart snapshots")
struct ChartSnapshotTests {
    @Test("each chart type renders its tiny fixed dataset exactly as committed", arguments: ChartFixtures.all().map(\.0))
    func snapshot(kind: String) throws {
        let chart = try #require(ChartFixtures.all().first { $0.0 == kind }?.1)
        ChartTestSupport.assertSnapshot(ChartTestSupport.snapshotText(chart.svg), named: "\(kind).svg")
    }
}
