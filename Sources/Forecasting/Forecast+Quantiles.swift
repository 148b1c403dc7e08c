import GSL

/// Quantiles of single periods and of cumulative demand, the questions inventory policies ask
/// ("what demand over the lead time is exceeded with probability 5%?").
///
/// Conventions shared by every method here:
/// - Steps are 0-based (`step` 0 is the first period ahead); `steps: k` means the total over
///   the first k periods (k = 0 gives 0).
/// - **Clamping.** A forecast says nothing beyond its horizon. A `step` ≥ `horizon` is answered
///   for the last period (`horizon − 1`), and `steps: k` with k > `horizon` for the total over
///   the whole horizon, which *understates* demand over k periods: ask the forecaster for a
///   horizon covering the lead time plus the review period. An empty forecast (horizon 0)
///   answers 0 everywhere.
/// - **Normal spread.** Demand is max(0, X) with X normal (mean `mean[i]`, sd `stepSD[i]`, or
///   the cumulative mean and `cumulativeSD[k − 1]`): the probability of negative values sits at
///   zero. So the p-quantile is max(0, μ + σ·Φ⁻¹(p)) and never negative. The standard
///   deviations reported are those of X (as stored), not of max(0, X).
/// - **Monotone totals.** Demand is never negative, so the total over k + 1 periods is at least
///   the total over k, path by path, and so are its quantiles. The normal approximation can
///   break this at small p (when σₖ grows faster than the mean, Σμ + σₖ·Φ⁻¹(p) falls); the
///   cumulative quantile of a normal spread is therefore the largest of those of the first
///   1…k totals. Sample paths (non-negative) and combinations of monotone members keep the
///   order by themselves.
/// - **Sample paths.** Quantiles are empirical quantiles of the paths' values (or of their sums
///   over the first k periods) with linear interpolation between order statistics: sort the n
///   values x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎, let h = (n − 1)·p, and return x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
///   (Hyndman & Fan's type 7, the default of R and NumPy). A path shorter than the requested
///   step contributes 0 for the missing periods. Without any path the forecast is treated as a
///   point mass at its mean.
/// - **Combined** (an ensemble's members with a rule). The p-quantile is the mean or median of
///   the members' p-quantiles (Vincentization), each member answering with its own spread —
///   per period, and for totals over k periods from the members' cumulative quantiles (so the
///   correlation of each member's errors over time is kept). A median of an even number of
///   members is the mean of the middle two. Standard deviations are combined by the same rule,
///   which is exact when the members share a location-scale family (e.g. all normal, not
///   censored). Without members the forecast is a point mass at its mean.
/// - `p` must lie strictly between 0 and 1 (a precondition): the 0- and 1-quantiles of a normal
///   are infinite, and no policy should ask for them.
extension Forecast {
    /// The p-quantile of demand in period `step` (0-based; clamped to the horizon), units, ≥ 0.
    public func quantile(_ p: Double, step: Int) -> Double {
        Self.checkLevel(p)
        guard let step = clampedStep(step) else { return 0 }
        switch spread {
        case let .normal(stepSD, _):
            return Self.censoredNormalQuantile(p, mean: mean[step], sd: Self.element(stepSD, step))
        case let .samplePaths(paths):
            guard !paths.isEmpty else { return max(0, mean[step]) }
            return max(0, Self.empiricalQuantile(p, of: paths.map { $0.indices.contains(step) ? $0[step] : 0 }))
        case let .combined(members, rule):
            guard !members.isEmpty else { return max(0, mean[step]) }
            return max(0, rule.combine(members.map { $0.quantile(p, step: step) }))
        }
    }

    /// The standard deviation of demand in period `step` (0-based; clamped), units, ≥ 0: the
    /// stored `stepSD` for a normal spread, the sample standard deviation (divisor n − 1) of
    /// the paths' values for sample paths, the rule applied to the members' for a combination.
    public func standardDeviation(step: Int) -> Double {
        guard let step = clampedStep(step) else { return 0 }
        switch spread {
        case let .normal(stepSD, _):
            return Self.element(stepSD, step)
        case let .samplePaths(paths):
            return Self.sampleStandardDeviation(paths.map { $0.indices.contains(step) ? $0[step] : 0 })
        case let .combined(members, rule):
            return members.isEmpty ? 0 : max(0, rule.combine(members.map { $0.standardDeviation(step: step) }))
        }
    }

    /// Expected total demand over the first `k` periods (k ≥ 0; clamped to the horizon), units:
    /// the sum of `mean[0..<k]`.
    public func cumulativeMean(steps k: Int) -> Double {
        let k = clampedSteps(k)
        var total = 0.0
        for i in 0..<k { total += mean[i] }
        return total
    }

