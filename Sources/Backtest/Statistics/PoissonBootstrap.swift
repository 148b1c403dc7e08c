import Forecasting
import GSL

/// The bootstrap done in one pass: every replication enters each of `resamples` bootstrap
/// resamples with a weight drawn from Poisson(1), the limit of how often a multinomial
/// resample of n draws picks it as n grows (Hanley & MacGibbon 2006, Comput. Methods Programs
/// Biomed. 83(1):57–62; Chamandy et al. 2012, "Estimating uncertainty for massive data
/// streams", Google). Each resample keeps only a weighted sum and the sum of its weights, so
/// the state is O(resamples) however many replications are run, and shards merge exactly.
///
/// The weights of replication r come from their own stream (scenario seed, r, purpose
/// `comparison`): the same replication gets the same weights in one run, in any shard and at
/// any thread count, and drawing them touches no market stream.
public struct PoissonBootstrap: Sendable, Hashable {
    /// Resamples kept.
    public static let resamples = 200

    /// Σ w·x per resample.
    private var weightedSums: [Double]
    /// Σ w per resample.
    private var weights: [Double]

    public init() {
        weightedSums = Array(repeating: 0, count: Self.resamples)
        weights = Array(repeating: 0, count: Self.resamples)
    }

    /// The weights of one replication, `resamples` Poisson(1) draws (GSL's `gsl_ran_poisson`).
    public static func weights(seed: UInt64, replication: Int, generator: String) throws(GSLError) -> [Double] {
        let key = StreamKey(scenarioSeed: seed, replication: replication, product: "", purpose: .comparison)
        let stream = try RandomStream(generator: generator, key: key)
        let poisson = CountDistribution(family: .poisson, mean: 1)
        return (0..<resamples).map { _ in Double(poisson.sample(stream)) }
    }

    /// Adds `value` with one replication's `replicationWeights`.
    public mutating func add(_ value: Double, replicationWeights: [Double]) {
        for index in 0..<Self.resamples {
            weightedSums[index] += replicationWeights[index] * value
            weights[index] += replicationWeights[index]
        }
    }

    /// The 2.5% and 97.5% percentiles of the resamples' means (type 7), the percentile
    /// bootstrap's 95% interval; nil when no resample has weight, or when a weighted sum is
    /// no longer a finite number (values near ±10³⁰⁸, which scenario limits rule out), since
    /// percentiles of infinities and NaNs mean nothing.
    public var percentileInterval95: ClosedRange<Double>? {
        let means = zip(weightedSums, weights).compactMap { $1 > 0 ? $0 / $1 : nil }
        guard means.count > 1, means.allSatisfy(\.isFinite) else { return nil }
        let sorted = means.sorted()[...]
        guard let low = OrderStatistics.typeSeven(0.025, ofSorted: sorted),
              let high = OrderStatistics.typeSeven(0.975, ofSorted: sorted) else { return nil }
        // Interpolating between huge finite means can still overflow.
        guard low.isFinite, high.isFinite, low <= high else { return nil }
        return low...high
    }
}
