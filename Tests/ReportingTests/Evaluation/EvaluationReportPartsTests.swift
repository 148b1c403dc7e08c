import Evaluation
import Forecasting
import Foundation
import Testing
@testable import Reporting

/// The parts of the evaluation report that decide something: paired differences, the bias
/// warning, the refusal to rank, the terminal table's width, and the files the panels are
/// drawn again from.
@Suite("evaluation report parts")
struct EvaluationReportPartsTests {
    static func score(_ id: String, _ forecaster: String, _ rmsse: Double) -> SeriesScore {
        SeriesScore(uniqueID: id, forecaster: forecaster, windows: 1, rmsse: rmsse, mase: .nan, mae: .nan, wape: .nan, bias: .nan)
    }

    @Test("paired differences over series, with the Student-t interval, on a hand-checked example")
    func pairedDifferences() throws {
        // ref 1, 2, 3 and f 1.5, 2, 4 on three series: d = 0.5, 0, 1; mean 0.5; sd 0.5. With 2
        // degrees of freedom Student's CDF is 1/2 + t / (2√(2 + t²)), so t(0.975, 2) solves
        // t / √(2 + t²) = 0.95: t = 0.95·√(2 / (1 − 0.95²)) = 4.3026527…; half-width t × 0.5 / √3.
        // "g" lacks an RMSSE on series c, so it is paired on a and b only: d = −0.5, −0.5.
        let scores = [Self.score("a", "ref", 1), Self.score("a", "f", 1.5), Self.score("a", "g", 0.5),
                      Self.score("b", "ref", 2), Self.score("b", "f", 2), Self.score("b", "g", 1.5),
                      Self.score("c", "ref", 3), Self.score("c", "f", 4), Self.score("c", "g", .nan)]
        let differences = PairedDifference.differences(scores, labels: ["ref", "f", "g"], reference: "ref")
        #expect(differences[0].pairs == 0 && differences[0].interval == nil)
        let f = differences[1]
        #expect(f.pairs == 3)
        #expect(abs(f.mean - 0.5) < 1e-15)
        let t = 0.95 * (2 / (1 - 0.95 * 0.95)).squareRoot()
        let half = t * 0.5 / 3.0.squareRoot()
        let interval = try #require(f.interval)
        #expect(abs(interval.lowerBound - (0.5 - half)) < 1e-12 && abs(interval.upperBound - (0.5 + half)) < 1e-12)
        #expect(f.verdict == .indistinguishable)
        let g = differences[2]
        #expect(g.pairs == 2 && g.mean == -0.5)
        #expect(g.interval == -0.5 ... -0.5, "no spread: the interval is the point")
        #expect(g.verdict == .better)
    }

    static func rows(_ forecaster: String, _ values: [(String, AccuracyMetric, Double)]) -> [AccuracyRow] {
        values.map { AccuracyRow(forecaster: forecaster, target: AccuracyReport.demandTarget, scope: $0.0, metric: $0.1, value: $0.2) }
    }

    @Test("a bias is large beyond ±25% on at least 10 series-windows of a demand pattern")
    func biasWarning() {
        let report = AccuracyReport(rows: Self.rows("a", [("lumpy", .bias, 0.26), ("lumpy", .windows, 10), ("smooth", .bias, -0.24),
                                                          ("smooth", .windows, 50)])
                                        + Self.rows("b", [("lumpy", .bias, -0.9), ("lumpy", .windows, 9), ("smooth", .bias, -0.30),
                                                          ("smooth", .windows, 40)]), failures: [])
        let warnings = BiasWarning.warnings(report, forecasters: ["a", "b"])
        #expect(warnings.map { "\($0.forecaster) \($0.pattern)" } == ["a lumpy", "b smooth"])
        #expect(warnings[1].sentence == "b under-forecasts smooth demand by 30% (40 series-windows)")
    }

    static func facts(labels: [String], census: WindowCensus?) -> EvaluationSummary.Facts {
        let manifest = EvaluationManifest(
            tool: "sellthrough", version: "test", command: [], sourceKind: "history", source: "h.csv", seeds: nil, replications: nil,
            frequency: "weekly", horizon: 4, windows: 2, step: 4, minimumLength: 9, season: 52, levels: [80], quantiles: [0.5],
            forecasters: labels, series: 3, evaluatedSeries: 3, threads: 1, startedAt: Date(timeIntervalSince1970: 0), seconds: [:],
            origins: ["end-8", "end-4"], explicitOrigins: false, census: census)
        return EvaluationSummary.Facts(manifest: manifest)
    }

    @Test("no ranking when every scored window sold nothing; an undefined RMSSE is never ranked, let alone first")
    func ranking() {
        let report = AccuracyReport(rows: Self.rows("zero", [("all", .rmsse, .nan)]) + Self.rows("ses", [("all", .rmsse, 0.8)])
                                        + Self.rows("naive", [("all", .rmsse, 0.9)]), failures: [])
        let labels = ["zero", "ses", "naive"]
        let ranked = EvaluationSummary(title: "t", facts: Self.facts(labels: labels, census: WindowCensus(
            scored: 6, allZero: 2, unfitted: 0, skippedSeries: 0, neverSold: 0)), report: report)
        #expect(ranked.refusal == nil)
        #expect(ranked.lines.map(\.forecaster) == ["ses", "naive", "zero"])
        #expect(ranked.lines.map(\.rankText) == ["1", "2", "–"])
        let zeros = EvaluationSummary(title: "t", facts: Self.facts(labels: labels, census: WindowCensus(
            scored: 6, allZero: 6, unfitted: 0, skippedSeries: 0, neverSold: 0)), report: report)
        #expect(zeros.refusal?.contains("every one of the 6 scored series-windows sold nothing") == true)
        #expect(zeros.lines.allSatisfy { $0.rank == nil })
        #expect(zeros.markdown.contains("**Not ranked:** every one of the 6"))
        let undefined = AccuracyReport(rows: Self.rows("ses", [("all", .rmsse, .nan)]), failures: [])
        let none = EvaluationSummary(title: "t", facts: Self.facts(labels: ["ses"], census: WindowCensus(
            scored: 6, allZero: 0, unfitted: 0, skippedSeries: 0, neverSold: 0)), report: undefined)
        #expect(none.refusal?.contains("RMSSE is undefined for every forecaster") == true)
    }

