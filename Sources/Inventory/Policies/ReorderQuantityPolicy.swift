/// The (s,Q) reorder-point, order-quantity policy — with a review period R > 1, the (R,s,nQ)
/// policy: at a review, when the inventory position is at or below the reorder point s, order
/// the smallest whole number of batches Q that lifts the position above s.
///
/// Definition (Silver, Pyke & Peterson, "Inventory Management and Production Planning and
/// Scheduling", 3rd ed., §7.1; Axsäter, "Inventory Control", 2nd ed., §4.2 and §5.3): with
/// position ≤ s, order n·Q where n = ⌊(s − position)/Q⌋ + 1, the least n with
/// position + n·Q > s. With unit-sized demand and continuous review n is always 1 — the classic
/// (s,Q) — but a period's demand can overshoot s by more than Q.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1, so s must cover the demand of
/// L + R periods. Reviews are the periods p with p mod R = 0 (0, R, 2R, …).
public struct ReorderQuantityPolicy: PeriodicReviewPolicy, Hashable, Codable {
    /// The reorder point s, in units of inventory position (may be negative).
    public let reorderPoint: Int
    /// The batch size Q, in units (≥ 1).
    public let quantity: Int
    /// The review period R, in periods (≥ 1; 1 = every period).
    public let reviewPeriod: Int

    /// - Throws: ``PolicyParameterError`` unless Q ≥ 1 and R ≥ 1.
    public init(reorderPoint: Int, quantity: Int, reviewPeriod: Int = 1) throws(PolicyParameterError) {
        try PolicyParameterError.require(quantity >= 1, Self.name, "quantity", quantity, "at least 1 unit")
        try PolicyParameterError.requireReviewPeriod(reviewPeriod, Self.name)
        self.reorderPoint = reorderPoint
        self.quantity = quantity
        self.reviewPeriod = reviewPeriod
    }

    static let name = "(s,Q) policy"

    /// A fixed rule: the forecast is never read.
    public var readsForecast: Bool { false }

    public func decideAtReview(_ context: PolicyContext) -> OrderDecision {
        let position = context.state.position
        guard position <= reorderPoint else {
            return context.noOrder(because: "position \(position) > s \(reorderPoint): no order")
        }
        // s − position ≥ 0 here, so integer division is the floor.
        let batches = (reorderPoint - position) / quantity + 1
        let total = batches * quantity
        return context.order(total,
                             because: "position \(position) ≤ s \(reorderPoint): \(batches) × Q \(quantity) = \(total) "
                                 + "lifts it to \(position + total) > s")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let s = try container.decode(Int.self, forKey: .reorderPoint)
        let q = try container.decode(Int.self, forKey: .quantity)
        let review = try container.decodeIfPresent(Int.self, forKey: .reviewPeriod) ?? 1
        do { try self.init(reorderPoint: s, quantity: q, reviewPeriod: review) } catch {
            throw error.decodingError(decoder)
        }
    }
}
