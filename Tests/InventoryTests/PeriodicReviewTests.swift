import Testing
@testable import Inventory

/// The review skeleton every periodic policy shares: a policy says only what it does at a
/// review, and gets the calendar, the decision between reviews and the protection interval.
@Suite("Periodic review")
struct PeriodicReviewTests {
    /// Orders the protection interval's length in units at every review, so a test can see both
    /// when it was asked and what it was told.
    struct Probe: PeriodicReviewPolicy {
        var reviewPeriod: Int
        var readsForecast: Bool { false }

        func decideAtReview(_ context: PolicyContext) -> OrderDecision {
            let (lead, periods) = protectionInterval(context)
            return context.order(periods, because: "lead \(lead)")
        }
    }

    @Test("reviews are the periods p with p mod R = 0, negative periods included; R = 1 is every period")
    func calendar() {
        #expect((-7..<8).filter(Probe(reviewPeriod: 3).reviews(in:)) == [-6, -3, 0, 3, 6])
        #expect((-2..<3).filter(Probe(reviewPeriod: 1).reviews(in:)) == [-2, -1, 0, 1, 2])
    }

    @Test("between reviews nothing is ordered, and the reason says when the reviews are")
    func betweenReviews() {
        let probe = Probe(reviewPeriod: 4)
        let off = probe.decide(context(period: 5))
        #expect(off.quantity == 0)
        #expect(off.reason == "period 5 is not a review (reviews every 4 periods from period 0)")
        #expect(probe.decide(context(period: 8)).quantity > 0)
    }

    @Test("an order protects the whole-period lead time L plus R periods")
    func protection() {
        let decision = Probe(reviewPeriod: 7).decide(context(period: 14, leadTime: 2.6))
        #expect(decision.quantity == 3 + 7)
        #expect(decision.reason == "lead 3")
    }

    @Test("the periodic policies share the skeleton: off-review decisions are the same words for all",
          arguments: [
              try SSPolicy(reorderPoint: 5, orderUpTo: 20, reviewPeriod: 3) as any PeriodicReviewPolicy,
              try MinMaxPolicy(minimum: 5, maximum: 20, reviewPeriod: 3),
              try ReorderQuantityPolicy(reorderPoint: 5, quantity: 10, reviewPeriod: 3),
              try PeriodicOrderUpToPolicy(reviewPeriod: 3, level: 20),
              try ForecastOrderUpToPolicy(reviewPeriod: 3, target: .cycleServiceLevel(0.9)),
              try QuantilePolicy(reviewPeriod: 3, quantile: 0.9),
          ])
    func shared(policy: any PeriodicReviewPolicy) {
        let off = policy.decide(context(period: 4, outlook: HorizonEcho()))
        #expect(off == OrderDecision(quantity: 0, reason: "period 4 is not a review (reviews every 3 periods from period 0)"))
        #expect(policy.decide(context(period: 3, outlook: HorizonEcho())).quantity > 0)
    }
}
