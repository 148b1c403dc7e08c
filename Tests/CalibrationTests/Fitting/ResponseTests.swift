import Foundation
import GSL
import Testing
@testable import Calibration

/// Price elasticity and promotion lift recovered from simulated products; the fallbacks when the
/// data cannot tell. Tolerances are 4 of the fit's own standard errors (a 4σ miss has
/// probability 6e-5), and the errors are checked against the Poisson scale of the sample.
@Suite("response: price elasticity and promotion lift")
struct ResponseTests {
    /// 12 products, 104 weeks, level 20–60 units, 30% of weeks marked down 5–40%, true
    /// elasticity −1.8 everywhere; seed 1621.
    @Test("elasticity recovered from simulated price changes")
    func elasticity() throws {
        let stream = try RandomStream(seed: 1621)
        let products = (0..<12).map { index in
            ResponseProduct(stream: stream, periods: 104, level: 20 + Double(index) * 40 / 11, elasticity: -1.8,
                            markdown: 0.3, promotion: nil)
        }
        let fit = try ResponseFitter.fit(products.map(\.member))
        let group = try #require(fit.groupElasticity)
        print("| product | true β | own β ± se | shrunk β ± se |  (seed 1621, 12 × 104 weeks)")
        for (index, product) in fit.products.enumerated() {
            let own = try #require(product.ownElasticity)
            print("| \(index) | -1.800 | \(f(own.value)) ± \(f(own.standardError)) | \(f(product.elasticity)) ± \(f(product.elasticityStandardError)) |")
            #expect(abs(own.value + 1.8) <= 4 * own.standardError)
            #expect(own.standardError < 0.3, "30 markdowns of 5–40% at ≥ 20 units pin β to about ±0.1")
            #expect(product.referencePrice == 10)
            #expect(product.promotionLift == nil)
        }
        print("| group | -1.800 | \(f(group.value)) ± \(f(group.standardError)) | |")
        #expect(abs(group.value + 1.8) <= 4 * group.standardError)
        #expect(fit.notes.contains { $0.field == "promotion.lift" && $0.message.contains("no promotion column") })
    }

    /// Eight products with elasticities −0.8 … −2.8 at 60 units a week: the spread is real, so
    /// each keeps most of its own estimate (λ > 0.5), lies between its own and the group's, and
    /// stays within 4 standard errors of its truth. Seed 1626.
    @Test("different elasticities keep their own, shrunk towards the group")
    func heterogeneous() throws {
        let stream = try RandomStream(seed: 1626)
        let truths = (0..<8).map { -0.8 - 2.0 * Double($0) / 7 }
        let members = truths.map { truth in
            ResponseProduct(stream: stream, periods: 104, level: 60, elasticity: truth, markdown: 0.3, promotion: nil).member
        }
        let fit = try ResponseFitter.fit(members)
        let group = try #require(fit.groupElasticity)
        for (product, truth) in zip(fit.products, truths) {
            let own = try #require(product.ownElasticity)
            let weight = (product.elasticity - group.value) / (own.value - group.value)
            #expect(weight > 0.5 && weight <= 1)
            #expect(abs(product.elasticity - truth) <= 4 * own.standardError)
        }
    }

    /// Constant prices: nothing to learn, elasticity 0, said for the product and the group.
    @Test("no price variation gives elasticity 0 with a note")
    func noVariation() throws {
        let stream = try RandomStream(seed: 1622)
        let product = ResponseProduct(stream: stream, periods: 80, level: 30, elasticity: -2, markdown: 0, promotion: nil)
        let fit = try ResponseFitter.fit([product.member, product.member])
        #expect(fit.products.allSatisfy { $0.elasticity == 0 && $0.ownElasticity == nil && $0.elasticityStandardError == 0 })
        #expect(fit.groupElasticity == nil)
        #expect(fit.notes.contains { $0.field == "elasticity" && $0.message.contains("varied enough") })
        #expect(fit.products[0].notes.contains { $0.field == "elasticity" && $0.message.contains("under the 4 needed") })
        var unpriced = product.member
        unpriced.prices = nil
        let none = try ResponseFitter.fit([unpriced])
        #expect(none.products[0].elasticity == 0 && none.products[0].referencePrice == nil)
        #expect(none.notes.contains { $0.message.contains("no price column") })
    }

