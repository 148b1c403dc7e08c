/// The values of one figure over replications (a strategy's profit), kept so that its quantiles,
/// and the replication that sits at a quantile, can be read after the run: exactly while at most
/// ``exactCapacity`` replications have come in, and beyond that as a deterministic compaction
/// of fixed-size levels (Manku, Rajagopalan & Lindsay 1998, "Approximate medians and other
/// quantiles in one pass and with limited memory", SIGMOD).
///
/// Level 0 holds replications as they come, each standing for itself. When it is full it is
/// sorted by (value, replication) and every other item — the odd positions at one compaction of
/// that level, the even ones at the next — moves up a level, standing for two; a full level h
/// moves up the same way, its items then standing for 2^(h+1). Nothing is random, so the state
/// is a function of the values in replication order: the same at any thread count, and the same
/// when shards' replications are folded in order by `merge`.
///
/// Memory: at most ``exactCapacity`` items (16 bytes each: 64 KiB) per level; levels number
/// 1 + ⌈log2(n / exactCapacity)⌉ for n replications (one up to 4,096, 9 at a million). Rank
/// error: none up to ``exactCapacity`` replications; beyond, each compaction moves a rank by at
/// most the weight of the items it compacts, so the rank of a reported quantile is off by at most
/// n · (levels − 1) / ``exactCapacity`` (0.2% of n at a million replications).
public struct ReplicationDistribution: Sendable, Hashable {
    /// Replications kept exactly; also the size of every level. Even, so a compaction halves a level.
    public static let exactCapacity = 4096

    /// One replication's value.
    public struct Item: Sendable, Hashable {
        public var value: Double
        public var replication: Int
    }

    /// `levels[h]`: items standing for 2^h replications each.
    private var levels: [[Item]] = [[]]
    /// Per level, compactions so far: its parity picks which half moves up.
    private var compactions: [Int] = [0]
    /// Replications folded in.
    public private(set) var count = 0

    public init() {}

    /// Whether every replication is still kept as itself (no compaction has happened).
    public var isExact: Bool { levels.count == 1 }

    /// Folds in the value of `replication`; replications come in increasing order.
    public mutating func add(_ value: Double, replication: Int) {
        if levels[0].count == Self.exactCapacity { compact(0) }
        levels[0].append(Item(value: value, replication: replication))
        count += 1
    }

    private mutating func compact(_ level: Int) {
        if level + 1 == levels.count {
            levels.append([])
            compactions.append(0)
        }
        if levels[level + 1].count == Self.exactCapacity { compact(level + 1) }
        let sorted = levels[level].sorted(by: Self.precedes)
        let offset = compactions[level] % 2
        compactions[level] += 1
        levels[level + 1] += stride(from: offset, to: sorted.count, by: 2).map { sorted[$0] }
        levels[level].removeAll(keepingCapacity: true)
    }

    /// Order by value, ties by replication: a total order, so sorting is deterministic.
    static func precedes(_ a: Item, _ b: Item) -> Bool {
        a.value != b.value ? a.value < b.value : a.replication < b.replication
    }

    /// Every kept item with the number of replications it stands for, in ascending order.
    private var weighted: [(item: Item, weight: Int)] {
        levels.enumerated().flatMap { level, items in items.map { ($0, 1 << level) } }
            .sorted { Self.precedes($0.item, $1.item) }
    }

    /// The quantile at probability `p` (0…1) and the replication at it, nil before any value.
    ///
    /// Exact: the type 7 quantile (numpy's default: linear interpolation between the order
    /// statistics at ⌊p(n−1)⌋ and ⌈p(n−1)⌉, 0-based), and the replication of the lower one
    /// (ties in value go to the lower replication). So the median of an even number of values is
    /// the mean of the middle two, and its replication is the lower middle one's.
    /// Compacted: the kept item at which the weights, summed in ascending order, pass p(n−1),
    /// without interpolation.
    public func quantile(_ p: Double) -> (value: Double, replication: Int)? {
        quantiles([p]).first
    }

    /// ``quantile(_:)`` at each of `probabilities`, sorting once; empty before any value.
    public func quantiles(_ probabilities: [Double]) -> [(value: Double, replication: Int)] {
        guard count > 0 else { return [] }
        let positions = probabilities.map { min(max($0, 0), 1) * Double(count - 1) }
        guard isExact else {
            let items = weighted
            return positions.map { position in
                var passed = 0
                for (item, weight) in items {
                    passed += weight
                    if Double(passed) > position { return (item.value, item.replication) }
                }
                return (items[items.count - 1].item.value, items[items.count - 1].item.replication)
            }
        }
        let sorted = levels[0].sorted(by: Self.precedes)
        return positions.map { position in
            let lower = Int(position.rounded(.down))
            let upper = min(lower + 1, sorted.count - 1)
            let fraction = position - Double(lower)
            let value = lower == upper || fraction == 0 ? sorted[lower].value
                : sorted[lower].value + fraction * (sorted[upper].value - sorted[lower].value)
            return (value, sorted[lower].replication)
        }
    }

    /// Items kept (for the memory figure the documentation quotes).
    public var keptItems: Int { levels.reduce(0) { $0 + $1.count } }
}
