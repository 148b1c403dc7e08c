import Testing
@testable import Scenario

/// The numeric parameters of a policy rule as field paths below its key, which a what-if sweep
/// names when it says what a strategy reads.
@Suite("policy parameter paths")
struct PolicyParameterPathsTests {
    @Test("what a strategy reads: its policy's parameters, including a run-down's nested ones")
    func parameterPaths() {
        #expect(PolicyRule.sS(s: 1, S: 2, review: 1).parameterPaths == ["s", "S", "review"])
        #expect(PolicyRule.forecastOrderUpTo(review: 7, target: .fillRate(0.9)).parameterPaths == ["review", "fill_rate"])
        let runDown = PolicyRule.endOfLife(policy: .baseStock(level: 5), stopDays: 7, clearance: ClearanceSpec(days: 5, discount: 0.3))
        #expect(runDown.parameterPaths == ["policy.base_stock.level", "stop_days", "clearance.days", "clearance.discount"])
        #expect(runDown.readsForecast == false)
        #expect(PolicyRule.endOfLife(policy: .quantile(review: 1, quantile: 0.9), stopDays: 0, clearance: nil).readsForecast)
    }
}
