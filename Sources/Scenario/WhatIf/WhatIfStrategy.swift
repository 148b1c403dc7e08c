import Foundation

/// The one strategy (forecaster × policy) a what-if sweep backtests, picked from the scenario's
/// by its name in the `sellthrough run` table, e.g. `bass × weekly-95`.
struct WhatIfStrategy: Sendable {
    let forecaster: ForecasterSpec
    let policy: PolicySpec

    /// `forecaster × policy`, as `run` names it.
    var name: String { Self.name(forecaster, policy) }

    static func name(_ forecaster: ForecasterSpec, _ policy: PolicySpec) -> String {
        "\(forecaster.name) × \(policy.name)"
    }

    /// The scenario's strategy called `requested` (nil: the first). The `×` may also be typed
    /// as `x`, `*` or `/`.
    /// - Throws: ``WhatIfError`` when the scenario has no policy, or no strategy has that name
    ///   (listing the names).
    static func choose(_ requested: String?, in spec: ScenarioSpec) throws(WhatIfError) -> WhatIfStrategy {
        let forecasters = spec.strategies.forecasters.isEmpty ? [ForecasterSpec.naive] : spec.strategies.forecasters
        let all = spec.strategies.policies.flatMap { policy in
            forecasters.map { WhatIfStrategy(forecaster: $0, policy: policy) }
        }
        guard let first = all.first else {
            throw WhatIfError(.scenario, "\(spec.name) has no policies, so there is no strategy to sweep",
                              hint: "add strategies: {policies: [{name: one-buy, base_stock: {level: 0}}]}; see docs/scenario-format.md")
        }
        guard let requested else { return first }
        let wanted = normalised(requested)
        if let match = all.first(where: { normalised($0.name) == wanted }) { return match }
        let close = Suggestion.closest(to: requested, among: all.map(\.name)).map { "did you mean '\($0)'? " } ?? ""
        throw WhatIfError(.commandLine, "--strategy: no strategy is called '\(requested)'",
                          hint: close + "the strategies are: " + all.map { "'\($0.name)'" }.joined(separator: ", "))
    }

    /// A name with its separator written `×` and single spaces around it.
    private static func normalised(_ name: String) -> String {
        var text = name
        for separator in [" x ", "*", "/"] { text = text.replacingOccurrences(of: separator, with: "×") }
        return text.split(separator: "×", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces }
            .joined(separator: " × ")
    }

    /// `spec` with only this strategy left, so a plan builds (and runs) nothing else.
    func narrowing(_ spec: ScenarioSpec) -> ScenarioSpec {
        var narrowed = spec
        narrowed.strategies = StrategiesSpec(forecasters: [forecaster], policies: [policy])
        return narrowed
    }
}
