import Backtest
import Foundation
import Market

/// Partial results of every shard of one run, checked to belong together (same scenario,
/// version, seed, options, and every shard 0…N−1 exactly once), in shard order.
public struct ShardMerge {
    /// The partial folders and their descriptions, by shard index.
    public let parts: [(folder: String, partial: PartialResult)]

    /// Reads and checks `folders`.
    /// - Throws: ``MergeError`` naming the folder that does not fit and what to do.
    public init(folders: [String]) throws(MergeError) {
        var parts: [(folder: String, partial: PartialResult)] = []
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(PartialResult.fileName)
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw MergeError(path: folder, problem: "is not a partial result: it has no readable \(PartialResult.fileName) "
                                 + "(a shard of a sharded run writes one)")
            }
            let partial: PartialResult
            do {
                partial = try JSONDecoder().decode(PartialResult.self, from: data)
            } catch {
                throw MergeError(path: path, problem: "cannot be read as a partial result (\(error))")
            }
            guard partial.format == PartialResult.currentFormat else {
                throw MergeError(path: path, problem: "has format '\(partial.format)'; this sellthrough merges '\(PartialResult.currentFormat)'")
            }
            parts.append((folder, partial))
        }
        guard let first = parts.first?.partial else { throw MergeError(path: ".", problem: "no partial results given") }
        for (folder, partial) in parts {
            let mismatch: String? =
                partial.version != first.version ? "was written by sellthrough \(partial.version), not \(first.version)"
                : partial.scenarioDigest != first.scenarioDigest || partial.scenario != first.scenario
                    ? "is from another scenario (\(partial.scenario), digest \(partial.scenarioDigest)) than \(first.scenario) (digest \(first.scenarioDigest))"
                : partial.seed != first.seed ? "has seed \(partial.seed), not \(first.seed)"
                : partial.replications != first.replications ? "is a shard of \(partial.replications) replications, not \(first.replications)"
                : partial.shard.count != first.shard.count ? "is one of \(partial.shard.count) shards, not \(first.shard.count)"
                : partial.strategies != first.strategies || partial.managedProducts != first.managedProducts
                    || partial.comparedOnSharedProducts != first.comparedOnSharedProducts || partial.baseline != first.baseline ? "compares other strategies"
                : partial.runsOracle != first.runsOracle || partial.commonRandomNumbers != first.commonRandomNumbers
                    || partial.hasMetrics != first.hasMetrics || partial.hasTrace != first.hasTrace || partial.generator != first.generator
                    || partial.shownReplication != first.shownReplication
                    ? "was run with other options (oracle, streams, metrics, trace, generator or shown replication)"
                : nil
            if let mismatch { throw MergeError(path: folder, problem: mismatch + "; merge only the shards of one run") }
        }
        parts.sort { $0.partial.shard.index < $1.partial.shard.index }
        for (expected, part) in parts.enumerated() where part.partial.shard.index != expected {
            let problem = part.partial.shard.index < expected ? "repeats shard \(part.partial.shard)"
                : "follows a gap: shard \(expected)/\(first.shard.count) is missing"
            throw MergeError(path: part.folder, problem: problem + "; give every shard 0…\(first.shard.count - 1) exactly once")
        }
        guard parts.count == first.shard.count else {
            throw MergeError(path: parts[parts.count - 1].folder,
                             problem: "is the last of \(parts.count) shards given; the run has \(first.shard.count): "
                                 + "shard \(parts.count)/\(first.shard.count) is missing")
        }
        self.parts = parts
    }

    /// The run's description (any shard's).
    public var run: PartialResult { parts[0].partial }

    /// The summary of the whole run: every shard's replications folded in order.
    public func summary() throws -> BacktestSummary {
        var summary = BacktestSummary(strategies: run.strategies, managedProducts: run.managedProducts,
                                      comparedOnSharedProducts: run.comparedOnSharedProducts, baseline: run.baseline, seed: run.seed, generator: run.generator)
        for (folder, partial) in parts {
            let path = (folder as NSString).appendingPathComponent(ReplicationTable.fileName)
            let outcomes = try ReplicationTable.read(path: path, strategies: partial.strategies.count,
                                                          comparedOnSharedProducts: partial.comparedOnSharedProducts)
            guard outcomes.map(\.replication) == Array(partial.replicationRange) else {
                throw MergeError(path: path, problem: "holds replications \(outcomes.first?.replication ?? 0)… instead of "
                                 + "\(partial.replicationRange) of shard \(partial.shard); the shard is incomplete")
            }
            for outcome in outcomes { try summary.add(outcome) }
        }
        return summary
    }

    /// Concatenates the shards' `name` files into `path`: the first one's header, then every
    /// shard's rows in shard order. Streams 1 MB at a time, so a trace of any size fits.
    public func concatenate(_ name: String, into path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let output = FileHandle(forWritingAtPath: path)
        else { throw OutputError(path: path, reason: "cannot be created") }
        defer { try? output.close() }
        for (index, part) in parts.enumerated() {
            let source = (part.folder as NSString).appendingPathComponent(name)
            guard let input = FileHandle(forReadingAtPath: source) else {
                throw MergeError(path: source, problem: "is missing; the shard is incomplete")
            }
            defer { try? input.close() }
            // Every shard repeats the header; only the first one's is kept.
            var skippingHeader = index > 0
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                var body = chunk[...]
                if skippingHeader {
                    guard let newline = body.firstIndex(of: UInt8(ascii: "\n")) else { continue }
                    body = body[body.index(after: newline)...]
                    skippingHeader = false
                }
                try output.write(contentsOf: body)
            }
        }
    }
}
