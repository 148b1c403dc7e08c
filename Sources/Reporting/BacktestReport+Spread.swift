import Backtest

extension BacktestReport {
    /// A strategy's profit over replications: its quantiles at 0, 5, 10, …, 100%, each with the
    /// replication at it (the lower order statistic's; numbered from 0 as in `metrics.csv`), so
    /// the spread — and a bimodal result — shows, not only the mean.
    ///
    /// Exact (type 7, numpy's default) up to ``ReplicationDistribution/exactCapacity``
    /// replications; beyond, read from a deterministic compaction (``exact`` false; see
    /// docs/comparisons.md for its rank error).
    public struct ProfitQuantiles: Codable, Sendable, Equatable {
        /// The probabilities kept: 0, 0.05, …, 1.
        public static let probabilities = (0...20).map { Double($0) / 20 }

        /// Whether every replication was kept, so the quantiles are exact.
        public var exact: Bool
        /// One per probability of ``probabilities``, in order.
        public var points: [Point]

        public struct Point: Codable, Sendable, Equatable {
            /// The probability, 0…1.
            public var p: Double
            /// The profit at it, in currency.
            public var value: Double
            /// The replication whose profit is the order statistic at ⌊p(n−1)⌋.
            public var replication: Int
        }

        public init(exact: Bool, points: [Point]) {
            self.exact = exact
            self.points = points
        }

        /// Nil before any replication.
        init?(_ distribution: ReplicationDistribution) {
            let values = distribution.quantiles(Self.probabilities)
            guard values.count == Self.probabilities.count else { return nil }
            exact = distribution.isExact
            points = zip(Self.probabilities, values).map { Point(p: $0, value: $1.value, replication: $1.replication) }
        }

        /// The point at probability `p` (one of ``probabilities``), nil when not kept.
        public func point(_ p: Double) -> Point? {
            points.first { abs($0.p - p) < 1e-9 }
        }

        /// The profit at probability `p`, nil when not kept.
        public func value(_ p: Double) -> Double? { point(p)?.value }

        /// The 5th percentile: the downside, what one replication in twenty falls below.
        public var p5: Double? { value(0.05) }
        public var median: Double? { value(0.5) }
    }
}
