import GSL

/// Mean and variance of a stream of values, updated one value at a time (Welford's method), so
/// statistics over replications need no per-replication storage.
public struct RunningStatistic: Hashable, Sendable, Codable {
    public private(set) var count = 0
    public private(set) var mean = 0.0
    /// Sum of squared deviations from the mean.
    private var squaredDeviations = 0.0

    public init() {}

    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squaredDeviations += delta * (value - mean)
    }

    /// Sample variance (divisor n − 1); 0 with fewer than two values.
    public var variance: Double { count > 1 ? squaredDeviations / Double(count - 1) : 0 }
    public var standardDeviation: Double { variance.squareRoot() }
    /// Standard error of the mean: sd/√n; 0 with fewer than two values.
    public var standardError: Double { count > 1 ? (variance / Double(count)).squareRoot() : 0 }
}

extension RunningStatistic {
    /// The 95% confidence interval of the mean, mean ± t₀.₉₇₅,ₙ₋₁·sd/√n (Student t); nil with
    /// fewer than two values.
    public var confidenceInterval95: ClosedRange<Double>? {
        guard count > 1 else { return nil }
        let half = StudentT.quantile(0.975, degreesOfFreedom: Double(count - 1)) * standardError
        return (mean - half)...(mean + half)
    }
}
