import Foundation
import Testing
import Backtest
import Market
@testable import Reporting

/// `summary.json` keeps its names while the report holds typed keys: metrics and phases are
/// JSON objects keyed by their names, read back to the same values; a name that is no metric or
/// phase is refused rather than dropped.
@Suite("summary.json coding")
struct SummaryCodingTests {
    @Test("a report written and read back is written again byte for byte, its keys typed")
    func roundTrip() throws {
        let json = try ReportFixtures.summaryJSON()
        let report = try JSONDecoder().decode(BacktestReport.self, from: json)
        #expect(try ResultJSON.encode(report) == json)
        let top = try #require(report.strategies.first)
        #expect(top.metrics[.profit]?.mean == 1250 && top.metrics[.profit]?.interval95 == 1100...1400)
        #expect(top.versusBaseline[.profit]?.bootstrapInterval95 == 140...485)
        #expect(top.probabilityBest == [.profit: 0.67])
    }

    @Test("phases are keyed by phase name")
    func phases() throws {
        var strategy = try #require(ReportFixtures.summary().strategies.first)
        let figure = Figure(mean: 0.9, standardDeviation: 0, standardError: 0, count: 1, interval95: nil)
        strategy.phases = [.growth: [.fillRate: figure]]
        let text = String(decoding: try ResultJSON.encode(strategy), as: UTF8.self)
        #expect(text.contains(#""phases" : {"#) && text.contains(#""growth" : {"#) && text.contains(#""fill_rate" : {"#))
        let back = try JSONDecoder().decode(BacktestReport.RankedStrategy.self, from: Data(text.utf8))
        #expect(back.phases == [.growth: [.fillRate: figure]])
    }

    @Test("a metric or phase name that is neither is refused")
    func unknownNames() throws {
        var strategy = try #require(ReportFixtures.summary().strategies.first)
        strategy.phases = [.growth: strategy.metrics]
        let text = String(decoding: try ResultJSON.encode(strategy), as: UTF8.self)
        for (from, to) in [(#""fill_rate" : {"#, #""fill_rat" : {"#), (#""phases" : {"#, #""phases" : {"adolescence": {},"#)] {
            #expect(text.contains(from))
            let bad = text.replacingOccurrences(of: from, with: to)
            #expect(throws: DecodingError.self, "\(to)") {
                try JSONDecoder().decode(BacktestReport.RankedStrategy.self, from: Data(bad.utf8))
            }
        }
    }
}