    /// Six products with markdowns and one without: the one without takes the group's
    /// elasticity and says so. Seed 1623.
    @Test("a product whose price never moved takes the group's elasticity")
    func groupFallback() throws {
        let stream = try RandomStream(seed: 1623)
        var members = (0..<6).map { _ in
            ResponseProduct(stream: stream, periods: 104, level: 40, elasticity: -1.2, markdown: 0.3, promotion: nil).member
        }
        members.append(ResponseProduct(stream: stream, periods: 104, level: 40, elasticity: -1.2, markdown: 0, promotion: nil).member)
        let fit = try ResponseFitter.fit(members)
        let group = try #require(fit.groupElasticity)
        let lone = fit.products[6]
        #expect(lone.ownElasticity == nil && abs(lone.elasticity - group.value) < 1e-12)
        #expect(lone.notes.contains { $0.message.contains("group's elasticity") })
    }

    /// 10 products, 156 weeks, 12% of weeks promoted at 20% off with a lift of 1.6 on top of an
    /// elasticity of −1.5, other weeks marked down 25% of the time; seed 1624.
    @Test("promotion lift recovered beyond the price effect")
    func lift() throws {
        let stream = try RandomStream(seed: 1624)
        let products = (0..<10).map { _ in
            ResponseProduct(stream: stream, periods: 156, level: 25, elasticity: -1.5, markdown: 0.25, promotion: 0.12, lift: 1.6)
        }
        let fit = try ResponseFitter.fit(products.map(\.member))
        let group = try #require(fit.groupLogLift)
        print("| product | true lift | own lift (×/÷ se) | shrunk lift | β |  (seed 1624, 10 × 156 weeks)")
        for (index, product) in fit.products.enumerated() {
            let own = try #require(product.ownLogLift)
            let lift = try #require(product.promotionLift)
            print("| \(index) | 1.600 | \(f(exp(own.value))) (se of ln \(f(own.standardError))) | \(f(lift)) | \(f(product.elasticity)) |")
            #expect(abs(own.value - log(1.6)) <= 4 * own.standardError)
            // ln-lift error of a Poisson ratio: √(1/promoted units); 4× that as a sanity bound.
            #expect(own.standardError < 4 / products[index].promotedUnits.squareRoot() + 0.05)
        }
        #expect(abs(group.value - log(1.6)) <= 4 * group.standardError)
        let beta = try #require(fit.groupElasticity)
        #expect(abs(beta.value + 1.5) <= 4 * beta.standardError)
    }

    /// A product whose promotions never sold pushes ln(lift) to −∞: the prior keeps it finite
    /// and the clamp brings it to 0.2 with a note. One whose demand rises steeply with price is
    /// clamped to 0.5. Seed 1625.
    @Test("absurd estimates are clamped, never NaN")
    func clamps() throws {
        let stream = try RandomStream(seed: 1625)
        var dead = ResponseProduct(stream: stream, periods: 104, level: 30, elasticity: -1, markdown: 0.2, promotion: 0.15).member
        for period in dead.sales.indices where dead.promotions?[period] == true { dead.sales[period] = 0 }
        let fit = try ResponseFitter.fit([dead])
        let lift = try #require(fit.products[0].promotionLift)
        #expect(lift.isFinite && abs(lift - 0.2) < 1e-12)
        #expect(fit.products[0].notes.contains { $0.kind == .clamped && $0.field == "promotion.lift" })
        let rising = ResponseProduct(stream: stream, periods: 104, level: 30, elasticity: 3, markdown: 0.4, promotion: nil).member
        let risingFit = try ResponseFitter.fit([rising])
        #expect(risingFit.products[0].elasticity == 0.5)
        #expect(risingFit.products[0].notes.contains { $0.kind == .clamped && $0.field == "elasticity" })
    }

    @Test("bad input is refused with its path")
    func badInput() throws {
        let good = ResponseMember(sales: [1, 2, 3], expected: [1, 1, 1], prices: [2, .nan, 2], live: 0..<3)
        var negative = good
        negative.prices = [2, -1, 2]
        #expect(throws: FitInputError.invalidValue(path: "members[1].prices[1]", value: -1,
                                                   requirement: "a finite price > 0 (or NaN where unknown)")) {
            try ResponseFitter.fit([good, negative])
        }
        var short = good
        short.promotions = [true]
        #expect(throws: FitInputError.lengthMismatch(path: "members[0].promotions", expected: 3, found: 1)) {
            try ResponseFitter.fit([short])
        }
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
