/// One block of fitted multipliers (12 yearly or 7 weekday), before and after shrinkage.
///
/// Invariants: all arrays have the block's length; every value is finite; `multipliers` and
/// `raw` are ≥ 0 and average 1 over the block. Where `estimated` is false the data had no
/// exposure for that multiplier: `raw` is 1 and its standard errors are 0.
public struct SeasonalEstimate: Sendable, Hashable {
    /// The multipliers to simulate with: the raw ones shrunk towards 1 (see
    /// ``SeasonalityFitter``), renormalised to average 1.
    public var multipliers: [Double]
    /// Posterior standard deviation of each multiplier after shrinkage.
    public var standardErrors: [Double]
    /// The unshrunk quasi-Poisson maximum-likelihood multipliers, normalised to average 1.
    public var raw: [Double]
    /// Their standard errors (from the Fisher information, times √dispersion).
    public var rawStandardErrors: [Double]
    /// Whether the data held the multiplier at all.
    public var estimated: [Bool]
    /// The weight λ of each raw multiplier in its shrunk value, in [0, 1] (0: pulled to 1).
    public var shrinkWeights: [Double]
}

/// The seasonality of a group: the profile to simulate with, the estimates behind it and what
/// the rules decided.
public struct SeasonalityFit: Sendable, Hashable {
    /// Multipliers to put in every member's `seasonality:` and to multiply the baselines with.
    public var profile: SeasonalProfile
    /// nil when yearly multipliers were not fitted (too little history; see the notes).
    public var yearly: SeasonalEstimate?
    /// nil when weekday multipliers were not fitted (not daily data, or too little of it).
    public var weekly: SeasonalEstimate?
    /// Quasi-Poisson dispersion φ ≥ 1 of the sales around the fitted means.
    public var dispersion: Double
    /// Product-years of used days in the group (Σ used days / 365.25).
    public var productYears: Double
    /// Ratio iterations run.
    public var iterations: Int
    /// Fallbacks and remarks, for the scenario's comments and the report.
    public var notes: [FitNote]
}
