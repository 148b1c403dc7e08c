import Evaluation

/// JUnit XML for CI systems from the regression gate: one `<testsuite>` per baseline
/// evaluation, one `<testcase>` per forecaster × metric (classname `baseline.evaluation`,
/// name `forecaster metric`), with a `<failure>` for a regression or a metric no longer
/// computed, and `<skipped>` for values not recorded.
public enum JUnitReport {
    /// One baseline evaluation's checks and how long it took (seconds).
    public struct Suite: Sendable {
        public var baseline: String
        public var evaluation: String
        public var checks: [GateCheck]
        public var seconds: Double

        public init(baseline: String, evaluation: String, checks: [GateCheck], seconds: Double) {
            self.baseline = baseline
            self.evaluation = evaluation
            self.checks = checks
            self.seconds = seconds
        }
    }

    /// The XML document.
    public static func xml(_ suites: [Suite]) -> String {
        let tests = suites.reduce(0) { $0 + $1.checks.count }
        let failures = suites.reduce(0) { $0 + $1.checks.filter(\.fails).count }
        let seconds = suites.reduce(0) { $0 + $1.seconds }
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<testsuites name=\"sellthrough check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" time=\"\(time(seconds))\">"]
        for suite in suites {
            let name = escape("\(suite.baseline).\(suite.evaluation)")
            let suiteFailures = suite.checks.filter(\.fails).count
            let skipped = suite.checks.filter { $0.verdict == .unrecorded }.count
            lines.append("  <testsuite name=\"\(name)\" tests=\"\(suite.checks.count)\" failures=\"\(suiteFailures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(time(suite.seconds))\">")
            for check in suite.checks {
                let opening = "    <testcase classname=\"\(name)\" name=\"\(escape("\(check.forecaster) \(check.metric)"))\" time=\"0\""
                switch check.verdict {
                case .passed, .improved:
                    lines.append(opening + "/>")
                case .unrecorded:
                    lines += [opening + ">", "      <skipped message=\"not recorded in the baseline\"/>", "    </testcase>"]
                case .regressed, .missing:
                    let message = escape(GateReportText.describe(check))
                    lines += [opening + ">", "      <failure message=\"\(message)\" type=\"\(check.verdict.rawValue)\">\(message)</failure>", "    </testcase>"]
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with the five XML special characters escaped (attribute-safe).
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func time(_ seconds: Double) -> String {
        NumberText.format(seconds, places: 3)
    }
}

/// How the gate describes a check in words.
public enum GateReportText {
    /// "ses rmsse: 0.8123 → 0.8456 (+0.0333, +4.1%; allowed +0.0081)".
    public static func describe(_ check: GateCheck) -> String {
        let subject = "\(check.evaluation) › \(check.forecaster) › \(check.metric)"
        switch (check.recorded, check.current) {
        case let (recorded?, current?):
            let change = current - recorded
            let relative = check.relativeChange.map { ", " + signed($0 * 100, places: 1) + "%" } ?? ""
            return "\(subject): \(number(recorded)) → \(number(current)) (\(signed(change, places: 4))\(relative); allowed loss rise \(number(check.allowance)))"
        case let (recorded?, nil):
            return "\(subject): recorded \(number(recorded)), now not computed (no usable windows, or the forecaster failed)"
        case let (nil, current?):
            return "\(subject): \(number(current)), not recorded in the baseline (update the baseline to record it)"
        case (nil, nil):
            return "\(subject): neither recorded nor computed"
        }
    }

    static func number(_ value: Double) -> String {
        NumberText.format(value, places: 4)
    }

    static func signed(_ value: Double, places: Int) -> String {
        (value >= 0 ? "+" : "") + NumberText.format(value, places: places)
    }
}
