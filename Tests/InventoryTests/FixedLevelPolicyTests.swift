import Testing
@testable import Inventory

/// Policies with fixed levels: thresholds (≤ versus <), batch rounding, review calendars and the
/// numbers in the reasons.
@Suite("Fixed-level policies")
struct FixedLevelPolicyTests {
    @Test("base stock orders S − position, counting backorders and the pipeline")
    func baseStock() throws {
        let policy = try BaseStockPolicy(level: 40)
        // position = 5 − 3 + 10 = 12
        let decision = policy.decide(context(onHand: 5, backorders: 3, onOrder: 10))
        #expect(decision.quantity == 28)
        #expect(decision.reason.contains("12") && decision.reason.contains("40") && decision.reason.contains("28"))
        #expect(policy.decide(context(onHand: 40)).quantity == 0)
        #expect(policy.decide(context(onHand: 55)).quantity == 0)
        #expect(policy.decide(context(onHand: 55)).reason.contains("no order"))
        #expect(policy.reviews(in: 0) && policy.reviews(in: 7))
        #expect(policy.decide(context(onHand: 0)).priceFactor == nil)
    }

    @Test("(s,S) orders at position = s (≤), not at s + 1")
    func ssThreshold() throws {
        let policy = try SSPolicy(reorderPoint: 20, orderUpTo: 40)
        let atS = policy.decide(context(onHand: 20))
        #expect(atS.quantity == 20)
        #expect(policy.decide(context(onHand: 21)).quantity == 0)
        let below = policy.decide(context(onHand: 2, onOrder: 10))
        #expect(below.quantity == 28)
        #expect(below.reason == "position 12 ≤ s 20: order up to S 40 → 28")
        #expect(policy.decide(context(onHand: 21)).reason == "position 21 > s 20: no order")
        // Backorders push the position below zero; the order makes up for them.
        #expect(policy.decide(context(backorders: 5)).quantity == 45)
    }

    @Test("(R,s,S) reviews only periods 0, R, 2R, …")
    func ssReviewPeriod() throws {
        let policy = try SSPolicy(reorderPoint: 20, orderUpTo: 40, reviewPeriod: 3)
        #expect((0..<7).filter(policy.reviews(in:)) == [0, 3, 6])
        #expect(policy.decide(context(period: 4, onHand: 0)).quantity == 0)
        #expect(policy.decide(context(period: 4, onHand: 0)).reason.contains("not a review"))
        #expect(policy.decide(context(period: 6, onHand: 0)).quantity == 40)
    }

    @Test("(s,Q) orders the least multiple of Q that lifts the position above s")
    func reorderQuantity() throws {
        let policy = try ReorderQuantityPolicy(reorderPoint: 10, quantity: 5)
        #expect(policy.decide(context(onHand: 11)).quantity == 0)
        // Position exactly s: one batch lifts it to 15 > 10.
        #expect(policy.decide(context(onHand: 10)).quantity == 5)
        // Position 3: 3 + 5 = 8 ≤ 10, 3 + 10 = 13 > 10 → two batches.
        let two = policy.decide(context(onHand: 3))
        #expect(two.quantity == 10)
        #expect(two.reason == "position 3 ≤ s 10: 2 × Q 5 = 10 lifts it to 13 > s")
        // Position 0: 0 + 10 = 10 is not above s → three batches.
        #expect(policy.decide(context(onHand: 0)).quantity == 15)
        #expect(policy.decide(context(backorders: 6)).quantity == 20)
    }

    @Test("(R,S) reviews periods with p mod R = 0 and orders S − position there")
    func periodicOrderUpTo() throws {
        let policy = try PeriodicOrderUpToPolicy(reviewPeriod: 4, level: 50)
        #expect((0..<10).filter(policy.reviews(in:)) == [0, 4, 8])
        #expect(policy.reviews(in: -4) && !policy.reviews(in: -1))
        #expect(policy.decide(context(period: 8, onHand: 12)).quantity == 38)
        #expect(policy.decide(context(period: 8, onHand: 12)).reason.contains("38"))
        #expect(policy.decide(context(period: 5, onHand: 12)).quantity == 0)
        #expect(policy.decide(context(period: 8, onHand: 60)).quantity == 0)
    }

    @Test("min-max orders only strictly below the minimum, and matches (s = min − 1, S = max)")
    func minMax() throws {
        let policy = try MinMaxPolicy(minimum: 10, maximum: 30)
        #expect(policy.decide(context(onHand: 10)).quantity == 0)
        #expect(policy.decide(context(onHand: 10)).reason == "position 10 ≥ min 10: no order")
        let below = policy.decide(context(onHand: 9))
        #expect(below.quantity == 21)
        #expect(below.reason == "position 9 < min 10: order up to max 30 → 21")
        let ss = try SSPolicy(reorderPoint: 9, orderUpTo: 30)
        for onHand in 0...35 {
            #expect(policy.decide(context(onHand: onHand)).quantity == ss.decide(context(onHand: onHand)).quantity)
        }
        let weekly = try MinMaxPolicy(minimum: 10, maximum: 30, reviewPeriod: 7)
        #expect(!weekly.reviews(in: 3) && weekly.reviews(in: 14))
        #expect(weekly.decide(context(period: 3, onHand: 0)).quantity == 0)
    }

    @Test("invalid parameters are refused with the parameter named")
    func validation() {
        #expect(throws: PolicyParameterError.self) { try BaseStockPolicy(level: -1) }
        #expect(throws: PolicyParameterError.self) { try SSPolicy(reorderPoint: 20, orderUpTo: 20) }
        #expect(throws: PolicyParameterError.self) { try SSPolicy(reorderPoint: 5, orderUpTo: 20, reviewPeriod: 0) }
        #expect(throws: PolicyParameterError.self) { try ReorderQuantityPolicy(reorderPoint: 5, quantity: 0) }
        #expect(throws: PolicyParameterError.self) { try PeriodicOrderUpToPolicy(reviewPeriod: 0, level: 5) }
        #expect(throws: PolicyParameterError.self) { try MinMaxPolicy(minimum: 10, maximum: 9) }
        do {
            _ = try SSPolicy(reorderPoint: 20, orderUpTo: 10)
            Issue.record("S < s was accepted")
        } catch {
            #expect(error.parameter == "orderUpTo")
            #expect(error.description == "(s,S) policy: orderUpTo = 10 is invalid; it must be greater than reorderPoint (20)")
        }
        // Negative reorder points are legitimate when backorders are allowed.
        #expect((try? SSPolicy(reorderPoint: -5, orderUpTo: 0)) != nil)
    }
}