    @Test("the terminal table fits 120 characters, shortening long labels; wide shows every column")
    func tableWidth() {
        let long = "blend=" + String(repeating: "median-of-many-", count: 8)
        let labels = ["ses", long, "naive"]
        let values: [(String, AccuracyMetric, Double)] = [("all", .rmsse, 0.81234), ("all", .mase, 1.2), ("all", .wape, 0.5),
                                                          ("all", .bias, -0.1), ("all", .mae, 123456789.125), ("all", .wrmsse, 0.9),
                                                          ("all", .coverage(80), 0.8)]
        let report = AccuracyReport(rows: labels.flatMap { Self.rows($0, values) }, failures: [])
        let summary = EvaluationSummary(title: "t", facts: Self.facts(labels: labels, census: nil), report: report)
        let table = summary.table()
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 120 }, "\(table)")
        #expect(table.contains("…") && table.contains("RMSSE") && !table.contains("WRMSSE"))
        #expect(summary.hiddenColumns(wide: false) == ["WRMSSE", "cover 80"])
        let wide = summary.table(wide: true)
        #expect(wide.contains("WRMSSE") && wide.contains("cover 80") && wide.contains(long))
        #expect(summary.hiddenColumns(wide: true).isEmpty)
    }

    @Test("the sample takes evenly spaced ranks of units sold in the windows, whatever the series order")
    func sample() {
        // Ten series selling 10, 20, … 100 units in their one window, given in a shuffled order.
        let totals = [30.0, 100, 10, 70, 50, 20, 90, 40, 80, 60]
        let series = totals.enumerated().map { index, total in
            EvaluationSeries(id: "s\(index)", firstPeriod: 0, sales: [1, 1, total], context: ForecastingContext(season: 7))
        }
        let forecasts = series.indices.map { SeriesForecasts(series: $0, windows: [WindowForecasts(cutoff: 2, horizon: 1, forecasters: 1,
                                                                                                      levels: 0, quantiles: 0)]) }
        let outcome = EvaluationOutcome(calendar: SeriesCalendar(startDay: 0, frequency: .daily), series: series, labels: ["m"],
                                        plan: WindowPlan(horizon: 1, windows: 1), questions: ForecastQuestions(levels: []),
                                        forecasts: forecasts)
        // Ranks 1, 4, 7, 10 of 10: 100, 70, 40 and 10 units.
        #expect(ShownSeries.sample(outcome, count: 4).map { totals[$0] } == [100, 70, 40, 10])
        #expect(ShownSeries.sample(outcome, count: 20).count == 10)
    }

    @Test("the shown series' files read back to the same panels")
    func shownFiles() throws {
        let shown = [ShownSeries(id: "a,1", calendar: SeriesCalendar(startDay: 14_000, frequency: .weekly), sales: [0, 3, 5.5, 1e-05, 2], phases: nil, windows: [
            .init(origin: "launch+2", cutoff: 3, paths: [
                .init(forecaster: "ses", mean: [2.5, 0.1], lower: [1, .nan], upper: [4, .nan]),
                .init(forecaster: "naive", mean: [.nan, .nan], lower: [.nan, .nan], upper: [.nan, .nan]),
            ]),
        ]), ShownSeries(id: "b", calendar: SeriesCalendar(startDay: 14_007, frequency: .weekly), sales: [1, 2, 3], phases: ["growth", "growth", "maturity"], windows: [])]
        let files = ShownSeriesFiles.csv(shown)
        let read = try ShownSeriesFiles.read(series: files.series, forecasts: files.forecasts, ids: ["b", "a,1"], frequency: .weekly)
        #expect(read.map(\.id) == ["b", "a,1"])
        #expect(read[1].sales == shown[0].sales && read[0].phases == shown[1].phases)
        #expect(read[1].windows.count == 1 && read[1].windows[0].cutoff == 3 && read[1].windows[0].origin == "launch+2")
        #expect(read[1].windows[0].paths.map(\.forecaster) == ["ses", "naive"])
        #expect(read[1].windows[0].paths[0].mean == [2.5, 0.1])
        #expect(read[1].windows[0].paths[1].mean.allSatisfy { $0.isNaN })
        #expect(throws: ShownSeriesFiles.ReadProblem.self) {
            try ShownSeriesFiles.read(series: files.series, forecasts: files.forecasts, ids: ["missing"], frequency: .weekly)
        }
        // Month-end dates: written as they were read, read back on the same calendar.
        let january = try #require(CivilDay.parse("2024-01-01"))
        let monthly = [ShownSeries(id: "m", calendar: SeriesCalendar(startDay: january, frequency: .monthly, dating: .lastDay),
                                   sales: [1, 2, 3], phases: nil, windows: [])]
        let monthFiles = ShownSeriesFiles.csv(monthly)
        #expect(monthFiles.series.contains("m,2024-02-29,2,") && monthFiles.series.contains("m,2024-03-31,3,"), "\(monthFiles.series)")
        #expect(try ShownSeriesFiles.read(series: monthFiles.series, forecasts: monthFiles.forecasts, ids: ["m"], frequency: .monthly) == monthly)
    }
}
