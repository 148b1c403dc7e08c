/// Periodic order-up-to with a level recomputed from the forecast at every review: expected
/// demand over the protection interval plus a safety stock sized for a service target.
///
/// Definition (Silver, Pyke & Peterson, "Inventory Management and Production Planning and
/// Scheduling", 3rd ed., §7.9, the (R,S) system with normal demand; Axsäter, "Inventory Control",
/// 2nd ed., §5.3): with L the lead time and R the review period,
///
///     S = E[D over L + R] + k·σ,   σ = standard deviation of D over L + R,
///
/// and k from ``ServiceTarget``: Φ⁻¹(p) for a cycle service level p; for a fill rate β the k with
/// σ·G(k) = (1 − β)·E[demand of one cycle]. The order is S (rounded up to a whole unit) minus the
/// position. σ is the outlook's ``DemandOutlook/demandStandardDeviation(over:)``, i.e. the
/// forecast's own error spread, so a forecaster that knows it is unsure holds more.
///
/// The cycle an order serves is the R periods after it arrives, t + L + 1 … t + L + R; its
/// expected demand is taken as E[D over L + R] − E[D over L], which equals the textbook E[D over R]
/// when demand is level and follows the lifecycle when it is not.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1 and must last until the next
/// one arrives at the start of t + R + L + 1: L + R periods, starting with period t + 1.
/// L is the outlook's mean lead time rounded to whole periods. Reviews are the periods p with
/// p mod R = 0 (0, R, 2R, …).
public struct ForecastOrderUpToPolicy: PeriodicReviewPolicy, Hashable, Codable {
    /// The review period R, in periods (≥ 1).
    public let reviewPeriod: Int
    /// The service the safety stock is sized for (probability in (0, 1)).
    public let target: ServiceTarget

    /// - Throws: ``PolicyParameterError`` unless R ≥ 1 and the target's probability is in (0, 1).
    public init(reviewPeriod: Int = 1, target: ServiceTarget) throws(PolicyParameterError) {
        try PolicyParameterError.requireReviewPeriod(reviewPeriod, Self.name)
        try target.validate(Self.name)
        self.reviewPeriod = reviewPeriod
        self.target = target
    }

    static let name = "forecast order-up-to policy"

    /// The level is the forecast's mean plus safety stock from its spread.
    public var readsForecast: Bool { true }

    public func decideAtReview(_ context: PolicyContext) -> OrderDecision {
        let (lead, horizon) = protectionInterval(context)
        let outlook = context.outlook
        let mean = outlook.expectedDemand(over: horizon)
        let sigma = max(0, outlook.demandStandardDeviation(over: horizon))
        let cycleDemand = mean - (lead > 0 ? outlook.expectedDemand(over: lead) : 0)
        let k = target.safetyFactor(standardDeviation: sigma, cycleDemand: cycleDemand)
        let raw = mean + (sigma > 0 ? k * sigma : 0)
        return OrderUpTo.decision(raw: raw, "order-up-to level", context) { level in
            "S = mean \(DecisionText.number(mean)) + k \(DecisionText.number(k, digits: 3)) × σ "
                + "\(DecisionText.number(sigma)) = \(DecisionText.number(raw)) → \(level) over lead \(lead) + review "
                + "\(reviewPeriod) periods (\(target.text))"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let review = try container.decodeIfPresent(Int.self, forKey: .reviewPeriod) ?? 1
        let target = try container.decode(ServiceTarget.self, forKey: .target)
        do { try self.init(reviewPeriod: review, target: target) } catch { throw error.decodingError(decoder) }
    }
}
