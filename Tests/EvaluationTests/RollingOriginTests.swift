import Forecasting
import Testing
@testable import Evaluation

@Suite("rolling-origin evaluation")
struct RollingOriginTests {
    static func excerpt() throws -> (SalesHistory, [EvaluationSeries]) {
        let history = try HistoryImport.read(path: TestFiles.fixture("weekly_demand.csv"))
        return (history, history.evaluationSeries(season: 52))
    }

    @Test("naive forecasts repeat the last fitted period; windows follow the plan; short series are skipped")
    func naiveWindows() async throws {
        let (history, series) = try Self.excerpt()
        let plan = WindowPlan(horizon: 8, windows: 4, minimumLength: WindowPlan.peerMinimumLength(horizon: 8, windows: 4))
        let evaluation = RollingOriginEvaluation(plan: plan, questions: ForecastQuestions(levels: [80]), choices: [.model(entry: "naive", settings: .init())])
        let results = await evaluation.run(series, threads: 2)
        let outcome = EvaluationOutcome(calendar: history.calendar, series: series, labels: evaluation.labels, plan: plan,
                                        questions: evaluation.questions, forecasts: results)
        #expect(outcome.skippedSeries == ["23007"])
        for (item, result) in zip(series, results) where !result.windows.isEmpty {
            #expect(result.windows.map(\.cutoff) == plan.cutoffs(length: item.count))
            for window in result.windows {
                for step in 0..<8 { #expect(window.mean(0, step: step) == item.sales[window.cutoff - 1]) }
                #expect(window.lower(0, level: 0, step: 0) <= window.upper(0, level: 0, levels: 1, step: 0))
            }
        }
    }

    @Test("results are identical whatever the number of threads")
    func deterministic() async throws {
        let (_, series) = try Self.excerpt()
        let choices = try ForecasterChoice.list(text: ForecasterCatalogue.names.joined(separator: ","))
        let evaluation = RollingOriginEvaluation(plan: WindowPlan(horizon: 6, windows: 3, step: 5), questions: ForecastQuestions(levels: [80, 95]), choices: choices)
        let one = await evaluation.run(series, threads: 1)
        for threads in [2, 7] {
            let other = await evaluation.run(series, threads: threads)
            #expect(one.count == other.count)
            for (a, b) in zip(one, other) {
                #expect(a.windows.map(\.cutoff) == b.windows.map(\.cutoff))
                for (x, y) in zip(a.windows, b.windows) {
                    // Bitwise equality, NaN included.
                    #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern))
                    #expect(x.failures == y.failures)
                }
            }
        }
    }

    @Test("progress counts the series done, rising by chunks to the total, at any thread count", arguments: [1, 3])
    func progress(threads: Int) async throws {
        let (_, series) = try Self.excerpt()
        let evaluation = RollingOriginEvaluation(plan: WindowPlan(horizon: 4, windows: 2), questions: ForecastQuestions(levels: [80]),
                                                 choices: [.model(entry: "naive", settings: .init())])
        var reports: [Int] = []
        let results = await evaluation.run(series, threads: threads) { reports.append($0) }
        #expect(results.map(\.series) == Array(series.indices))
        let expected = stride(from: RollingOriginEvaluation.chunkSize, to: series.count, by: RollingOriginEvaluation.chunkSize).map { $0 }
        #expect(reports == expected + [series.count])
    }

    @Test("a forecaster that cannot be made fails per series and window, counted as forecasting zero")
    func failures() async throws {
        let (history, series) = try Self.excerpt()
        let plan = WindowPlan(horizon: 4, windows: 2)
        let choices: [ForecasterChoice] = [.model(entry: "naive", settings: .init()), .model(entry: "no-such-model", settings: .init())]
        let evaluation = RollingOriginEvaluation(plan: plan, questions: ForecastQuestions(levels: [80]), choices: choices)
        let outcome = await EvaluationOutcome.run(evaluation, on: series, calendar: history.calendar, threads: 2)
        let report = AccuracyReport(outcome: outcome)
        #expect(report.failures.count == series.count)
        #expect(report.failures.allSatisfy { $0.forecaster == "no-such-model" && $0.windows == 2 && $0.message.contains("unknown forecaster") })
        #expect(report.failures.allSatisfy { $0.forecaster == "no-such-model" })
        // Forecasting zero: the bias is −1 and WAPE 1.
        #expect(report.value(.bias, forecaster: "no-such-model") == -1)
        #expect(report.value(.wape, forecaster: "no-such-model") == 1)
    }
}
