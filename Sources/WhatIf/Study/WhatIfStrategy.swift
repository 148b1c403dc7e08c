import Foundation
import Scenario
import Spelling

/// The one strategy a what-if sweep backtests, picked from the scenario's
/// (``StrategiesSpec/choices``) by its name in the `sellthrough run` table, e.g.
/// `bass × weekly-95`, or `s-S` for a policy that reads no forecast.
///
/// It remembers where its policy and forecaster sit in the scenario's lists, so that every
/// point of a sweep backtests the policy and forecaster *as that point's scenario writes them*:
/// a swept policy parameter reaches the backtest.
struct WhatIfStrategy: Sendable {
    /// As the scenario file writes them (before any swept value is set); no forecaster for a
    /// policy that reads no forecast.
    let forecaster: ForecasterSpec?
    let policy: PolicySpec
    /// Index of the policy in `strategies.policies`.
    let policyIndex: Int
    /// Index of the forecaster in `strategies.forecasters`; nil when the strategy runs without
    /// one, or with the default forecaster of a scenario that lists none.
    let forecasterIndex: Int?

    /// As `run` names it: `forecaster × policy`, or the policy alone.
    var name: String { StrategiesSpec.strategyName(forecaster: forecaster?.name, policy: policy.name) }

    /// Every strategy of `spec`, in the order `run` lists them (``StrategiesSpec/choices``).
    static func all(in spec: ScenarioSpec) -> [WhatIfStrategy] {
        let policies = spec.strategies.policies, forecasters = spec.strategies.forecasters
        return spec.strategies.choices.compactMap { choice in
            guard let policyIndex = policies.firstIndex(where: { $0.name == choice.policy.name }) else { return nil }
            let forecasterIndex = choice.forecaster.flatMap { chosen in forecasters.firstIndex { $0.name == chosen.name } }
            return WhatIfStrategy(forecaster: choice.forecaster, policy: choice.policy, policyIndex: policyIndex,
                                  forecasterIndex: forecasterIndex)
        }
    }

    /// The scenario's strategy called `requested` (nil: the first). The `×` may also be typed
    /// as `x`, `*` or `/`.
    /// - Throws: ``WhatIfError`` when the scenario has no policy, or no strategy has that name
    ///   (listing the names).
    static func choose(_ requested: String?, in spec: ScenarioSpec) throws(WhatIfError) -> WhatIfStrategy {
        let all = all(in: spec)
        guard let first = all.first else {
            throw WhatIfError(.scenario, "\(spec.name) has no policies, so there is no strategy to sweep",
                              hint: "add strategies: {policies: [{name: one-buy, base_stock: {level: 0}}]}; see docs/scenario-format.md")
        }
        guard let requested else { return first }
        let wanted = normalised(requested)
        if let match = all.first(where: { normalised($0.name) == wanted }) { return match }
        let close = Suggestion.closest(to: requested, among: all.map(\.name)).map { "did you mean '\($0)'? " } ?? ""
        throw WhatIfError(.request, "no strategy is called '\(requested)'",
                          hint: close + "the strategies are: " + all.map { "'\($0.name)'" }.joined(separator: ", "),
                          subject: .strategy)
    }

    /// A name with its separator written `×` and single spaces around it.
    private static func normalised(_ name: String) -> String {
        var text = name
        for separator in [" x ", "*", "/"] { text = text.replacingOccurrences(of: separator, with: "×") }
        return text.split(separator: "×", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces }
            .joined(separator: " × ")
    }

    /// `spec` (a point's scenario) with only this strategy left, so a plan builds (and runs)
    /// nothing else: one policy, and its forecaster when it reads one. Both are taken from
    /// `spec` itself, by position, so that values swept into them take effect.
    func narrowing(_ spec: ScenarioSpec) -> ScenarioSpec {
        var narrowed = spec
        let policies = spec.strategies.policies, forecasters = spec.strategies.forecasters
        let policy = policies.indices.contains(policyIndex) ? policies[policyIndex] : self.policy
        let forecaster = forecasterIndex.flatMap { forecasters.indices.contains($0) ? forecasters[$0] : nil } ?? self.forecaster
        narrowed.strategies = StrategiesSpec(forecasters: forecaster.map { [$0] } ?? StrategiesSpec.defaultForecasters,
                                             policies: [policy])
        return narrowed
    }
}
