import Forecasting
import Testing
@testable import Evaluation

@Suite("forecast origins relative to launch")
struct LaunchOriginTests {
    @Test("origin lists are read in time order; every malformed one is refused with what to write", arguments: [
        ("launch+12, launch+4,launch+8", nil, ["launch+4", "launch+8", "launch+12"]),
        ("end-8,end-24,end-16", nil, ["end-24", "end-16", "end-8"]),
        ("launch+4,end-8", "mix anchors", nil),
        ("launch+4,launch+4", "given twice", nil),
        ("end-3", "fewer than the horizon 7; write end-7 or more", nil),
        ("launch+0", "from 1 to 1000000", nil),
        ("launch+1000001", "from 1 to 1000000", nil),
        ("launch+x", "whole number", nil),
        ("launch4", "write launch+K", nil),
        ("end+8", "write end-K", nil),
        ("start+4", "did you mean launch+K?", nil),
        ("launch+4,,launch+8", "an origin is empty", nil),
        ("launch+4, launch-0,launch-3", nil, ["launch-3", "launch-0", "launch+4"]),
        ("launch-0,end-8", "mix anchors", nil),
        ("launch-x", "from 0 to 1000000", nil),
        ("launch=2", "write launch+K or launch-K", nil),
        ("", "an origin is empty", nil),
    ] as [(String, String?, [String]?)])
    func parsing(_ text: String, _ problem: String?, _ expected: [String]?) {
        do {
            let origins = try WindowOrigin.list(text, horizon: 7)
            #expect(problem == nil, "'\(text)' was accepted")
            #expect(origins.map(\.description) == expected)
        } catch {
            #expect(error.description.contains(problem ?? "no problem expected"), "'\(text)': \(error.description)")
        }
    }

    @Test("launch+K cuts K periods after the launch; windows that do not fit are skipped one by one")
    func launchCutoffs() {
        let plan = WindowPlan(horizon: 3, origins: [.launch(2), .launch(4), .launch(8)])
        // Launch at index 5 of 12 periods: cutoffs 7 and 9 fit (9 + 3 = 12), 13 does not.
        #expect(plan.windows(length: 12, launch: 5).map(\.origin) == [0, 1])
        #expect(plan.windows(length: 12, launch: 5).map(\.cutoff) == [7, 9])
        #expect(plan.windows(length: 12, launch: nil).isEmpty, "a series that never sold has no launch")
        // A history's launch is its first sale; a simulated series (with truth) starts at its first live period.
        #expect(series("h", [0, 0, 0, 3, 1]).launch == 3)
        #expect(series("never", [0, 0, 0]).launch == nil)
        #expect(series("sim", [0, 0, 1], truth: [0.2, 0.5, 0.9]).launch == 0)
    }

    @Test("launch-K cuts K periods before the launch, down to a cutoff of 0; never for a launch the history may not hold")
    func beforeLaunchCutoffs() {
        let plan = WindowPlan(horizon: 3, origins: [.beforeLaunch(2), .beforeLaunch(0), .launch(1)])
        #expect(plan.windows(length: 12, launch: 5).map(\.cutoff) == [3, 5, 6])
        // Launched at the series' start: launch-2 would need periods before it.
        #expect(plan.windows(length: 12, launch: 0).map(\.cutoff) == [0, 1])
        #expect(plan.windows(length: 12, launch: 0, launchSeen: false).map(\.cutoff) == [1])
        #expect(plan.windows(length: 12, launch: 10).map(\.cutoff) == [8], "launch-0 at 10 leaves 2 of the 3 periods")
    }

