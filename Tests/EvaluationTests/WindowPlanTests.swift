import Testing
@testable import Evaluation

@Suite("rolling-origin windows")
struct WindowPlanTests {
    /// (length, horizon, windows, step) → cutoffs (periods fitted on), or nil when refused.
    /// Obtained by running statsforecast 2.x `StatsForecast(models=[Naive()], freq="W-MON")
    /// .cross_validation(df, h, n_windows, step_size)` on one series of that length and taking
    /// 1 + the position of each cutoff date; (8, 4, 2, 4) raised "too short".
    static let statsforecast: [((Int, Int, Int, Int), [Int]?)] = [
        ((20, 3, 2, 3), [14, 17]),
        ((20, 3, 3, 1), [15, 16, 17]),
        ((30, 5, 2, 7), [18, 25]),
        ((12, 4, 2, 2), [6, 8]),
        ((10, 2, 4, 2), [2, 4, 6, 8]),
        ((9, 4, 2, 4), [1, 5]),
        ((8, 4, 2, 4), nil),
        ((25, 6, 3, 4), [11, 15, 19]),
    ]

    @Test("cutoffs match statsforecast's cross_validation", arguments: statsforecast)
    func matchesStatsforecast(_ testCase: ((Int, Int, Int, Int), [Int]?)) {
        let ((length, horizon, windows, step), expected) = testCase
        let plan = WindowPlan(horizon: horizon, windows: windows, step: step)
        #expect(plan.cutoffs(length: length) == (expected ?? []))
        #expect(plan.accepts(length: length) == (expected != nil))
    }

    @Test("the peer script's minimum length h·windows + 2h skips series statsforecast would take")
    func peerMinimum() {
        let minimum = WindowPlan.peerMinimumLength(horizon: 8, windows: 4)
        #expect(minimum == 48)
        let plan = WindowPlan(horizon: 8, windows: 4, minimumLength: minimum)
        #expect(plan.cutoffs(length: 47).isEmpty)
        #expect(plan.cutoffs(length: 48) == [16, 24, 32, 40])
        #expect(WindowPlan(horizon: 8, windows: 4).cutoffs(length: 33) == [1, 9, 17, 25])
        // A minimum below statsforecast's own is raised to it.
        #expect(WindowPlan(horizon: 3, windows: 2, minimumLength: 2).minimumLength == 7)
    }
}
