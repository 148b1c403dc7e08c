/// The rules of the price and promotion fit, with their defaults.
public struct ResponseOptions: Sendable, Hashable {
    /// A product's own elasticity is estimated only from at least this many used periods with an
    /// observed price ... (default 4)
    public var minimumPriceChanges: Int = 4
    /// ... at least this share away from its reference price (default 0.05: 5% off).
    public var minimumPriceDeviation: Double = 0.05
    /// Elasticities are clamped to this range, with a note (default −6…0.5: demand that rises
    /// with price, or falls more than 6% per 1% of price, is not believable and is more likely
    /// an artefact of few, confounded price changes).
    public var elasticityRange: ClosedRange<Double> = -6...0.5
    /// A product's own lift is estimated only from at least this many used promotion periods
    /// (and as many without a promotion; default 2).
    public var minimumPromotionPeriods: Int = 2
    /// Lifts are clamped to this range, with a note (default 0.2…10).
    public var liftRange: ClosedRange<Double> = 0.2...10
    /// Standard deviations of the weak normal priors, centred on 0, on the elasticity (default 5)
    /// and on the log-lift (default 3). They keep a fit finite when the data push an estimate
    /// to ±∞ (promotion periods without one sale) and move any supported estimate by a
    /// negligible amount (its variance over the prior's).
    public var elasticityPriorSD: Double = 5
    public var logLiftPriorSD: Double = 3

    public init() {}
}
