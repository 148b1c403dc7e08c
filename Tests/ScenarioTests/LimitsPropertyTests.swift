import Backtest
import Foundation
import Testing
import Yams
@testable import Scenario

/// Every numeric field of a scenario, driven to its documented maximum one at a time, either is
/// refused at validation or runs; just beyond the maximum it is refused at that very field.
@Suite("Limits property")
struct LimitsPropertyTests {
    /// A scenario writing every numeric field the format has: both lifecycles, every noise form,
    /// every distribution family (as lead times and as uncertainty), every event and policy kind.
    /// Short (40 days, one replication), and every product's life ends inside the first 35 days,
    /// so even the longest calendar costs little.
    static let richYAML = """
        name: rich
        seed: 11
        replications: 2
        calendar: {start: 2026-03-02, periods: 40}
        products:
          - id: bass
            price: 20
            unit_cost: 8
            salvage_value: 2
            holding_rate: 0.25
            shortage_penalty: 1
            elasticity: -1.5
            end_of_life: 2026-04-05
            lifecycle: {bass: {market_size: 2000, innovation: 0.01, imitation: 0.2, repeat: {rate: 0.01}}}
            seasonality:
              weekly: [1, 1, 1, 1, 1.2, 1.4, 0.8]
              yearly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
              peaks: [{name: spring, start: 03-20, end: 03-25, lift: 1.3}]
            noise: {negative_binomial: {dispersion: 5}}
            supply: {lead_time: {gamma: {mean: 3, sd: 1}}, order_cost: 10, min_order: 5, case_pack: 4, capacity: 400}
            unmet_demand: {backorder_share: 0.3, churn: 0.1}
            initial_stock: 60
          - id: phases
            price: 15
            holding_cost: 0.02
            end_of_life: 2026-04-05
            lifecycle:
              phases:
                - {phase: introduction, days: 7, from: 1, to: 8}
                - {phase: growth, periods: 7, to: 12}
                - {phase: maturity}
            noise: {zero_inflated: {zero_probability: 0.2, base: {negative_binomial: {dispersion: 3}}}}
            supply: {lead_time: {uniform: {lower: 1, upper: 4}}}
          - {id: trunc, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             noise: {zero_inflated: {zero_probability: 0.1}},
             supply: {lead_time: {truncated_normal: {mean: 3, sd: 1, lower: 0.5, upper: 6}}}}
          - {id: logn, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {lognormal: {mu: 1, sigma: 0.3}}}}
          - {id: expo, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {exponential: {mean: 2}}}}
          - {id: pois, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {poisson: {mean: 3}}}}
          - {id: negb, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {negative_binomial: {mean: 3, dispersion: 2}}}}
          - {id: bino, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {binomial: {trials: 6, probability: 0.5}}}}
          - {id: bern, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {bernoulli: {probability: 0.5}}}}
          - {id: empi, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: {empirical: {values: [1, 3, 7], weights: [2, 1, 1]}}}}
          - {id: cons, price: 9, end_of_life: 2026-04-05, lifecycle: {phases: [{phase: maturity, level: 6}]},
             supply: {lead_time: 2}}
        events:
          - promotion: {name: promo, products: [bass], start: 2026-03-10, days: 4, discount: 0.2, lift: 1.5,
                        dip: {share: 0.3, periods: 3}, effects: [{product: phases, multiplier: 0.9}]}
          - promotion: {products: [trunc], start: 2026-03-12, periods: 2, dip: {share: 0.2, days: 2}}
          - price_change: {products: [logn], date: 2026-03-20, price: 8}
          - shock: {spike: {products: [expo], start: 2026-03-15, periods: 2, lift: 2}}
          - shock: {spike: {products: [pois], start: 2026-03-15, days: 2, lift: 2}}
          - shock: {level_shift: {products: [negb], start: 2026-03-20, factor: 0.8}}
          - shock: {competitor_entry: {products: [bass], start: 2026-03-25, market_share_loss: 0.2, ramp_days: 7}}
          - shock: {supply_disruption: {products: [bino], start: 2026-03-05, days: 10, lead_time_factor: 2, supply_fraction: 0.7}}
          - shock: {supply_disruption: {products: [bern], start: 2026-03-05, periods: 10}}
        strategies:
          forecasters:
            - {ensemble: {name: blend, members: [{ses: {alpha: 0.3}}, {ma: {window: 7}}, {croston: {alpha: 0.1}}]}}
          policies:
            - {name: base, base_stock: {level: 40}}
            - {name: sS, s_S: {s: 20, S: 50, review: 2}}
            - {name: sQ, s_Q: {s: 20, Q: 30}}
            - {name: RS, order_up_to: {review: 7, level: 60}}
            - {name: minmax, min_max: {min: 15, max: 45, review: 1}}
            - {name: one-buy, newsvendor: {critical_ratio: 0.7}}
            - {name: fc, forecast_order_up_to: {review: 7, service_level: 0.9}}
            - {name: fill, forecast_order_up_to: {review: 7, fill_rate: 0.95}}
            - {name: q80, quantile: {review: 7, quantile: 0.8}}
            - name: run-down
              end_of_life: {policy: {s_S: {s: 20, S: 50}}, stop_days: 7, clearance: {days: 7, discount: 0.3}}
        uncertainty:
          - {path: 'products[bass].lifecycle.bass.market_size', lognormal: {mu: 7.6, sigma: 0.3}}
          - {path: 'products[bass].lifecycle.bass.imitation', uniform: {lower: 0.1, upper: 0.3}}
          - {path: 'products[bass].unit_cost', normal: {mean: 8, sd: 0.5}}
          - {path: 'products[bass].price', truncated_normal: {mean: 20, sd: 2, lower: 15, upper: 25}}
          - {path: 'products[bass].initial_stock', binomial: {trials: 100, probability: 0.6}}
          - {path: 'products[phases].price', gamma: {shape: 100, scale: 0.15}}
          - {path: 'products[phases].initial_stock', poisson: {mean: 20}}
          - {path: 'products[trunc].initial_stock', negative_binomial: {mean: 20, dispersion: 4}}
          - {path: 'products[trunc].price', exponential: {mean: 9}}
          - {path: 'products[bass].unmet_demand.churn', bernoulli: {probability: 0.5}}
          - {path: 'products[logn].initial_stock', empirical: {values: [10, 20], weights: [1, 1]}}
          - {path: 'products[expo].price', constant: 9}
        """

