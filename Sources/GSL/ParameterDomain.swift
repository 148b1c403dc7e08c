/// The values a distribution parameter may take: an interval whose ends may be open, closed or
/// absent. NaN never lies in it; ±∞ only when ``allowsInfinity`` (the bounds of a truncated
/// normal, where an infinite bound means "no bound").
///
/// GSL's domains are the only statement of these rules: ``Distribution/problems`` checks values
/// against them, and a caller with limits of its own (a scenario file's) narrows them rather
/// than restating them.
public struct ParameterDomain: Hashable, Sendable {
    /// The lower end, or nil for none.
    public var lower: Double?
    /// Whether ``lower`` itself is allowed.
    public var lowerInclusive: Bool
    /// The upper end, or nil for none.
    public var upper: Double?
    /// Whether ``upper`` itself is allowed.
    public var upperInclusive: Bool
    /// Whether −∞ and +∞ are allowed (whatever the ends).
    public var allowsInfinity: Bool
    /// What a value must be, for messages: "finite and > 0".
    public var requirement: String

    public init(lower: Double? = nil, lowerInclusive: Bool = true, upper: Double? = nil, upperInclusive: Bool = true,
                allowsInfinity: Bool = false, requirement: String) {
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
        self.allowsInfinity = allowsInfinity
        self.requirement = requirement
    }

    /// Whether `value` is in the domain.
    public func contains(_ value: Double) -> Bool {
        if value.isNaN { return false }
        if value.isInfinite { return allowsInfinity }
        if let lower, lowerInclusive ? value < lower : value <= lower { return false }
        if let upper, upperInclusive ? value > upper : value >= upper { return false }
        return true
    }

    /// Any finite number: a location, a bound of a uniform, a value of an empirical table.
    public static let finite = ParameterDomain(requirement: "a finite number")
    /// A finite number > 0: a spread, a shape, a scale, a dispersion.
    public static let positive = ParameterDomain(lower: 0, lowerInclusive: false, requirement: "finite and > 0")
    /// A finite number ≥ 0: a weight.
    public static let nonNegative = ParameterDomain(lower: 0, requirement: "finite and ≥ 0")
    /// A probability, in [0, 1].
    public static let probability = ParameterDomain(lower: 0, upper: 1, requirement: "a probability in [0, 1]")
    /// A number or ±∞ (no bound): the bounds of a truncated normal.
    public static let bound = ParameterDomain(allowsInfinity: true, requirement: "a number (infinite bounds are allowed)")
    /// The mean of a count distribution: in [0, ``Distribution/maximumCountMean``].
    public static let countMean = ParameterDomain(lower: 0, upper: Distribution.maximumCountMean,
                                                  requirement: "in [0, \(Distribution.maximumCountMean)]")
    /// Binomial trials: a whole number that GSL's 32-bit sampler takes, 0 … 2³² − 1.
    public static let trials = ParameterDomain(lower: 0, upper: Double(UInt32.max),
                                               requirement: "an integer in 0...\(UInt32.max)")
}
