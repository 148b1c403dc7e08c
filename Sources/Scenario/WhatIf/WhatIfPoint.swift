/// One evaluated point: the swept strategy's figures over the replications.
public struct WhatIfPoint: Sendable, Codable, Hashable {
    public enum Source: String, Sendable, Codable, Hashable {
        case grid
        case refinement
    }

    /// One value per varied field, in `--vary` order, in the field's unit.
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
    /// The constraint's measure when it is none of the above; nil otherwise.
    public var constrainedMeasure: WhatIfEstimate?
    /// Whether the mean meets the constraint; nil without a constraint.
    public var meetsConstraint: Bool?
    /// Profit minus the recommended point's, paired by replication (common random numbers): mean
    /// and 95% t interval. An interval containing 0 means the replications cannot tell the two apart.
    public var profitVersusRecommended: WhatIfEstimate?
}
