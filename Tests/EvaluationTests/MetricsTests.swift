import Forecasting
import Testing
@testable import Evaluation

@Suite("accuracy metrics")
struct MetricsTests {
    /// Two series, one window each (h = 2, cutoff 6), levels [80], quantiles [0.5, 0.9].
    /// Series a: history 0 0 2 4 1 3 (scale from the first sale: 2 4 1 3, differences 2 −3 2),
    /// actual 5 2, forecast mean 3 3, 80% interval [2, 6] and [2.5, 4], quantiles 3 3 and 4 4.
    /// Series b: history 1 2 1 2 1 2 (differences ±1), actual 4 4, forecast 2 2 everywhere.
    static func outcome(prices: Bool) -> EvaluationOutcome {
        let a = series("a", [0, 0, 2, 4, 1, 3, 5, 2], prices: prices ? [1, 1, 1, .nan, 1, 1, 1, 1] : nil)
        let b = series("b", [1, 2, 1, 2, 1, 2, 4, 4], prices: prices ? Array(repeating: 10, count: 8) : nil)
        let questions = ForecastQuestions(levels: [80], quantiles: [0.5, 0.9])
        var windowA = WindowForecasts(cutoff: 6, horizon: 2, forecasters: 1, levels: 1, quantiles: 2)
        windowA.values = [3, 3, /* lo80 */ 2, 2.5, /* hi80 */ 6, 4, /* q.5 */ 3, 3, /* q.9 */ 4, 4]
        var windowB = WindowForecasts(cutoff: 6, horizon: 2, forecasters: 1, levels: 1, quantiles: 2)
        windowB.values = Array(repeating: 2, count: 10)
        return EvaluationOutcome(calendar: SeriesCalendar(startDay: 0, frequency: .daily), series: [a, b], labels: ["m"],
                                 plan: WindowPlan(horizon: 2, windows: 1), questions: questions,
                                 forecasts: [SeriesForecasts(series: 0, windows: [windowA]), SeriesForecasts(series: 1, windows: [windowB])])
    }

