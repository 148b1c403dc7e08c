import Backtest
import Foundation
import Market

/// `replications.csv` of a partial result: every replication's catalogue figures, one row per
/// replication × strategy × scope × metric, with the value as the 16 hex digits of its IEEE
/// bit pattern, so that reading it back gives exactly the doubles the shard computed (decimal
/// text would round). Strategies are their plan index. The scope is `total` (the whole life),
/// a lifecycle phase, or, for a strategy that manages other products than the baseline,
/// `shared` and `shared-baseline`: its figures and the baseline's on the products both manage.
public enum ReplicationTable {
    public static let fileName = "replications.csv"
    static let header = ["replication", "strategy", "scope", "metric", "bits"]
    static let sharedScope = "shared"
    static let sharedBaselineScope = "shared-baseline"

    /// The rows of one outcome, in a fixed order.
    static func rows(_ outcome: ReplicationOutcome) -> [[String]] {
        var rows: [[String]] = []
        for (strategy, figures) in outcome.strategies.enumerated() {
            let prefix = [String(outcome.replication), String(strategy)]
            for metric in Metric.allCases {
                guard let value = figures.total[metric] else { continue }
                rows.append(prefix + ["total", metric.rawValue, bits(value)])
            }
            for phase in LifecyclePhase.allCases {
                guard let values = figures.byPhase[phase] else { continue }
                for metric in Metric.allCases {
                    guard let value = values[metric] else { continue }
                    rows.append(prefix + [phase.rawValue, metric.rawValue, bits(value)])
                }
            }
            guard let shared = figures.sharedWithBaseline else { continue }
            for (scope, values) in [(sharedScope, shared.own), (sharedBaselineScope, shared.baseline)] {
                for metric in Metric.allCases {
                    guard let value = values[metric] else { continue }
                    rows.append(prefix + [scope, metric.rawValue, bits(value)])
                }
            }
        }
        return rows
    }

    static func bits(_ value: Double) -> String {
        let hex = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads a table written by ``rows(_:)``: the outcomes in file order.
    /// - Parameter comparedOnSharedProducts: per strategy, whether it has shared figures (they
    ///   may be empty: no row then, when it shares no product with the baseline).
    /// - Throws: ``MergeError`` naming the file and line of anything malformed.
    static func read(path: String, strategies: Int, comparedOnSharedProducts: [Bool]) throws(MergeError) -> [ReplicationOutcome] {
        guard comparedOnSharedProducts.count == strategies else {
            throw MergeError(path: path, problem: "belongs to a partial.json naming \(strategies) strategies but "
                             + "\(comparedOnSharedProducts.count) comparedOnSharedProducts entries; run the shard again")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw MergeError(path: path, problem: "cannot be read (\(error.localizedDescription))")
        }
        var outcomes: [ReplicationOutcome] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber == 1 {
                guard line == header.joined(separator: ",") else {
                    throw MergeError(path: path, problem: "line 1 is not the header \(header.joined(separator: ","))")
                }
                continue
            }
            if line.isEmpty { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let replication = Int(fields[0]), let strategy = Int(fields[1]),
                  (0..<strategies).contains(strategy), let metric = Metric(rawValue: fields[3]),
                  fields[4].count == 16, let pattern = UInt64(fields[4], radix: 16)
            else {
                throw MergeError(path: path, problem: "line \(lineNumber) is malformed: \(line)")
            }
            if outcomes.last?.replication != replication {
                if let last = outcomes.last?.replication, replication <= last {
                    throw MergeError(path: path, problem: "line \(lineNumber): replication \(replication) after \(last)")
                }
                let empty = (0..<strategies).map { index in
                    StrategyFigures(total: [:], byPhase: [:], sharedWithBaseline: comparedOnSharedProducts[index]
                                        ? SharedFigures(own: [:], baseline: [:]) : nil)
                }
                outcomes.append(ReplicationOutcome(replication: replication, strategies: empty))
            }
            let value = Double(bitPattern: pattern)
            let last = outcomes.count - 1
            switch fields[2] {
            case "total":
                outcomes[last].strategies[strategy].total[metric] = value
            case sharedScope where comparedOnSharedProducts[strategy]:
                outcomes[last].strategies[strategy].sharedWithBaseline?.own[metric] = value
            case sharedBaselineScope where comparedOnSharedProducts[strategy]:
                outcomes[last].strategies[strategy].sharedWithBaseline?.baseline[metric] = value
            default:
                guard let phase = LifecyclePhase(rawValue: fields[2]) else {
                    throw MergeError(path: path, problem: "line \(lineNumber): unknown scope '\(fields[2])' for strategy \(strategy)")
                }
                outcomes[last].strategies[strategy].byPhase[phase, default: [:]][metric] = value
            }
        }
        return outcomes
    }
}

/// A partial result that cannot be merged: which folder or file, and why.
public struct MergeError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
