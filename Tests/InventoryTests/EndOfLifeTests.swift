import Testing
@testable import Inventory

@Suite("End-of-life run-down")
struct EndOfLifeTests {
    @Test("ordering stops once periods left ≤ lead time + stopPeriods")
    func stops() throws {
        let policy = try EndOfLifeRunDown(base: BaseStockPolicy(level: 40), stopPeriods: 2)
        // Lead time 3: stop at 5 periods left or fewer.
        #expect(policy.decide(context(onHand: 10, leadTime: 3, periodsUntilEndOfLife: 6)).quantity == 30)
        let stopped = policy.decide(context(onHand: 10, leadTime: 3, periodsUntilEndOfLife: 5))
        #expect(stopped.quantity == 0)
        #expect(stopped.reason == "5 periods to end of life ≤ lead 3 + stop 2: ordering stopped")
        #expect(stopped.priceFactor == nil)
        // Unknown end of life: the base decides alone.
        #expect(policy.decide(context(onHand: 10, leadTime: 3)).quantity == 30)
    }

    @Test("walking a life period by period, the last order is at the right period")
    func lastOrder() throws {
        // Life ends at period 20 (first period not sold); lead 2, stopPeriods 1: an order at the
        // end of period t arrives at t + 3 and sells 20 − (t + 3) periods; orders while that is
        // ≥ 2, so the last order is at t = 15 (periods left 4 > 3).
        let policy = try EndOfLifeRunDown(base: BaseStockPolicy(level: 10), stopPeriods: 1)
        let ordering = (0..<20).filter { t in
            policy.decide(context(period: t, leadTime: 2, periodsUntilEndOfLife: 20 - (t + 1))).quantity > 0
        }
        #expect(ordering.last == 15)
        #expect(ordering.count == 16)
    }

    @Test("clearance sets the price factor from periodsBefore on, whether or not the base orders")
    func clearance() throws {
        let markdown = try ClearanceMarkdown(periodsBefore: 4, priceFactor: 0.6)
        let policy = try EndOfLifeRunDown(base: SSPolicy(reorderPoint: 5, orderUpTo: 20, reviewPeriod: 7),
                                          stopPeriods: 0, clearance: markdown)
        #expect(policy.decide(context(onHand: 50, periodsUntilEndOfLife: 5)).priceFactor == nil)
        let marked = policy.decide(context(onHand: 50, periodsUntilEndOfLife: 4))
        #expect(marked.priceFactor == 0.6)
        #expect(marked.reason.contains("60%") && marked.reason.contains("4 periods to end of life ≤ 4"))
        // With a markdown every period is a review, but the base orders only on its own reviews.
        #expect(policy.reviews(in: 3))
        let offReview = policy.decide(context(period: 3, onHand: 0, periodsUntilEndOfLife: 2))
        #expect(offReview.quantity == 0 && offReview.priceFactor == 0.6)
        // On a base review, the base still orders (lead 0: 2 periods left > 0 + 0).
        let onReview = policy.decide(context(period: 7, onHand: 0, periodsUntilEndOfLife: 2))
        #expect(onReview.quantity == 20 && onReview.priceFactor == 0.6)
        // Without a markdown the base's calendar is kept.
        #expect(try !EndOfLifeRunDown(base: SSPolicy(reorderPoint: 5, orderUpTo: 20, reviewPeriod: 7)).reviews(in: 3))
    }

    @Test("invalid run-down and markdown parameters are refused")
    func validation() throws {
        #expect(throws: PolicyParameterError.self) { try EndOfLifeRunDown(base: BaseStockPolicy(level: 1), stopPeriods: -1) }
        #expect(throws: PolicyParameterError.self) { try ClearanceMarkdown(periodsBefore: 0, priceFactor: 0.5) }
        #expect(throws: PolicyParameterError.self) { try ClearanceMarkdown(periodsBefore: 3, priceFactor: 0) }
        #expect(throws: PolicyParameterError.self) { try ClearanceMarkdown(periodsBefore: 3, priceFactor: 1.1) }
        #expect((try? ClearanceMarkdown(periodsBefore: 3, priceFactor: 1)) != nil)
    }
}
