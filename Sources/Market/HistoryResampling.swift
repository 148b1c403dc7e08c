import Foundation
import GSL

/// How the replications of a history-driven market after the first resample each product's
/// recorded periods: a block bootstrap, so that every replication is a plausible other past
/// with the history's short-range dependence (runs of high weeks, stockout spells) kept inside
/// each block. Replication 0 is always the recorded past itself.
///
/// Each product draws its resample from its own stream, keyed by (seed, replication, product,
/// `history`): every strategy faces the same resampled past (common random numbers), and the
/// result does not depend on threads, shards or the other products.
public struct HistoryResampling: Hashable, Sendable {
    public enum Scheme: String, Hashable, Sendable, CaseIterable, Codable {
        /// Moving blocks (Künsch 1989): blocks of exactly `b` successive periods, each starting
        /// at a uniformly drawn period of `0…n−b`, laid end to end and cut at `n` periods.
        case moving
        /// Stationary bootstrap (Politis & Romano 1994): blocks of geometric length with mean `b`
        /// over the periods read as a circle, each starting at a uniformly drawn period.
        case stationary
    }

    public var scheme: Scheme
    /// Block length `b` in periods (moving) or its mean (stationary), ≥ 1; nil for the default
    /// ``defaultBlockLength(periods:)``. A length of 1 resamples single periods (no dependence
    /// kept); a length at least the series' is the recorded past for moving blocks.
    public var blockLength: Int?

    public init(scheme: Scheme = .moving, blockLength: Int? = nil) {
        self.scheme = scheme
        self.blockLength = blockLength
    }

    /// ⌈n^(1/3)⌉ periods, the rate that minimises the error of bootstrap variance estimates for
    /// block bootstraps (Hall, Horowitz & Jing 1995): 5 for two years of weeks.
    public static func defaultBlockLength(periods: Int) -> Int {
        max(1, Int(cbrt(Double(max(periods, 1))).rounded(.up)))
    }

    /// The period indices of one resample of a series of `periods` periods, drawn from `stream`.
    public func indices(periods n: Int, stream: RandomStream) -> [Int] {
        guard n > 1 else { return Array(0..<n) }
        let length = min(blockLength ?? Self.defaultBlockLength(periods: n), n)
        var indices: [Int] = []
        indices.reserveCapacity(n)
        switch scheme {
        case .moving:
            while indices.count < n {
                let start = Int(stream.uniformInt(below: UInt(n - length + 1)))
                indices += (start..<start + min(length, n - indices.count))
            }
        case .stationary:
            let restart = 1 / Double(length)
            var next = Int(stream.uniformInt(below: UInt(n)))
            while indices.count < n {
                indices.append(next)
                next = stream.uniform() < restart ? Int(stream.uniformInt(below: UInt(n))) : (next + 1) % n
            }
        }
        return indices
    }
}