    /// A numeric scalar of the resolved scenario: its field path and written text.
    struct NumericField {
        var path: FieldPath
        var text: String
        var isInteger: Bool { !text.contains(".") && !text.contains("e") }
    }

    /// Every numeric scalar of `node`, with its field path.
    static func numericFields(_ node: Node, at path: FieldPath = .root) -> [NumericField] {
        switch node {
        case let .scalar(scalar):
            guard scalar.style == .plain || scalar.style == .any, Double(scalar.string) != nil else { return [] }
            return [NumericField(path: path, text: scalar.string)]
        case let .mapping(mapping):
            return mapping.flatMap { pair in pair.key.string.map { numericFields(pair.value, at: path.key($0)) } ?? [] }
        case let .sequence(sequence):
            return sequence.enumerated().flatMap { numericFields($1, at: path.index($0)) }
        case .alias:
            return []
        }
    }

    /// `node` with the scalar at `components` replaced by `text`.
    static func replacing(_ components: ArraySlice<FieldPath.Component>, in node: Node, with text: String) -> Node {
        guard let first = components.first else {
            return .scalar(Node.Scalar(text, Tag(.implicit), .plain, node.mark))
        }
        switch (first, node) {
        case let (.key(name), .mapping(mapping)):
            var mapping = mapping
            if let index = mapping.firstIndex(where: { $0.key.string == name }) {
                mapping[index] = (key: mapping[index].key, value: replacing(components.dropFirst(), in: mapping[index].value, with: text))
            }
            return .mapping(mapping)
        case let (.index(index), .sequence(sequence)):
            var sequence = sequence
            sequence[index] = replacing(components.dropFirst(), in: sequence[index], with: text)
            return .sequence(sequence)
        default:
            return node
        }
    }

    /// The text of `value` for a field that holds whole numbers or reals.
    static func text(_ value: Double, integer: Bool) -> String {
        if integer {
            return value >= 0x1p63 ? String(UInt64(value)) : String(Int(value))
        }
        return "\(value)"
    }

    @Test("every numeric field at its documented maximum is refused at validation or runs; beyond it, it is refused there")
    func everyFieldAtItsMaximum() async throws {
        let base = try ScenarioSpec.decode(yaml: Self.richYAML, file: "rich.yaml")
        let root = try #require(try Yams.compose(yaml: base.encodedYAML()))
        let fields = Self.numericFields(root)
        #expect(fields.count > 150, "the rich scenario should write every numeric field; found \(fields.count)")
        var ran = 0, refused = 0
        for field in fields {
            let pattern = ScenarioLimits.pattern(of: field.path)
            guard let limit = ScenarioLimits.limit(for: pattern), let upper = limit.bounds.upper else {
                Issue.record("\(field.path) (\(pattern)) has no documented upper limit")
                continue
            }
            // The seed's maximum, 2⁶⁴ − 1, is not a double; its text is written exactly.
            let isSeed = pattern == "seed"
            let maximum = limit.bounds.upperInclusive ? upper : (field.isInteger ? upper - 1 : upper.nextDown)
            let atMaximum = isSeed ? String(UInt64.max) : Self.text(maximum, integer: field.isInteger)
            switch decode(Self.replacing(field.path.components[...], in: root, with: atMaximum)) {
            case let .success(spec):
                do {
                    try await runBacktest(spec)
                    ran += 1
                } catch {
                    Issue.record("\(field.path) = \(atMaximum) validated but did not run: \(error)")
                }
            case .failure:
                refused += 1
            }
            let beyondValue = limit.bounds.upperInclusive ? (field.isInteger ? upper + 1 : upper + max(abs(upper) * 1e-6, 1e-9)) : upper
            let beyond = isSeed ? "18446744073709551616" : Self.text(beyondValue, integer: field.isInteger)
            switch decode(Self.replacing(field.path.components[...], in: root, with: beyond)) {
            case .success:
                Issue.record("\(field.path) = \(beyond) is beyond its limit (\(limit.rangeText)) but validated")
            case let .failure(error):
                // A gamma or lognormal out of bounds is reported at its family, in terms of its mean.
                let parent = FieldPath(components: Array(field.path.components.dropLast())).description
                #expect(error.issues.contains { $0.path == field.path.description || $0.path == parent },
                        "\(field.path) = \(beyond): \(error.issues.map(\.description))")
            }
        }
        #expect(ran > 100, "most maxima should run; ran \(ran), refused \(refused)")
    }

    private func decode(_ root: Node) -> Result<ScenarioSpec, ScenarioError> {
        Result { () throws(ScenarioError) in try ScenarioSpec.decode(root: root, file: "rich.yaml") }
    }
}
