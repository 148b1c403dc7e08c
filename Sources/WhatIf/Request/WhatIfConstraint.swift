import Backtest
import Scenario
import Spelling

/// A condition a recommended point must meet, on the mean over replications of one measure:
/// written `fill_rate>=0.95`.
///
/// Measures are the catalogue-wide metrics of `sellthrough run` (`fill_rate`, `lost_units`,
/// `leftover_units`, …, in their own units; `regret` is not computed by a sweep) and
/// `stockout_probability`, the share of replications with at least one stockout period (0–1).
/// Comparisons: `>=`, `<=`, `>`, `<`.
public struct WhatIfConstraint: Hashable, Sendable {
    public enum Measure: Hashable, Sendable {
        case metric(Metric)
        case stockoutProbability

        /// The name written on the command line and in the outputs.
        public var name: String {
            switch self {
            case let .metric(metric): return metric.rawValue
            case .stockoutProbability: return "stockout_probability"
            }
        }
    }

    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
        case above = ">"
        case below = "<"

        /// Whether `value` compares so with `threshold`.
        func holds(_ value: Double, _ threshold: Double) -> Bool {
            switch self {
            case .atLeast: return value >= threshold
            case .atMost: return value <= threshold
            case .above: return value > threshold
            case .below: return value < threshold
            }
        }
    }

    public var measure: Measure
    public var comparison: Comparison
    /// In the measure's unit.
    public var threshold: Double

    public init(measure: Measure, comparison: Comparison, threshold: Double) {
        self.measure = measure
        self.comparison = comparison
        self.threshold = threshold
    }

    /// Every measure a constraint may name.
    public static var measureNames: [String] {
        Metric.allCases.filter { $0 != .regret }.map(\.rawValue) + ["stockout_probability"]
    }

    /// Parses `MEASURE OP NUMBER`, spaces optional.
    /// - Throws: ``WhatIfError`` (the request's) for a missing comparison, an unknown measure
    ///   (listing the accepted ones) or a threshold that is not a number.
    public init(parsing text: String) throws(WhatIfError) {
        let hint = "write MEASURE>=NUMBER (or <=, >, <), e.g. fill_rate>=0.95; measures: "
            + Self.measureNames.joined(separator: ", ")
        // Two-character comparisons first, so ">=" is not read as ">" followed by "=0.95".
        let found = Comparison.allCases.compactMap { comparison in
            text.range(of: comparison.rawValue).map { (comparison, $0) }
        }.first
        guard let (comparison, range) = found else {
            throw WhatIfError(.request, "it has no comparison", hint: hint, subject: .constraint(text))
        }
        let name = String(text[..<range.lowerBound]).trimmingSpaces
        let number = String(text[range.upperBound...]).trimmingSpaces
        if name == Metric.regret.rawValue {
            throw WhatIfError(.request, "regret needs the perfect-foresight oracle, which a sweep does not run",
                              hint: "constrain profit or a service measure instead", subject: .constraint(text))
        }
        guard let measure = Self.measure(named: name) else {
            let suggestion = Suggestion.closest(to: name, among: Self.measureNames).map { "did you mean '\($0)'? " } ?? ""
            throw WhatIfError(.request, "unknown measure '\(name)'",
                              hint: suggestion + "measures: " + Self.measureNames.joined(separator: ", "), subject: .constraint(text))
        }
        guard let threshold = Double(number), threshold.isFinite else {
            throw WhatIfError(.request, "'\(number)' is not a number", hint: hint, subject: .constraint(text))
        }
        self.init(measure: measure, comparison: comparison, threshold: threshold)
    }

    private static func measure(named name: String) -> Measure? {
        if name == "stockout_probability" { return .stockoutProbability }
        return Metric(rawValue: name).map(Measure.metric)
    }

    /// Whether a mean of `value` meets the constraint.
    public func isMet(by value: Double) -> Bool {
        comparison.holds(value, threshold)
    }

    /// How far `value` is on the wrong side of the threshold, in the measure's unit; 0 when met.
    public func violation(_ value: Double) -> Double {
        guard !isMet(by: value) else { return 0 }
        return abs(value - threshold)
    }

    /// `fill_rate >= 0.95`.
    public var text: String {
        "\(measure.name) \(comparison.rawValue) \(formatNumber(threshold))"
    }
}
