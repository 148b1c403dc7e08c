/// One evaluated point: the swept strategy's figures over the replications.
public struct WhatIfPoint: Sendable, Codable, Hashable {
    public enum Source: String, Sendable, Codable, Hashable {
        case grid
        case refinement
        /// An orderable quantity next to a more profitable one that cannot be ordered.
        case rounding
    }

    /// One value per varied field, in the order the fields are varied, in the field's unit.
    public var values: [Double]
    public var source: Source
    public var replications: Int
    /// Profit of the strategy's catalogue, currency; mean and 95% t interval.
    public var profit: WhatIfEstimate
    /// Share of demand served from the shelf at once, 0–1.
    public var fillRate: WhatIfEstimate
    /// Units left at end of life or horizon (salvaged).
    public var leftoverUnits: WhatIfEstimate
    /// Units of demand lost.
    public var lostUnits: WhatIfEstimate
    /// Share of replications with at least one stockout period, 0–1, with its Wilson interval.
    public var stockoutProbability: WhatIfEstimate
    /// The constrained measures the figures above do not cover, by name (``WhatIfResult/measures``).
    public var measures: [String: WhatIfEstimate]
    /// Whether the means meet every constraint; nil without constraints.
    public var meetsConstraints: Bool?
    /// Whether the mean meets each constraint, in the order of ``WhatIfResult/constraints``.
    public var constraintsMet: [Bool]
    /// Whether the point can be ordered (see ``WhatIfResult/Axis/orderable``).
    public var orderable: Bool
    /// Profit minus the recommended point's, paired by replication (common random numbers): mean
    /// and 95% t interval. An interval containing 0 means the replications cannot tell the two apart.
    public var profitVersusRecommended: WhatIfEstimate?
    /// Within noise of the recommended point: not it, but orderable and meeting every
    /// constraint, with a paired 95% interval of the profit difference that contains 0 — these
    /// replications cannot tell the two apart, so either is as good a choice.
    public var withinNoise: Bool
}
