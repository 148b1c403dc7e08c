import Foundation
@testable import Reporting

/// A tiny backtest report — one product over ten weeks, three strategies — with every name
/// from the scenario built from `name`, so that escaping tests can plant markup everywhere.
enum ReportFixtures {
    static let hostileName = "<script>alert(\"x\")</script> & \"q\""

    /// The strategies, best first; the second is the baseline.
    static func strategies(_ name: String) -> [String] {
        ["ses × \(name)", "naive × s-S", "ma × weekly"]
    }

    /// `summary.json` of the run, as `sellthrough run` would write it (its recommendation derived
    /// from the strategies by the rules, as the run does).
    static func summaryJSON(name: String = "jacket") throws -> Data {
        let names = strategies(name)
        func figure(_ mean: Double, _ half: Double?) -> [String: Any] {
            var figure: [String: Any] = ["mean": mean, "sd": (half ?? 0) * 2, "se": (half ?? 0) / 2, "n": 3]
            if let half { figure["ci95"] = [mean - half, mean + half] }
            return figure
        }
        let rows: [(profit: Double, fill: Double, stock: Double, difference: Double?, top: Double?, best: Double, frontier: Bool)] = [
            (1250, 0.97, 420, 310, nil, 0.67, true), (940, 0.93, 300, nil, -310, 0.33, true), (700, 0.95, 510, -240, -550, 0, false),
        ]
        let strategies: [[String: Any]] = zip(names, rows).enumerated().map { index, pair in
            let (strategyName, row) = pair
            var versus: [String: Any] = [:]
            if let difference = row.difference {
                versus["profit"] = ["mean": difference, "sd": 100, "ci95": [difference - 180, difference + 180],
                                    "ci95_bootstrap": [difference - 170, difference + 175]]
            } else {
                versus["profit"] = ["mean": 0, "sd": 0]
            }
            // A spread of ±300 around the mean, with a gap in the middle for the last strategy (bimodal).
            let points: [[String: Any]] = (0...20).map { step in
                let offset = Double(step - 10) * 30 + (index == 2 ? (step < 10 ? -150 : step > 10 ? 150 : 0) : 0)
                return ["p": Double(step) / 20, "value": row.profit + offset, "replication": step % 3]
            }
            var strategy: [String: Any] = [
                "rank": index + 1, "tied_with_previous": false, "name": strategyName,
                "forecaster": String(strategyName.split(separator: " ")[0]), "policy": String(strategyName.split(separator: " ").last ?? ""),
                "metrics": ["profit": figure(row.profit, 150), "fill_rate": figure(row.fill, 0.02),
                            "average_stock_value": figure(row.stock, 40), "lost_units": figure(12 - Double(index) * 3, 2),
                            "leftover_units": figure(30 + Double(index) * 10, 4), "write_off": figure(400 + Double(index) * 90, 30),
                            "regret": figure(400 + Double(index) * 100, 50)],
                "phases": [String: Any](), "versus_baseline": versus, "probability_best": ["profit": row.best],
                "pareto_efficient": row.frontier, "profit_quantiles": ["exact": true, "points": points],
            ]
            if let top = row.top { strategy["versus_top"] = ["mean": top, "sd": 90, "ci95": [top - 180, top + 180]] }
            if !row.frontier { strategy["dominated_by"] = names[0] }
            return strategy
        }
        let summary: [String: Any] = [
            "format": BacktestReport.currentFormat, "scenario": "tiny-\(name)", "seed": 7, "replications": 3, "products": 1,
            "periods": 10, "period_length": "week", "baseline": names[1], "common_random_numbers": true, "strategies": strategies,
            "recommendation": ["reason": "none_no_strategy", "tied_on_profit": [String](), "why": [String]()],
        ]
        var report = try JSONDecoder().decode(BacktestReport.self,
                                              from: try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys]))
        report.recommendation = BacktestReport.recommend(report.strategies, replications: report.replications)
        return try ResultJSON.encode(report)
    }

    static func summary(name: String = "jacket") throws -> BacktestReport {
        try JSONDecoder().decode(BacktestReport.self, from: summaryJSON(name: name))
    }

    /// The report data: one product, live in weeks 1…9 of 10, with a promotion and a shock.
    static func data(name: String = "jacket") -> ReportData {
        let names = strategies(name)
        let scenario = ScenarioOverview(
            name: "tiny-\(name)", description: "A tiny scenario about \(name).", seed: 7, replications: 3, start: "2026-09-07",
            periods: 10, periodLength: "week", productCount: 1, forecasters: ["ses", "naive", "ma"],
            policies: [name, "s-S", "weekly"], strategies: names, baseline: names[1], eventCount: 2)
        let demand = [4, 9, 14, 30, 18, 12, 9, 5, 2]
        let expected = [5.0, 9.5, 13, 22, 17, 12.5, 8, 5, 2.5]
        func trace(_ strategy: String, stock: [Int], ordered: [Int], arrivals: [Int], forecastShift: Double) -> StrategyTrace {
            var trace = StrategyTrace(strategy: strategy, first: 1)
            trace.phases = [.init(phase: "growth", first: 1, end: 4), .init(phase: "maturity", first: 4, end: 7),
                            .init(phase: "decline", first: 7, end: 10)]
            trace.expected = expected
            trace.demand = demand
            trace.sold = zip(demand, stock).map { min($0, $1 + $0 / 2) }
            trace.lost = zip(demand, trace.sold).map { $0 - $1 }
            trace.backlog = Array(repeating: 0, count: demand.count)
            trace.onHand = stock
            trace.onOrder = ordered.map { $0 / 2 }
            trace.ordered = ordered
            trace.arrivals = arrivals
            trace.price = Array(repeating: 89, count: demand.count)
            trace.price[3] = 71.2
            trace.promotionPeriods = [4]
            let forecast = expected.enumerated().map { $0.offset == 0 ? 0 : expected[$0.offset - 1] + forecastShift }
            trace.forecast = forecast
            trace.forecastLow = forecast.enumerated().map { $0.offset == 0 ? nil : max(0, $0.element * 0.6) }
            trace.forecastHigh = forecast.enumerated().map { $0.offset == 0 ? nil : $0.element * 1.45 + 1 }
            return trace
        }
        let product = ProductTrace(
            id: "jacket-\(name)", name: "Quilted \(name)", category: "outer\(name)", listPrice: 89, unitCost: 34,
            liveStart: 1, liveEnd: 10,
            events: [ReportEvent(kind: ReportEvent.promotion, name: "promo \(name)", detail: "20% off \(name)", first: 4, last: 4),
                     ReportEvent(kind: ReportEvent.shock, name: "spike \(name)", detail: "demand ×2", first: 6, last: nil)],
            strategies: [
                trace(names[0], stock: [40, 31, 20, 8, 30, 22, 13, 8, 0], ordered: [0, 0, 30, 0, 0, 10, 0, 0, 0],
                      arrivals: [44, 0, 0, 0, 40, 0, 0, 0, 0], forecastShift: 0.5),
                trace(names[1], stock: [40, 31, 17, 0, 25, 13, 24, 19, 0], ordered: [0, 20, 0, 25, 0, 20, 0, 0, 0],
                      arrivals: [44, 0, 0, 0, 43, 0, 20, 0, 0], forecastShift: 0),
                trace(names[2], stock: [40, 35, 25, 5, 20, 30, 21, 16, 0], ordered: [0, 0, 25, 0, 25, 0, 0, 0, 0],
                      arrivals: [44, 0, 0, 0, 35, 25, 0, 0, 0], forecastShift: -1),
            ])
        return ReportData(version: "9.9.9", scenario: scenario, replication: 1, medianProfitOf: names[0], products: [product])
    }

    static func report(name: String = "jacket") throws -> RunReport {
        RunReport(summary: try summary(name: name), data: data(name: name))
    }
}
