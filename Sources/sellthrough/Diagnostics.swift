import Evaluation
import Forecasting
import Foundation
import Reporting
import Scenario
import WhatIf
import Workflows

/// Words every error a command meets — from the libraries, from ArgumentParser, from the
/// command itself — as lines that follow the message rule: each starts with `error: `,
/// `warning: ` or `note: `, or is a located `FILE:LINE:COLUMN: error: FIELD: message`.
enum Diagnostics {
    /// The lines that say what `error` is.
    static func lines(for error: any Error) -> [String] {
        switch error {
        case let failure as CommandFailure:
            return failure.lines
        case let error as ScenarioError:
            return error.issues.map(line)
        case let error as InputFileError:
            var lines = error.problems.map(line)
            if error.omitted > 0 {
                lines.append("note: … and \(error.omitted) more problem\(error.omitted == 1 ? "" : "s") of the same kinds")
            }
            if error.remedies.contains(.nameFrequency) {
                lines.append("note: --frequency daily, weekly, monthly or quarterly names it")
            }
            if error.remedies.contains(.fillGaps) { lines.append("note: --fill-gaps zero fills missing periods with y = 0") }
            if error.remedies.contains(.mapColumns) {
                lines.append("note: --id-col, --time-col and --target-col name the columns that hold the series id, date and units sold")
            }
            return lines
        case let error as ForecasterChoiceError:
            return errorLines(error.suggestingDescription)
        case let error as EvaluationSetupError:
            guard case let .input(input) = error else { return errorLines(error.description) }
            return lines(for: input)
        case let error as BaselineError:
            return error.issues.map(\.description)
        case let error as BaselineEvaluationError:
            return lines(for: error.problem) + ["note: in \(error.file), evaluations[\(error.index)] ('\(error.name)')"]
        case let error as WhatIfError:
            return errorLines(error.worded)
        case let error as BaselinesNotFound:
            return errorLines(error.description + " (run from the repository root or pass --baseline FILE)")
        case let error as CocoaError:
            // Foundation's own description is a dump of the error's domain and code.
            let path = (error.userInfo[NSFilePathErrorKey] as? String).map { "\($0): " } ?? ""
            return errorLines(path + error.localizedDescription)
        default:
            return errorLines(String(describing: error))
        }
    }

    /// A scenario problem: located when it has a line, otherwise `error: FILE: FIELD: message`.
    static func line(_ issue: ScenarioIssue) -> String {
        guard issue.line != nil else {
            return "error: \(issue.file): " + (issue.path.isEmpty ? "" : issue.path + ": ")
                + issue.message + (issue.hint.map { " (\($0))" } ?? "")
        }
        return issue.description
    }

    /// A problem of a CSV input: `FILE:ROW: error: COLUMN: message` (rows as a spreadsheet
    /// counts them, the header being row 1), or `error: FILE: message` for the whole file.
    static func line(_ problem: InputProblem) -> String {
        let column = problem.column.map { "\($0): " } ?? ""
        guard let row = problem.row else { return "error: \(problem.file): \(column)\(problem.message)" }
        return "\(problem.file):\(row): error: \(column)\(problem.message)"
    }

    /// `text`, one line per line, each line that does not already follow the rule prefixed
    /// with `error: `; empty lines dropped.
    static func errorLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            let line = String(line)
            return followsRule(line) ? line : "error: " + line
        }
    }

    /// Whether `line` starts as the rule wants: `error: `, `warning: `, `note: `, or a
    /// location `FILE:LINE[:COLUMN]: ` followed by one of them.
    static func followsRule(_ line: String) -> Bool {
        let severities = ["error: ", "warning: ", "note: "]
        if severities.contains(where: line.hasPrefix) { return true }
        // FILE:LINE: or FILE:LINE:COLUMN:, then the severity.
        for severity in severities {
            guard let range = line.range(of: ": " + severity) else { continue }
            let location = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            let numbers = location.reversed().prefix { !$0.isEmpty && $0.allSatisfy(\.isNumber) }.count
            if location.count >= 2, (1...2).contains(numbers), numbers < location.count { return true }
        }
        return false
    }
}
