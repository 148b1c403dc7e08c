import Foundation
import Reporting
import Testing
@testable import WhatIf

/// The table of points: figures consistent with "meets", rows within noise marked, 120 columns.
@Suite("what-if table")
struct WhatIfTableTests {
    /// A point with the given figures; the rest plain.
    static func point(_ value: Double, second: Double? = nil, fill: Double = 0.9, stockout: Double = 0.3, profit: Double = 1000,
                      difference: WhatIfEstimate? = nil, meets: [Bool] = [], withinNoise: Bool = false,
                      measures: [String: WhatIfEstimate] = [:]) -> WhatIfPoint {
        WhatIfPoint(values: [value] + (second.map { [$0] } ?? []), source: .grid, replications: 40,
                    profit: WhatIfEstimate(mean: profit, low: profit - 100, high: profit + 100),
                    fillRate: WhatIfEstimate(mean: fill, low: fill - 0.01, high: fill + 0.01),
                    leftoverUnits: WhatIfEstimate(mean: 10, low: 5, high: 15), lostUnits: WhatIfEstimate(mean: 20, low: 15, high: 25),
                    stockoutProbability: WhatIfEstimate(mean: stockout, low: max(0, stockout - 0.1), high: min(1, stockout + 0.1)),
                    measures: measures, meetsConstraints: meets.isEmpty ? nil : meets.allSatisfy { $0 }, constraintsMet: meets,
                    orderable: true, profitVersusRecommended: difference, withinNoise: withinNoise)
    }

    /// A result around `points`, one varied field at `path`, under `constraints`.
    static func result(_ points: [WhatIfPoint], constraints: [String], path: String = "products[widget].initial_stock",
                       second: String? = nil, measures: [String] = [], recommended: Int? = nil) throws -> WhatIfResult {
        let parsed = try constraints.map { try WhatIfConstraint(parsing: $0) }
        let axes = ([path] + (second.map { [$0] } ?? [])).map {
            WhatIfResult.Axis(path: $0, field: $0, fileValue: 0, wholeNumbers: false, label: "Field", unit: nil, orderable: nil,
                              values: points.map { $0.values[0] })
        }
        return WhatIfResult(scenario: "table", scenarioFile: "table.yaml", strategy: "naive × one-buy", product: nil, seed: 1,
                            replications: 40, axes: axes, uncertainty: [],
                            constraints: WhatIfRecommender(constraints: parsed, paths: []).summaries, measures: measures,
                            points: points, recommendation: WhatIfResult.Recommendation(
                                status: recommended == nil ? .noPointMeetsConstraint : .highestProfitMeetingConstraint,
                                point: recommended, closest: nil, message: "Recommended: something."),
                            refinement: nil, rounding: nil)
    }

    /// The figure shown in `column` of each row, read back as a number, beside the row's "meets".
    static func shown(_ result: WhatIfResult, column header: String, wide: Bool = false) -> [(Double, String)] {
        let (headers, rows) = result.cells
        guard let column = headers.firstIndex(of: header), let meets = headers.firstIndex(of: "meets") else { return [] }
        return rows.map { row in
            let text = row[column].split(separator: " ").first.map(String.init) ?? ""
            return (Double(text.replacingOccurrences(of: ",", with: "")) ?? .nan, row[meets])
        }
    }

    @Test("a constrained figure is shown with the decimals that make it agree with 'meets'", arguments: [
        ("fill_rate>=0.95", "fill rate", [0.94996, 0.95, 0.9504, 0.951, 0.949]),
        ("fill_rate>0.95", "fill rate", [0.95, 0.9500004, 0.96]),
        ("stockout_probability<0.2", "P(stockout)", [0.2, 0.1996, 0.15]),
        ("stockout_probability<=0.25", "P(stockout)", [0.25, 0.2504, 0.2496]),
    ])
    func meetsAgreesWithTheFigure(constraint: String, header: String, values: [Double]) throws {
        let parsed = try WhatIfConstraint(parsing: constraint)
        let points = values.enumerated().map { index, value in
            Self.point(Double(index), fill: header == "fill rate" ? value : 0.9, stockout: header == "P(stockout)" ? value : 0.3,
                       meets: [parsed.isMet(by: value)])
        }
        let result = try Self.result(points, constraints: [constraint])
        for (figure, meets) in Self.shown(result, column: header) {
            #expect(parsed.isMet(by: figure) == (meets == "yes"), "\(figure) shown, meets: \(meets), under \(constraint)")
        }
        // The terminal's narrow table shows the same figures.
        let table = result.table()
        let first = WhatIfFormat.number(values[0], decimals: WhatIfFormat.decimals(showing: values, from: header == "fill rate" ? 3 : 2,
                                                                                    tests: [parsed.isMet(by:)]))
        #expect(table.contains(" \(first) "), "\(table)")
    }

    @Test("rows within noise of the recommendation are marked ≈, the recommended ←, and the marks explained")
    func withinNoiseMarks() throws {
        let close = WhatIfEstimate(mean: -50, low: -120, high: 20), far = WhatIfEstimate(mean: -500, low: -700, high: -300)
        let points = [Self.point(1, difference: far, meets: [true]), Self.point(2, difference: close, meets: [true], withinNoise: true),
                      Self.point(3, difference: WhatIfEstimate(mean: 0, low: 0, high: 0), meets: [true]),
                      Self.point(4, difference: close, meets: [false])]
        let result = try Self.result(points, constraints: ["fill_rate>=0.5"], recommended: 2)
        let marks = result.cells.rows.map { $0.last ?? "" }
        #expect(marks == ["", "≈", "←", ""])
        #expect(result.legend.contains("≈ within noise of it"))
        #expect(result.csv.split(separator: "\n").dropFirst().map { $0.hasSuffix(",true") } == [false, true, false, false])
    }

    @Test("the terminal table fits 120 columns; --wide shows every column")
    func width() throws {
        let big = WhatIfEstimate(mean: -1_234_567_890, low: -1_434_567_890, high: -1_034_567_890)
        let points = (0..<6).map { index in
            Self.point(Double(index) * 1_000_000.5, second: 0.95, profit: 9_876_543_210, difference: big, meets: [true, true, index > 2],
                       measures: ["average_stock_value": WhatIfEstimate(mean: 123_456_789.5, low: 1, high: 2)])
        }
        let result = try Self.result(points, constraints: ["fill_rate>=0.5", "lost_units<=100", "average_stock_value<=2e8"],
                                     path: "products[a-rather-long-product-identifier].lifecycle.phases[maturity].to",
                                     second: "strategies.policies[weekly-95].forecast_order_up_to.service_level",
                                     measures: ["average_stock_value"], recommended: 4)
        let narrow = result.table()
        let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 120 }, "\(lines.filter { $0.count > 120 })")
        // The constrained columns and the paired difference stay; what was dropped is said.
        let header = try #require(lines.first { $0.contains("Δ vs recommended") })
        for kept in ["fill rate", "lost", "average_stock_value", "meets"] { #expect(header.contains(kept), "\(header)") }
        #expect(narrow.contains("left out to fit 120 columns)"))
        let wide = result.table(wide: true)
        #expect(wide.split(separator: "\n").contains { $0.count > 120 })
        #expect(wide.contains("expected profit [95% CI]") && wide.contains("P(stockout)") && !wide.contains("--wide"))
        // A small table is left whole.
        let small = try Self.result([Self.point(1, meets: [true]), Self.point(2, meets: [false])], constraints: ["fill_rate>=0.5"],
                                    recommended: 0)
        #expect(!small.table().contains("left out") && small.table().contains("leftover"))
    }
}