    /// A library of two daily series: "ref" sells 1, 2, 3, … from the history's first date,
    /// "new" first sells at period 14 (4 a period), when "ref" has lived the analog's 13-period
    /// window. At launch-0 "new" is cut at 0 (nothing fitted); "ref", which may have launched
    /// before the file, has no launch-0 window.
    @Test("at launch-0 only the analog model forecasts more than 0: its look-alike's launch curve as known then")
    func launchZeroEvaluation() async throws {
        let ref = ProductProfile(id: "ref", category: "mugs", price: 3)
        var first = series("ref", (1...20).map(Double.init))
        var second = series("new", [4, 4, 4, 4, 4, 4])
        second.firstPeriod = 14
        let library = AnalogLibrary(references: [
            AnalogLibrary.Reference(profile: ref, firstPeriod: 0, sales: first.sales),
            AnalogLibrary.Reference(profile: ProductProfile(id: "new", category: "mugs", price: 3), firstPeriod: 14, sales: second.sales),
        ])
        first.context = ForecastingContext(season: 7, profile: ref, analogs: library)
        second.context = ForecastingContext(season: 7, profile: library.references[1].profile, analogs: library)
        let plan = WindowPlan(horizon: 3, origins: [.beforeLaunch(0)])
        let evaluation = RollingOriginEvaluation(plan: plan, questions: ForecastQuestions(levels: []),
                                                 choices: [.model(entry: "analog", settings: .init()), .model(entry: "naive", settings: .init())])
        let outcome = await EvaluationOutcome.run(evaluation, on: [first, second],
                                                  calendar: SeriesCalendar(startDay: 0, frequency: .daily), threads: 1)
        #expect(outcome.forecasts[0].windows.isEmpty)
        let window = try #require(outcome.forecasts[1].windows.first)
        #expect(window.cutoff == 0)
        // As of period 13 "ref" has sold 1…14 since its launch at 0: its first three ages.
        #expect((0..<3).map { window.mean(0, step: $0) } == [1, 2, 3])
        #expect((0..<3).map { window.mean(1, step: $0) } == [0, 0, 0])
        let report = AccuracyReport(outcome: outcome)
        #expect(report.origins == ["launch-0"])
        // analog: |4 − 1| + |4 − 2| + |4 − 3| = 6 over 3 periods; naive: 12 over 3.
        #expect(try #require(report.value(.mae, forecaster: "analog", scope: "launch-0")) == 2)
        #expect(try #require(report.value(.mae, forecaster: "naive", scope: "launch-0")) == 4)
        #expect(outcome.census.soldFromFirstDate == 1)
    }

    @Test("trailing windows are the origins end-testSize … end-horizon, with statsforecast's cutoffs")
    func trailingOrigins() {
        let plan = WindowPlan(horizon: 8, windows: 3, step: 4)
        #expect(plan.originLabels == ["end-16", "end-12", "end-8"])
        #expect(!plan.isExplicit)
        #expect(plan.windows(length: 40, launch: 30).map(\.cutoff) == plan.cutoffs(length: 40))
        #expect(plan.cutoffs(length: 40) == [24, 28, 32])
        let explicit = WindowPlan(horizon: 8, origins: [.end(16), .end(8)])
        #expect(explicit.windows(length: 20, launch: 0).map(\.cutoff) == [4, 12])
        #expect(explicit.windows(length: 12, launch: 0).map(\.cutoff) == [4], "end-16 does not fit 12 periods")
    }

    /// Two series on one daily calendar, h = 2, origins launch+2 and launch+4: "early" sells
    /// from index 1 on, "quiet" never sells after its first periods.
    static func outcome() async -> EvaluationOutcome {
        let early = series("early", [0, 2, 4, 6, 8, 10, 12, 14, 16])
        let late = series("late", [0, 0, 0, 5, 5, 0, 0, 0, 0])
        let plan = WindowPlan(horizon: 2, origins: [.launch(2), .launch(4)])
        let evaluation = RollingOriginEvaluation(plan: plan, questions: ForecastQuestions(levels: []),
                                                 choices: [.model(entry: "naive", settings: .init())])
        return await EvaluationOutcome.run(evaluation, on: [early, late], calendar: SeriesCalendar(startDay: 0, frequency: .daily), threads: 1)
    }

