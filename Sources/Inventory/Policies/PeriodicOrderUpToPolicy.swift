/// The periodic-review, order-up-to-level (R,S) policy: every R periods, order enough to lift the
/// inventory position to S.
///
/// Definition (Silver, Pyke & Peterson, "Inventory Management and Production Planning and
/// Scheduling", 3rd ed., §7.1 and §7.9; Axsäter, "Inventory Control", 2nd ed., §4.4): at a review,
/// order S − position when positive.
///
/// Review periods: the periods p with p mod R = 0 — the ends of periods 0, R, 2R, … (so the first
/// review is the end of the first period). Other periods order nothing.
///
/// Timing: the decision is taken at the end of period t, after that period's sales; an order with
/// a lead time of L periods arrives at the start of period t + L + 1 and must last until the next
/// order arrives at the start of t + R + L + 1, so S must cover the demand of L + R periods.
public struct PeriodicOrderUpToPolicy: PeriodicReviewPolicy, Hashable, Codable {
    /// The review period R, in periods (≥ 1).
    public let reviewPeriod: Int
    /// The order-up-to level S, in units (≥ 0).
    public let level: Int

    /// - Throws: ``PolicyParameterError`` unless R ≥ 1 and S ≥ 0.
    public init(reviewPeriod: Int, level: Int) throws(PolicyParameterError) {
        try PolicyParameterError.requireReviewPeriod(reviewPeriod, Self.name)
        try PolicyParameterError.require(level >= 0, Self.name, "level", level, "at least 0 units")
        self.reviewPeriod = reviewPeriod
        self.level = level
    }

    static let name = "(R,S) policy"

    /// A fixed rule: the forecast is never read.
    public var readsForecast: Bool { false }

    public func decideAtReview(_ context: PolicyContext) -> OrderDecision {
        OrderUpTo.decision(level: level, context, why: "review of period \(context.state.period) (every \(reviewPeriod))")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let review = try container.decode(Int.self, forKey: .reviewPeriod)
        let level = try container.decode(Int.self, forKey: .level)
        do { try self.init(reviewPeriod: review, level: level) } catch { throw error.decodingError(decoder) }
    }
}
