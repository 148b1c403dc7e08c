/// Temporal aggregation of an intermittent series into non-overlapping buckets (Nikolopoulos et
/// al. 2011): the arithmetic ADIDA and IMAPA share.
///
/// **Buckets end at the last period.** A history of n periods in buckets of L periods leaves
/// r = n mod L periods over; the *oldest* r are dropped, so the last bucket ends with the last
/// observation and the forecast uses the most recent demand (statsforecast cuts the same way).
enum TemporalAggregation {
    /// The aggregation level of a history: its mean inter-demand interval in periods, rounded to
    /// the nearest whole number (halves to even, as statsforecast's Python `round` does), ≥ 1;
    /// 1 for a history without demand.
    ///
    /// The intervals are counted as statsforecast counts them, the first from one period before
    /// the history starts; they add up to the position of the last demand (1-based), so the mean
    /// is that position over the number of demands. (Leaving the censored first interval out, as
    /// ``CrostonState`` does, gives longer buckets here and slightly worse accuracy on the Online
    /// Retail data: ADIDA MASE 0.7714 vs 0.7696.)
    static func level(of history: [Double]) -> Int {
        var demands = 0
        var lastPosition = 0
        for (index, value) in history.enumerated() where value > 0 {
            demands += 1
            lastPosition = index + 1
        }
        guard demands > 0 else { return 1 }
        let mean = Double(lastPosition) / Double(demands)
        return max(1, Int(mean.rounded(.toNearestOrEven)))
    }

    /// The sums of `history` in buckets of `level` periods, the oldest `history.count mod level`
    /// periods dropped, written into `sums` (replacing its contents, keeping its capacity).
    static func bucketSums(_ history: [Double], level: Int, into sums: inout [Double]) {
        precondition(level >= 1, "TemporalAggregation: the level must be ≥ 1, got \(level)")
        sums.removeAll(keepingCapacity: true)
        var index = history.count % level
        while index < history.count {
            var total = 0.0
            for offset in 0..<level { total += history[index + offset] }
            sums.append(total)
            index += level
        }
    }
}

/// SES on the bucket totals of one aggregation level, run online: periods are added to the open
/// bucket, and when it holds `bucketSize` periods its total moves the smoothed level
/// ℓ ← ℓ + α(total − ℓ) (ℓ starts at the first total). The forecast of every future period is the
/// bucket forecast spread evenly over its periods, ℓ/L.
///
/// The first `skip` periods are ignored, so that a replay of a history from its start forms the
/// buckets of ``TemporalAggregation/bucketSums(_:level:into:)``: it ends on a bucket boundary
/// with exactly the batch level. Afterwards buckets continue from there.
public struct AggregatedLevelState: IntermittentState {
    /// Periods per bucket, L ≥ 1.
    public let bucketSize: Int
    /// SES weight on bucket totals, in (0, 1].
    public let weight: Double
    /// Periods still to be ignored at the start.
    public private(set) var skip: Int
    /// Smoothed bucket total ℓ, units per bucket; nil before the first complete bucket.
    public private(set) var level: Double?
    /// Demand in the open bucket so far, units.
    public private(set) var openTotal = 0.0
    /// Periods in the open bucket so far, 0..<L.
    public private(set) var openPeriods = 0

    public init(bucketSize: Int, weight: Double, skip: Int) {
        precondition(bucketSize >= 1, "AggregatedLevelState: bucketSize must be ≥ 1, got \(bucketSize)")
        self.bucketSize = bucketSize
        self.weight = weight
        self.skip = max(0, skip)
    }

    public var forecast: Double? {
        level.map { $0 / Double(bucketSize) }
    }

    public mutating func observe(_ value: Double) {
        guard skip == 0 else { skip -= 1; return }
        openTotal += value
        openPeriods += 1
        guard openPeriods == bucketSize else { return }
        level = level.map { $0 + weight * (openTotal - $0) } ?? openTotal
        openTotal = 0
        openPeriods = 0
    }
}
