import Censoring

/// The choices of a lifecycle fit.
public struct LifecycleFitOptions: Sendable, Hashable {
    /// How censored periods are unconstrained before the fit (default censored likelihood).
    public var censoring: CensoringEstimator
    /// The most phases of a segmented fit, 1…4 (introduction, growth, maturity, decline).
    public var maximumPhases: Int
    /// The fewest periods a fitted phase covers (≥ 1; 3 by default, so one outlying period
    /// cannot make a phase of its own).
    public var minimumPhasePeriods: Int
    /// Iterations of GSL's non-linear least squares per start of the Bass fit (≥ 1).
    public var bassIterations: Int
    /// Iterations of GSL's Brent minimiser per noise parameter (≥ 1).
    public var noiseIterations: Int

    public init(censoring: CensoringEstimator = .censoredLikelihood, maximumPhases: Int = 4, minimumPhasePeriods: Int = 3,
                bassIterations: Int = 200, noiseIterations: Int = 100) {
        self.censoring = censoring
        self.maximumPhases = maximumPhases
        self.minimumPhasePeriods = minimumPhasePeriods
        self.bassIterations = bassIterations
        self.noiseIterations = noiseIterations
    }

    func validate() throws(LifecycleFitError) {
        let checks: [(String, Int, ClosedRange<Int>)] = [
            ("options.maximumPhases", maximumPhases, 1...4), ("options.minimumPhasePeriods", minimumPhasePeriods, 1...Int.max),
            ("options.bassIterations", bassIterations, 1...Int.max), ("options.noiseIterations", noiseIterations, 1...Int.max),
        ]
        for (field, value, range) in checks where !range.contains(value) {
            throw .invalidInput(field: field, index: nil, problem: "is \(value); it must be \(range.upperBound == Int.max ? "≥ \(range.lowerBound)" : "in \(range.lowerBound)…\(range.upperBound)")")
        }
    }
}
