/// The min-max policy of practice: at a review, when the inventory position has fallen strictly
/// below the minimum, order up to the maximum.
///
/// Definition: the (s,S) rule under the name practitioners and ERP systems give it (Silver, Pyke
/// & Peterson, "Inventory Management and Production Planning and Scheduling", 3rd ed., §7.1,
/// describe (s,S) as often called a min-max system). The one difference from ``SSPolicy`` is the
/// trigger: min-max orders when position < minimum, (s,S) when position ≤ s. A position exactly
/// at the minimum is still "at the minimum", so it does not order. For whole units,
/// MinMax(minimum: m, maximum: M) decides exactly as SSPolicy(reorderPoint: m − 1, orderUpTo: M).
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1, so the minimum must cover the
/// demand of L + R periods. Reviews are the periods p with p mod R = 0 (0, R, 2R, …).
public struct MinMaxPolicy: PeriodicReviewPolicy, Hashable, Codable {
    /// The minimum, in units of inventory position (≥ 0): ordering starts below it.
    public let minimum: Int
    /// The maximum, in units (≥ minimum): the level ordered up to.
    public let maximum: Int
    /// The review period R, in periods (≥ 1; 1 = every period).
    public let reviewPeriod: Int

    /// - Throws: ``PolicyParameterError`` unless 0 ≤ minimum ≤ maximum and R ≥ 1.
    public init(minimum: Int, maximum: Int, reviewPeriod: Int = 1) throws(PolicyParameterError) {
        try PolicyParameterError.require(minimum >= 0, Self.name, "minimum", minimum, "at least 0 units")
        try PolicyParameterError.require(maximum >= minimum, Self.name, "maximum", maximum,
                                         "at least minimum (\(minimum))")
        try PolicyParameterError.requireReviewPeriod(reviewPeriod, Self.name)
        self.minimum = minimum
        self.maximum = maximum
        self.reviewPeriod = reviewPeriod
    }

    static let name = "min-max policy"

    /// A fixed rule: the forecast is never read.
    public var readsForecast: Bool { false }

    public func decideAtReview(_ context: PolicyContext) -> OrderDecision {
        let position = context.state.position
        guard position < minimum else {
            return context.noOrder(because: "position \(position) ≥ min \(minimum): no order")
        }
        let quantity = maximum - position
        return context.order(quantity,
                             because: "position \(position) < min \(minimum): order up to max \(maximum) → \(quantity)")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let minimum = try container.decode(Int.self, forKey: .minimum)
        let maximum = try container.decode(Int.self, forKey: .maximum)
        let review = try container.decodeIfPresent(Int.self, forKey: .reviewPeriod) ?? 1
        do { try self.init(minimum: minimum, maximum: maximum, reviewPeriod: review) } catch {
            throw error.decodingError(decoder)
        }
    }
}
