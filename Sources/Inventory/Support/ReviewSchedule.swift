/// The review calendar shared by the periodic policies.
///
/// Convention: with a review period of R periods, the reviews are the periods p with
/// p mod R = 0 — the ends of periods 0, R, 2R, … — so every policy looks at the stock at the end
/// of the very first period, and a product launched in period 0 gets its first order at once.
/// Negative periods follow the same arithmetic (−R is a review). R = 1 reviews every period.
enum ReviewSchedule {
    static func isReview(_ period: Int, every reviewPeriod: Int) -> Bool {
        guard reviewPeriod > 1 else { return true }
        // Swift's % keeps the dividend's sign; fold negatives back into 0..<R.
        return ((period % reviewPeriod) + reviewPeriod) % reviewPeriod == 0
    }

    /// The decision in a period that is not a review.
    static func notReview(_ context: PolicyContext, every reviewPeriod: Int) -> OrderDecision {
        context.noOrder(because: "period \(context.state.period) is not a review (reviews every \(reviewPeriod) periods from period 0)")
    }
}
