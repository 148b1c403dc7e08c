import Foundation

/// The one strategy a what-if sweep backtests, picked from the scenario's
/// (``StrategiesSpec/choices``) by its name in the `sellthrough run` table, e.g.
/// `bass × weekly-95`, or `s-S` for a policy that reads no forecast.
struct WhatIfStrategy: Sendable {
    /// Nil for a policy that reads no forecast.
    let forecaster: ForecasterSpec?
    let policy: PolicySpec

    /// As `run` names it: `forecaster × policy`, or the policy alone.
    var name: String { StrategiesSpec.strategyName(forecaster: forecaster?.name, policy: policy.name) }

    /// The scenario's strategy called `requested` (nil: the first). The `×` may also be typed
    /// as `x`, `*` or `/`.
    /// - Throws: ``WhatIfError`` when the scenario has no policy, or no strategy has that name
    ///   (listing the names).
    static func choose(_ requested: String?, in spec: ScenarioSpec) throws(WhatIfError) -> WhatIfStrategy {
        let all = spec.strategies.choices.map { WhatIfStrategy(forecaster: $0.forecaster, policy: $0.policy) }
        guard let first = all.first else {
            throw WhatIfError(.scenario, "\(spec.name) has no policies, so there is no strategy to sweep",
                              hint: "add strategies: {policies: [{name: one-buy, base_stock: {level: 0}}]}; see docs/scenario-format.md")
        }
        guard let requested else { return first }
        let wanted = normalised(requested)
        if let match = all.first(where: { normalised($0.name) == wanted }) { return match }
        throw WhatIfError(.commandLine, "--strategy: no strategy is called '\(requested)'",
                          hint: "the strategies are: " + all.map { "'\($0.name)'" }.joined(separator: ", "))
    }

    /// A name with its separator written `×` and single spaces around it.
    private static func normalised(_ name: String) -> String {
        var text = name
        for separator in [" x ", "*", "/"] { text = text.replacingOccurrences(of: separator, with: "×") }
        return text.split(separator: "×", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces }
            .joined(separator: " × ")
    }

    /// `spec` with only this strategy left, so a plan builds (and runs) nothing else: one
    /// policy, and its forecaster when it reads one.
    func narrowing(_ spec: ScenarioSpec) -> ScenarioSpec {
        var narrowed = spec
        narrowed.strategies = StrategiesSpec(forecasters: forecaster.map { [$0] } ?? StrategiesSpec.defaultForecasters,
                                             policies: [policy])
        return narrowed
    }
}