    /// The standard deviation of total demand over the first `k` periods (k ≥ 0; clamped),
    /// units: `cumulativeSD[k − 1]` for a normal spread (which accounts for the correlation of
    /// successive errors), the sample standard deviation (divisor n − 1) of the paths' sums
    /// for sample paths, the rule applied to the members' for a combination. 0 for k = 0.
    public func cumulativeStandardDeviation(steps k: Int) -> Double {
        let k = clampedSteps(k)
        guard k > 0 else { return 0 }
        switch spread {
        case let .normal(_, cumulativeSD):
            return Self.element(cumulativeSD, k - 1)
        case let .samplePaths(paths):
            return Self.sampleStandardDeviation(paths.map { Self.pathSum($0, steps: k) })
        case let .combined(members, rule):
            return members.isEmpty ? 0 : max(0, rule.combine(members.map { $0.cumulativeStandardDeviation(steps: k) }))
        }
    }

    /// The p-quantile of total demand over the first `k` periods (k ≥ 0; clamped to the
    /// horizon), units, ≥ 0; 0 for k = 0. With a normal spread: max(0, Σμ + σⱼ·Φ⁻¹(p)) maximised
    /// over the totals of the first j ≤ k periods, so that it never falls as k grows.
    public func cumulativeQuantile(_ p: Double, steps k: Int) -> Double {
        Self.checkLevel(p)
        let k = clampedSteps(k)
        guard k > 0 else { return 0 }
        switch spread {
        case let .normal(_, cumulativeSD):
            // The running maximum over the first k totals (see "Monotone totals" above).
            let z = StandardNormal.quantile(p)
            var (total, largest) = (0.0, 0.0)
            for j in 0..<k {
                total += mean[j]
                let sd = Self.element(cumulativeSD, j)
                largest = max(largest, sd > 0 ? total + sd * z : total)
            }
            return largest
        case let .samplePaths(paths):
            guard !paths.isEmpty else { return max(0, cumulativeMean(steps: k)) }
            return max(0, Self.empiricalQuantile(p, of: paths.map { Self.pathSum($0, steps: k) }))
        case let .combined(members, rule):
            guard !members.isEmpty else { return max(0, cumulativeMean(steps: k)) }
            return max(0, rule.combine(members.map { $0.cumulativeQuantile(p, steps: k) }))
        }
    }

    // MARK: - Helpers

    /// `step` clamped to the last period; nil for an empty forecast.
    private func clampedStep(_ step: Int) -> Int? {
        precondition(step >= 0, "Forecast: step must be ≥ 0 (0 is the first period ahead), got \(step)")
        return horizon == 0 ? nil : min(step, horizon - 1)
    }

    /// `k` clamped to the horizon.
    private func clampedSteps(_ k: Int) -> Int {
        precondition(k >= 0, "Forecast: the number of steps must be ≥ 0, got \(k)")
        return min(k, horizon)
    }

    static func checkLevel(_ p: Double) {
        precondition(p > 0 && p < 1, "Forecast: a quantile level must lie strictly between 0 and 1, got \(p)")
    }

    /// max(0, mean + sd·Φ⁻¹(p)); a zero or missing sd gives max(0, mean).
    static func censoredNormalQuantile(_ p: Double, mean: Double, sd: Double) -> Double {
        // Multiplying Φ⁻¹(p) by a zero sd is skipped so that the result is exact.
        let value = sd > 0 ? mean + sd * StandardNormal.quantile(p) : mean
        return value > 0 ? value : 0
    }

    /// `values[i]`, or 0 when a malformed spread is shorter than the mean path.
    private static func element(_ values: [Double], _ i: Int) -> Double {
        values.indices.contains(i) ? max(0, values[i]) : 0
    }

    /// The sum of the first `k` values of `path` (missing periods count as 0).
    private static func pathSum(_ path: [Double], steps k: Int) -> Double {
        var total = 0.0
        for value in path.prefix(k) { total += value }
        return total
    }

    /// Hyndman & Fan type 7 (``OrderStatistics/typeSeven(_:ofSorted:)``); 0 for no values.
    private static func empiricalQuantile(_ p: Double, of values: [Double]) -> Double {
        OrderStatistics.typeSeven(p, ofSorted: values.sorted()[...]) ?? 0
    }

    /// Sample standard deviation (divisor n − 1), two passes; 0 for fewer than two values.
    private static func sampleStandardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let average = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - average) * ($1 - average) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
