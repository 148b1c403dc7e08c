/// A policy that looks at the stock only at review points, every ``reviewPeriod`` periods, and
/// orders nothing in between: (R,S), (R,s,S), (R,s,nQ), min-max, and the order-up-to policies
/// whose level comes from the forecast.
///
/// A conforming policy says only what it does at a review (``decideAtReview(_:)``); the review
/// calendar, the decision between reviews and the protection interval come from here, the same
/// for all:
/// - reviews are the periods p with p mod R = 0 — the ends of periods 0, R, 2R, … — so every
///   policy looks at the stock at the end of the very first period, and a product launched in
///   period 0 gets its first order at once. Negative periods follow the same arithmetic (−R is a
///   review); R = 1 reviews every period.
/// - an order placed at the review of period t arrives at the start of period t + L + 1 and must
///   last until the next one arrives, R periods later: it protects L + R periods
///   (``protectionInterval(_:)``).
public protocol PeriodicReviewPolicy: InventoryPolicy {
    /// The review period R, in periods (≥ 1; 1 = every period).
    var reviewPeriod: Int { get }

    /// The decision at a review point: only called for periods where ``reviews(in:)`` is true.
    func decideAtReview(_ context: PolicyContext) -> OrderDecision
}

extension PeriodicReviewPolicy {
    public func reviews(in period: Int) -> Bool {
        guard reviewPeriod > 1 else { return true }
        // Swift's % keeps the dividend's sign; fold negatives back into 0..<R.
        return ((period % reviewPeriod) + reviewPeriod) % reviewPeriod == 0
    }

    /// A policy whose level comes from the forecast orders up to it once before a launch, off
    /// its review calendar (``decideAtReview(_:)`` on the launch forecast), so that its first
    /// order arrives for the launch; one with a fixed level takes no pre-launch buy.
    public func decideBeforeLaunch(_ context: PolicyContext) -> OrderDecision? {
        readsForecast ? decideAtReview(context) : nil
    }

    /// ``decideAtReview(_:)`` at a review; no order in any other period.
    public func decide(_ context: PolicyContext) -> OrderDecision {
        let period = context.state.period
        guard reviews(in: period) else {
            return context.noOrder(because: "period \(period) is not a review (reviews every \(reviewPeriod) periods from period 0)")
        }
        return decideAtReview(context)
    }

    /// The periods an order placed now must cover, from the next period on: the lead time L (the
    /// mean lead time in whole periods, ``LeadTimeOutlook/wholePeriods``) and then the R periods
    /// until the next order arrives — L + R in all.
    func protectionInterval(_ context: PolicyContext) -> (lead: Int, periods: Int) {
        let lead = context.leadTime.wholePeriods
        return (lead, lead + reviewPeriod)
    }
}
