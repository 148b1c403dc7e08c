import Backtest
import Foundation
import Market

/// `replications.csv` of a partial result: every replication's catalogue figures, one row per
/// replication × strategy × phase × metric, with the value as the 16 hex digits of its IEEE
/// bit pattern, so that reading it back gives exactly the doubles the shard computed (decimal
/// text would round). Strategies are their plan index; phase `total` is the whole life.
public enum ReplicationTable {
    public static let fileName = "replications.csv"
    static let header = ["replication", "strategy", "phase", "metric", "bits"]

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
        }
        return rows
    }

    static func bits(_ value: Double) -> String {
        let hex = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads a table written by ``rows(_:)``: the outcomes in file order.
    /// - Throws: ``MergeError`` naming the file and line of anything malformed.
    static func read(path: String, strategies: Int) throws(MergeError) -> [ReplicationOutcome] {
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
            let phase: LifecyclePhase?
            if fields[2] == "total" {
                phase = nil
            } else if let known = LifecyclePhase(rawValue: fields[2]) {
                phase = known
            } else {
                throw MergeError(path: path, problem: "line \(lineNumber): unknown phase '\(fields[2])'")
            }
            if outcomes.last?.replication != replication {
                if let last = outcomes.last?.replication, replication <= last {
                    throw MergeError(path: path, problem: "line \(lineNumber): replication \(replication) after \(last)")
                }
                let empty = StrategyFigures(total: [:], byPhase: [:])
                outcomes.append(ReplicationOutcome(replication: replication, strategies: Array(repeating: empty, count: strategies)))
            }
            let value = Double(bitPattern: pattern)
            let last = outcomes.count - 1
            if let phase {
                outcomes[last].strategies[strategy].byPhase[phase, default: [:]][metric] = value
            } else {
                outcomes[last].strategies[strategy].total[metric] = value
            }
        }
        return outcomes
    }
}

/// A partial result that cannot be merged: which folder or file, and why.
public struct MergeError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var problem: String

    public var description: String { "\(path): \(problem)" }
}
