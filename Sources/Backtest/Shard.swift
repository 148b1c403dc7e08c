/// One of `count` slices of a run's replications, for spreading a run over machines: shard i
/// of N runs replications ⌊R·i/N⌋ ..< ⌊R·(i+1)/N⌋, a contiguous block, so shards concatenated
/// in index order are the run in order.
public struct Shard: Hashable, Sendable, Codable, CustomStringConvertible {
    /// 0-based, below `count`.
    public var index: Int
    /// Number of shards, ≥ 1.
    public var count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw .invalid("the number of shards must be at least 1, got \(count)") }
        guard (0..<count).contains(index) else {
            throw .invalid("shard index \(index) is outside 0…\(count - 1) (shards are numbered from 0)")
        }
        self.index = index
        self.count = count
    }

    /// Reads "i/N".
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw .invalid("'\(text)' is not a shard; write INDEX/COUNT, e.g. 0/4 for the first of four")
        }
        try self.init(index: index, count: count)
    }

    /// The replications of this shard out of `total`; empty when there are more shards than
    /// replications and this one gets none.
    public func replications(of total: Int) -> Range<Int> {
        (total * index / count)..<(total * (index + 1) / count)
    }

    public var description: String { "\(index)/\(count)" }
}

/// A shard that cannot be.
public enum ShardError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case let .invalid(message): return message
        }
    }
}