    @Test("point metrics, pinball and coverage on a hand-computed frame")
    func handComputed() throws {
        let report = AccuracyReport(outcome: Self.outcome(prices: true))
        func value(_ metric: AccuracyMetric) throws -> Double { try #require(report.value(metric, forecaster: "m")) }
        // Errors: a −2, 1; b −2, −2.  Σ|e| = 7, Σe² = 13, Σe = −5, Σy = 15, n = 4.
        #expect(abs(try value(.mae) - 7.0 / 4) < 1e-12)
        #expect(abs(try value(.rmse) - (13.0 / 4).squareRoot()) < 1e-12)
        #expect(abs(try value(.wape) - 7.0 / 15) < 1e-12)
        #expect(abs(try value(.bias) - -5.0 / 15) < 1e-12)
        // MASE: a 1.5 / (7/3), b 2 / 1; RMSSE: a √2.5 / √(17/3), b 2 / 1.
        let rmsseA = (2.5).squareRoot() / (17.0 / 3).squareRoot()
        #expect(abs(try value(.mase) - (1.5 / (7.0 / 3) + 2) / 2) < 1e-12)
        #expect(abs(try value(.rmsse) - (rmsseA + 2) / 2) < 1e-12)
        // sMAPE terms: 2·2/8, 2·1/5, 2·2/6, 2·2/6.
        #expect(abs(try value(.smape) - (0.5 + 0.4 + 2.0 / 3 + 2.0 / 3) / 4) < 1e-12)
        // Pinball 0.9: a (y 5, q 4) 0.9, (y 2, q 4) 0.2; b (4 vs 2) 1.8 twice. 0.5: |e|/2.
        #expect(abs(try value(.pinball(0.9)) - (0.9 + 0.2 + 1.8 + 1.8) / 4) < 1e-12)
        #expect(abs(try value(.pinball(0.5)) - 7.0 / 8) < 1e-12)
        // 80% interval: 5 ∈ [2, 6] yes, 2 ∈ [2.5, 4] no, 4 ∈ [2, 2] no twice.
        #expect(try value(.coverage(80)) == 0.25)
        #expect(try value(.windows) == 2)
    }

    @Test("WRMSSE weighs by revenue over the last 28 periods (median price where unknown), equally without prices")
    func weights() throws {
        let rmsseA = (2.5).squareRoot() / (17.0 / 3).squareRoot()
        // Revenue before the cutoff: a (0+0+2+4+1+3)·1 = 10 (its unknown price is the median 1),
        // b 9·10 = 90.
        let weighted = try #require(AccuracyReport(outcome: Self.outcome(prices: true)).value(.wrmsse, forecaster: "m"))
        #expect(abs(weighted - (0.1 * rmsseA + 0.9 * 2)) < 1e-12)
        let equal = try #require(AccuracyReport(outcome: Self.outcome(prices: false)).value(.wrmsse, forecaster: "m"))
        #expect(abs(equal - (rmsseA + 2) / 2) < 1e-12)
        #expect(RevenueWeights.revenue(of: series("c", [5, 5], prices: [2, .nan]), before: 2, medianPrice: 2) == 20)
    }

    @Test("phase scopes and the truth target split the same errors")
    func scopesAndTruth() throws {
        let a = series("a", [1, 2, 3, 4, 5, 6], truth: [1, 2, 3, 4, 4, 8], phases: ["growth", "growth", "growth", "growth", "growth", "maturity"])
        var window = WindowForecasts(cutoff: 4, horizon: 2, forecasters: 1, levels: 0, quantiles: 0)
        window.values = [5, 5]
        let outcome = EvaluationOutcome(calendar: SeriesCalendar(startDay: 0, frequency: .daily), series: [a], labels: ["m"],
                                        plan: WindowPlan(horizon: 2, windows: 1), questions: ForecastQuestions(levels: [], quantiles: []),
                                        forecasts: [SeriesForecasts(series: 0, windows: [window])])
        let report = AccuracyReport(outcome: outcome)
        #expect(report.value(.mae, forecaster: "m") == 0.5)
        #expect(report.value(.mae, forecaster: "m", scope: "growth") == 0)
        #expect(report.value(.mae, forecaster: "m", scope: "maturity") == 1)
        #expect(report.value(.mae, forecaster: "m", target: AccuracyReport.truthTarget) == 2)
        #expect(report.value(.coverage(80), forecaster: "m", target: AccuracyReport.truthTarget) == nil)
        #expect(report.value(.wrmsse, forecaster: "m", scope: "growth") == nil)
    }

    @Test("demand-pattern scopes: each window under the class of its history before the cutoff, never after")
    func patternScopes() throws {
        // a: smooth history (ADI 1, CV² 0.2), then a burst; c: lumpy history (ADI 2.5, CV² 0.64),
        // then steady sales; d: no sale before the cutoff, so in `all` only.
        let a = series("a", [0, 0, 2, 4, 1, 3, 40, 0])
        let c = series("c", [0, 1, 0, 0, 9, 0, 5, 5])
        let d = series("d", [0, 0, 0, 0, 0, 0, 3, 3])
        func window(_ mean: Double) -> WindowForecasts {
            var window = WindowForecasts(cutoff: 6, horizon: 2, forecasters: 1, levels: 0, quantiles: 0)
            window.values = [mean, mean]
            return window
        }
        let outcome = EvaluationOutcome(calendar: SeriesCalendar(startDay: 0, frequency: .daily), series: [a, c, d], labels: ["m"],
                                        plan: WindowPlan(horizon: 2, windows: 1), questions: ForecastQuestions(levels: [], quantiles: []),
                                        forecasts: [SeriesForecasts(series: 0, windows: [window(2)]),
                                                    SeriesForecasts(series: 1, windows: [window(4)]),
                                                    SeriesForecasts(series: 2, windows: [window(0)])])
        let report = AccuracyReport(outcome: outcome)
        #expect(report.patterns == ["smooth", "lumpy"])
        #expect(report.phases.isEmpty)
        // a's errors −38, 2; c's −1, −1; d's −3, −3.
        #expect(report.value(.mae, forecaster: "m", scope: "smooth") == 20)
        #expect(report.value(.mae, forecaster: "m", scope: "lumpy") == 1)
        #expect(report.value(.mae, forecaster: "m") == 48.0 / 6)
        #expect(report.value(.mae, forecaster: "m", scope: "intermittent") == nil)
        // Without the burst a's window is still smooth: the class reads nothing after the cutoff.
        let calm = AccuracyReport(outcome: EvaluationOutcome(
            calendar: outcome.calendar, series: [series("a", [0, 0, 2, 4, 1, 3, 2, 2])], labels: ["m"], plan: outcome.plan,
            questions: outcome.questions, forecasts: [SeriesForecasts(series: 0, windows: [window(2)])]))
        #expect(calm.patterns == ["smooth"])
        // The hand-computed frame: both histories are smooth, so the smooth scope is the whole.
        let whole = AccuracyReport(outcome: Self.outcome(prices: false))
        #expect(whole.value(.rmsse, forecaster: "m", scope: "smooth") == whole.value(.rmsse, forecaster: "m"))
    }

    @Test("metric names round-trip; losses make bias and coverage comparable")
    func names() {
        for metric in [AccuracyMetric.mae, .rmsse, .wrmsse, .pinball(0.975), .pinball(0.5), .coverage(80), .coverage(97.5)] {
            #expect(AccuracyMetric(name: metric.description) == metric)
        }
        #expect(AccuracyMetric.pinball(0.5).description == "pinball_0.5")
        #expect(AccuracyMetric.coverage(80).description == "coverage_80")
        #expect(AccuracyMetric.bias.loss(-0.2) == 0.2)
        #expect(abs(AccuracyMetric.coverage(80).loss(0.7) - 0.1) < 1e-12)
    }
}
