/// The (s,S) policy — with a review period R > 1, the (R,s,S) policy: at a review, when the
/// inventory position has fallen to the reorder point s or below, order up to S; otherwise order
/// nothing.
///
/// Definition (Silver, Pyke & Peterson, "Inventory Management and Production Planning and
/// Scheduling", 3rd ed., §7.1 and §7.10; Axsäter, "Inventory Control", 2nd ed., §4.2): at a review
/// with position ≤ s, order S − position. The gap S − s is the smallest order; it trades ordering
/// cost against holding.
///
/// The trigger is "≤ s" (Axsäter's convention): position exactly s orders. ``MinMaxPolicy`` uses
/// the strict "< minimum" instead.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1, so s must cover the demand of
/// L + R periods. Reviews are the periods p with p mod R = 0 (0, R, 2R, …).
public struct SSPolicy: PeriodicReviewPolicy, Hashable, Codable {
    /// The reorder point s, in units of inventory position (may be negative when backorders are
    /// acceptable).
    public let reorderPoint: Int
    /// The order-up-to level S, in units (S > s, S ≥ 0).
    public let orderUpTo: Int
    /// The review period R, in periods (≥ 1; 1 = every period).
    public let reviewPeriod: Int

    /// - Throws: ``PolicyParameterError`` unless S > s, S ≥ 0 and R ≥ 1.
    public init(reorderPoint: Int, orderUpTo: Int, reviewPeriod: Int = 1) throws(PolicyParameterError) {
        try PolicyParameterError.require(orderUpTo > reorderPoint, Self.name, "orderUpTo", orderUpTo,
                                         "greater than reorderPoint (\(reorderPoint))")
        try PolicyParameterError.require(orderUpTo >= 0, Self.name, "orderUpTo", orderUpTo, "at least 0 units")
        try PolicyParameterError.requireReviewPeriod(reviewPeriod, Self.name)
        self.reorderPoint = reorderPoint
        self.orderUpTo = orderUpTo
        self.reviewPeriod = reviewPeriod
    }

    static let name = "(s,S) policy"

    /// A fixed rule: the forecast is never read.
    public var readsForecast: Bool { false }

    public func decideAtReview(_ context: PolicyContext) -> OrderDecision {
        let position = context.state.position
        guard position <= reorderPoint else {
            return context.noOrder(because: "position \(position) > s \(reorderPoint): no order")
        }
        let quantity = orderUpTo - position
        return context.order(quantity,
                             because: "position \(position) ≤ s \(reorderPoint): order up to S \(orderUpTo) → \(quantity)")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let s = try container.decode(Int.self, forKey: .reorderPoint)
        let upTo = try container.decode(Int.self, forKey: .orderUpTo)
        let review = try container.decodeIfPresent(Int.self, forKey: .reviewPeriod) ?? 1
        do { try self.init(reorderPoint: s, orderUpTo: upTo, reviewPeriod: review) } catch {
            throw error.decodingError(decoder)
        }
    }
}
