import Testing
@testable import Inventory

@Suite("Order constraints")
struct OrderConstraintsTests {
    @Test("nothing wanted, nothing ordered — even with a minimum order")
    func zeroAndNegative() {
        let terms = OrderConstraints(minimumOrder: 50, casePack: 12, capacity: 100)
        #expect(terms.apply(to: 0) == 0)
        #expect(terms.apply(to: -7) == 0)
    }

    @Test("a small order is raised to the minimum order")
    func minimumOrder() {
        let terms = OrderConstraints(minimumOrder: 50)
        #expect(terms.apply(to: 1) == 50)
        #expect(terms.apply(to: 49) == 50)
        #expect(terms.apply(to: 51) == 51)
    }

    @Test("orders round up to whole cases, after the minimum")
    func casePack() {
        let terms = OrderConstraints(casePack: 12)
        #expect(terms.apply(to: 1) == 12)
        #expect(terms.apply(to: 12) == 12)
        #expect(terms.apply(to: 13) == 24)
        // Minimum 30 → 30 → 3 cases of 12.
        #expect(OrderConstraints(minimumOrder: 30, casePack: 12).apply(to: 5) == 36)
    }

    @Test("capacity cuts to the largest whole number of cases that fits")
    func capacity() {
        #expect(OrderConstraints(capacity: 40).apply(to: 100) == 40)
        #expect(OrderConstraints(capacity: 40).apply(to: 39) == 39)
        #expect(OrderConstraints(casePack: 12, capacity: 40).apply(to: 100) == 36)
        // Capacity below one case: nothing can be shipped.
        #expect(OrderConstraints(casePack: 12, capacity: 10).apply(to: 5) == 0)
    }

    @Test("nonsense terms are clamped: negative minimum to 0, case pack below 1 to 1")
    func clamping() {
        let terms = OrderConstraints(minimumOrder: -5, casePack: 0)
        #expect(terms.minimumOrder == 0)
        #expect(terms.casePack == 1)
        #expect(terms.apply(to: 7) == 7)
    }

    @Test("no order exceeds the largest order, rounded down to whole cases")
    func largestOrder() {
        #expect(OrderConstraints().apply(to: 5_000_000_000) == OrderConstraints.largestOrder)
        #expect(OrderConstraints(casePack: 7).apply(to: Int.max) == (OrderConstraints.largestOrder / 7) * 7)
        #expect(OrderConstraints(capacity: Int.max).apply(to: Int.max) == OrderConstraints.largestOrder)
    }

    @Test("terms near 2⁶³ never overflow: rounding to cases, minimum orders, capacity")
    func hugeTerms() {
        let huge = Int.max
        #expect(OrderConstraints(minimumOrder: huge, casePack: 3).apply(to: 1) == (OrderConstraints.largestOrder / 3) * 3)
        #expect(OrderConstraints(casePack: huge).apply(to: 1) == 0, "a case larger than any order cannot be shipped")
        #expect(OrderConstraints(minimumOrder: huge, casePack: huge, capacity: huge).apply(to: huge) == 0)
        #expect(OrderConstraints(casePack: 100_000_000).apply(to: 1) == 100_000_000)
    }
}

