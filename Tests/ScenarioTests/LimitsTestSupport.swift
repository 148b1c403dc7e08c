import Backtest
import Foundation
import Testing
@testable import Scenario

/// A one-product scenario with two policies, one of them forecast-driven, whose fields tests
/// replace one at a time. Line numbers are relied on: `price` is on line 6, `initial_stock` on line 10;
/// fields added by `product` follow on lines 11, 12, …
func limitsYAML(product: [String: String] = [:], supply: String = "{lead_time: 2}", periods: Int = 60,
                extra: String = "") -> String {
    var fields: [(String, String)] = [
        ("price", "10"), ("unit_cost", "4"), ("salvage_value", "1"), ("holding_cost", "0.01"),
        ("initial_stock", "50"),
    ]
    for (key, value) in product {
        if let index = fields.firstIndex(where: { $0.0 == key }) { fields[index].1 = value } else { fields.append((key, value)) }
    }
    let written = fields.map { "    \($0.0): \($0.1)" }.joined(separator: "\n")
    return """
    name: limits
    seed: 3
    calendar: {start: 2026-03-02, periods: \(periods)}
    products:
      - id: widget
    \(written)
        lifecycle: {phases: [{phase: maturity, level: 20}]}
        supply: \(supply)
    strategies:
      forecasters: [ses]
      policies:
        - {name: s-S, s_S: {s: 30, S: 80}}
        - {name: fc, forecast_order_up_to: {review: 7, service_level: 0.9}}
    \(extra)
    """
}

/// A sink that keeps only the catalogue figures of each replication.
struct FiguresOnly: BacktestSink {
    var replications: [ReplicationOutcome] = []
    mutating func record(_ outcome: ProductOutcome) {}
    mutating func finishReplication(_ outcome: ReplicationOutcome) { replications.append(outcome) }
}

/// Runs the backtest `sellthrough run` performs on `spec` (oracle included) for `replications`
/// of its replications, on two threads, and returns the summary.
@discardableResult
func runBacktest(_ spec: ScenarioSpec, replications: Int = 1) async throws -> BacktestSummary {
    let plan = try spec.backtestPlan()
    var sink = FiguresOnly()
    return try await Backtester.run(plan, replications: 0..<min(replications, plan.replications), threads: 2, into: &sink)
}
