/// Periodic order-up-to with the level read straight off a probabilistic forecast: S is the
/// q-quantile of demand over the protection interval.
///
/// Definition: the order-up-to level is a quantile of lead-time-plus-review demand, the
/// distribution-free form of a cycle-service-level policy (Silver, Pyke & Peterson, 3rd ed.,
/// §7.9; Axsäter, "Inventory Control", 2nd ed., §5.3: P(D over L + R ≤ S) = q). Unlike
/// ``ForecastOrderUpToPolicy`` it assumes no normal shape: skewed or intermittent forecasts give
/// their own quantile. Orders S (rounded up to a whole unit) minus the position.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1 and must last L + R periods
/// from period t + 1. L is the mean lead time rounded to whole periods. Reviews are the periods p
/// with p mod R = 0 (0, R, 2R, …).
public struct QuantilePolicy: PeriodicReviewPolicy, Hashable, Codable {
    /// The review period R, in periods (≥ 1).
    public let reviewPeriod: Int
    /// The quantile q of demand over L + R periods to hold, in (0, 1).
    public let quantile: Double

    /// - Throws: ``PolicyParameterError`` unless R ≥ 1 and 0 < q < 1.
    public init(reviewPeriod: Int = 1, quantile: Double) throws(PolicyParameterError) {
        try PolicyParameterError.requireReviewPeriod(reviewPeriod, Self.name)
        try PolicyParameterError.requireOpenProbability(quantile, Self.name, "quantile")
        self.reviewPeriod = reviewPeriod
        self.quantile = quantile
    }

    static let name = "quantile policy"

    /// The level is a quantile of the forecast.
    public var readsForecast: Bool { true }

    public func decideAtReview(_ context: PolicyContext) -> OrderDecision {
        let (lead, horizon) = protectionInterval(context)
        let raw = context.outlook.demandQuantile(quantile, over: horizon)
        return OrderUpTo.decision(raw: raw, "demand quantile", context) { level in
            "\(DecisionText.number(quantile, digits: 4))-quantile of demand over lead \(lead) + review "
                + "\(reviewPeriod) periods = \(DecisionText.number(raw)) → S \(level)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let review = try container.decodeIfPresent(Int.self, forKey: .reviewPeriod) ?? 1
        let q = try container.decode(Double.self, forKey: .quantile)
        do { try self.init(reviewPeriod: review, quantile: q) } catch { throw error.decodingError(decoder) }
    }
}