    @Test("each origin is a scope of accuracy.csv; the census counts windows selling nothing")
    func scopesAndCensus() async throws {
        let outcome = await Self.outcome()
        // early: launch 1 → cutoffs 3, 5; late: launch 3 → cutoffs 5, 7 (its windows sell nothing).
        #expect(outcome.forecasts[0].windows.map(\.cutoff) == [3, 5])
        #expect(outcome.forecasts[1].windows.map(\.cutoff) == [5, 7])
        #expect(outcome.census == WindowCensus(scored: 4, allZero: 2, unfitted: 0, skippedSeries: 0, neverSold: 0))
        let report = AccuracyReport(outcome: outcome)
        #expect(report.origins == ["launch+2", "launch+4"])
        #expect(report.phases.isEmpty, "origins are not phases")
        // launch+2: early forecasts 4,4 for 6,8; late forecasts 5,5 for 0,0 → Σ|e| = 2 + 4 + 10, n = 4.
        #expect(try #require(report.value(.mae, forecaster: "naive", scope: "launch+2")) == 16.0 / 4)
        // launch+4: early forecasts 8,8 for 10,12 (|e| 2, 4); late forecasts 0,0 for 0,0.
        #expect(try #require(report.value(.mae, forecaster: "naive", scope: "launch+4")) == 6.0 / 4)
    }

    @Test("a window census with every scored window at zero is not rankable")
    func allZeroCensus() async {
        let flat = series("flat", [3, 2, 0, 0, 0, 0, 0, 0])
        let evaluation = RollingOriginEvaluation(plan: WindowPlan(horizon: 2, windows: 2), questions: ForecastQuestions(levels: []),
                                                 choices: [.model(entry: "naive", settings: .init())])
        let outcome = await EvaluationOutcome.run(evaluation, on: [flat], calendar: SeriesCalendar(startDay: 0, frequency: .daily), threads: 1)
        #expect(outcome.census.scored == 2 && outcome.census.allZero == 2)
        #expect(!outcome.census.isRankable)
    }

    @Test("history series selling on the first date are counted: their launch may lie before the file")
    func soldFromFirstDate() async {
        let evaluation = RollingOriginEvaluation(plan: WindowPlan(horizon: 1, origins: [.launch(2)]), questions: ForecastQuestions(levels: []),
                                                 choices: [.model(entry: "naive", settings: .init())])
        let old = series("old", [4, 3, 5, 2])
        var later = series("later", [6, 3, 5, 2])
        later.firstPeriod = 3
        let outcome = await EvaluationOutcome.run(evaluation, on: [old, later, series("new", [0, 3, 5, 2])],
                                                  calendar: SeriesCalendar(startDay: 0, frequency: .daily), threads: 1)
        #expect(outcome.census.soldFromFirstDate == 1, "only 'old' starts on the first date with a sale")
    }

    @Test("per-series scores: RMSSE is the mean over the series' scored windows")
    func seriesScores() async throws {
        let outcome = await Self.outcome()
        let scores = SeriesScore.scores(outcome)
        #expect(scores.map(\.uniqueID) == ["early", "late"])
        // early, cutoff 3: history 0 2 4 → from the first sale 2 4, d = 2, scale 2; errors −2, −4 → √10 / 2.
        // cutoff 5: history 2 4 6 8 from the sale, d = 2, scale 2; errors −2, −4 → √10 / 2.
        let early = try #require(scores.first)
        #expect(early.windows == 2)
        #expect(abs(early.rmsse - 10.0.squareRoot() / 2) < 1e-12)
        #expect(abs(early.bias - (-12.0 / 36)) < 1e-12)
        // late: cutoff 5 history 5 5 (scale 0), cutoff 7 history 5 5 0 0 (|d| 0 5 0, scale 5/3).
        let late = try #require(scores.last)
        #expect(late.windows == 1)
        #expect(late.wape.isNaN, "no demand in its windows: WAPE undefined")
    }
}
