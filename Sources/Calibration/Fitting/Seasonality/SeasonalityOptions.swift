/// The rules of the seasonal fit, with their defaults. "Used" periods are live, uncensored and
/// have a positive baseline (see ``SeasonalityMember``).
public struct SeasonalityOptions: Sendable, Hashable {
    /// Yearly multipliers are fitted only when the group's used periods hold at least this many
    /// product-years of days (Σ over members of used days / 365.25). Default 1.5: with less, a
    /// month is seen about once and its multiplier cannot be told from the lifecycle.
    public var minimumProductYears: Double = 1.5
    /// ... and only when the used days span at least this many days from the first to the last
    /// (default 365: every month of the year seen at least once somewhere in the group).
    public var minimumSpanDays: Int = 365
    /// Weekday multipliers (daily data only) are fitted only from at least this many
    /// product-weeks of used days (default 8: each weekday seen 8 times).
    public var minimumProductWeeks: Double = 8
    /// The ratio iterations stop when no multiplier moves by more than this (default 1e-10).
    public var tolerance: Double = 1e-10
    /// ... or after this many sweeps (default 2,000; a note says so).
    public var maximumIterations: Int = 2000

    public init() {}
}
