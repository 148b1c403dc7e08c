/// An estimate and its standard error, both finite.
public struct ResponseEstimate: Sendable, Hashable {
    public var value: Double
    public var standardError: Double

    public init(value: Double, standardError: Double) {
        self.value = value
        self.standardError = standardError
    }
}

/// One product's price and promotion response, meant as the scenario means it: demand ×
/// (shelf price / `referencePrice`)^`elasticity`, and during a promotion × `promotionLift` on
/// top of the price effect. Every number is finite.
public struct ProductResponse: Sendable, Hashable {
    /// The median observed price (the scenario's `price:`, the list price); nil without prices.
    public var referencePrice: Double?
    /// The elasticity to simulate with: the product's own estimate shrunk towards the group's,
    /// the group's when its own prices did not vary enough, 0 when nobody's did; clamped to
    /// ``ResponseOptions/elasticityRange``.
    public var elasticity: Double
    /// Its standard error (posterior, after shrinkage); 0 when the elasticity is a fixed 0.
    public var elasticityStandardError: Double
    /// The product's own (unshrunk) estimate; nil when its prices did not vary enough.
    public var ownElasticity: ResponseEstimate?
    /// The promotion lift to simulate with (> 0), shrunk in log scale like the elasticity; nil
    /// when the history has no promotion column or no product of the group was promoted enough.
    public var promotionLift: Double?
    /// Standard error of ln(lift); nil with the lift.
    public var logLiftStandardError: Double?
    /// The product's own ln(lift) estimate; nil when it was promoted too rarely.
    public var ownLogLift: ResponseEstimate?
    /// Fallbacks and clamps for this product.
    public var notes: [FitNote]
}

/// The price and promotion response of a group: each product's, and the group's pooled values.
public struct ResponseFit: Sendable, Hashable {
    /// In the members' order.
    public var products: [ProductResponse]
    /// The group's pooled elasticity (precision-weighted mean of the own estimates); nil when no
    /// product's prices varied enough.
    public var groupElasticity: ResponseEstimate?
    /// The group's pooled ln(lift); nil when no product was promoted enough.
    public var groupLogLift: ResponseEstimate?
    /// Notes about the group as a whole.
    public var notes: [FitNote]
}
