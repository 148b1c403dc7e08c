import Foundation
import Scenario

/// How what-if figures read in the study's sentences (recommendation, refinement, rounding) and
/// in the table and Markdown summary Reporting writes (the CSV and JSON keep every digit).
public enum WhatIfFormat {
    /// Thousands separated by commas, with `decimals` decimals: `4,123,456`, `0.951`.
    public static func number(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = parts.first.map(String.init) ?? text
        var grouped = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        let negative = value < 0 && (grouped + fraction).contains { $0 != "0" && $0 != "," && $0 != "." }
        return (negative ? "-" : "") + grouped + fraction
    }

    /// Decimals that suit a figure of this size: money and units whole, shares to three places.
    public static func decimals(for magnitude: Double) -> Int {
        let size = abs(magnitude)
        if size >= 100 { return 0 }
        if size >= 1 { return 2 }
        return 3
    }

    /// The fewest decimals, from `decimals` up, at which each of `values` shows as a figure that
    /// passes exactly the `tests` it passes itself: a fill rate of 0.94996 is shown as 0.94996,
    /// not as a 0.950 that would seem to meet `fill_rate >= 0.95`. At most 12 more decimals.
    public static func decimals(showing values: [Double], from decimals: Int, tests: [(Double) -> Bool]) -> Int {
        guard !tests.isEmpty else { return decimals }
        for places in decimals...(decimals + 12) {
            let consistent = values.allSatisfy { value in
                guard value.isFinite, let shown = Double(String(format: "%.\(places)f", value)) else { return true }
                return tests.allSatisfy { $0(shown) == $0(value) }
            }
            if consistent { return places }
        }
        return decimals + 12
    }

    /// `mean [low, high]`, all with the decimals that suit the mean.
    public static func estimate(_ estimate: WhatIfEstimate, decimals: Int? = nil) -> String {
        let places = decimals ?? Self.decimals(for: estimate.mean)
        let mean = number(estimate.mean, decimals: places)
        guard let low = estimate.low, let high = estimate.high else { return mean }
        return "\(mean) [\(number(low, decimals: places)), \(number(high, decimals: places))]"
    }

    /// `mean ± half-width` of a symmetric interval (a Student t one); the mean alone without one.
    public static func plusMinus(_ estimate: WhatIfEstimate, decimals: Int) -> String {
        let mean = number(estimate.mean, decimals: decimals)
        guard let low = estimate.low, let high = estimate.high else { return mean }
        return "\(mean) ± \(number((high - low) / 2, decimals: decimals))"
    }

    /// A swept value as YAML writes it (`7340`, `0.12`).
    public static func value(_ value: Double) -> String {
        ScenarioDocument.text(value)
    }
}
