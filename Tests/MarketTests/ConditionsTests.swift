import Foundation
import Testing
import Market
import Calendar

/// Seasonality, price, promotions and shocks multiply expected demand exactly as documented.
@Suite("Demand multipliers")
struct ConditionsTests {
    @Test("a weekly profile multiplies expected demand day by day")
    func weeklyProfile() throws {
        let weekly = [0.5, 0.8, 1.0, 1.1, 1.2, 1.6, 0.7]
        let model = Fixture.model([Fixture.flatProduct("a", level: 10, seasonality: Seasonality(weekly: weekly))], periods: 28)
        let rows = try Fixture.observe(model)
        #expect(rows.count == 28)
        for row in rows {
            #expect(abs(row.expected - 10 * weekly[row.period % 7]) < 1e-12)
        }
    }

    @Test("yearly profile and named peaks, averaged over the days of weekly periods")
    func yearlyAndPeaks() throws {
        let monthly = [1.0, 2.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        let peak = SeasonalPeak(name: "mid-feb", start: try #require(MonthDay(text: "02-10")), end: try #require(MonthDay(text: "02-12")), lift: 3)
        let seasonality = Seasonality(monthly: monthly, peaks: [peak])
        let model = Fixture.model([Fixture.flatProduct("a", level: 7, seasonality: seasonality)], periods: 8, length: .week)
        let rows = try Fixture.observe(model)
        for row in rows {
            let first = model.calendar.firstDay(of: row.period)
            let factors = (0..<7).map { offset -> Double in
                let day = first.adding(days: offset)
                let (_, month, dayOfMonth) = day.components
                let inPeak = month == 2 && (10...12).contains(dayOfMonth)
                return monthly[month - 1] * (inPeak ? 3 : 1)
            }
            #expect(abs(row.expected - 7 * factors.reduce(0, +) / 7) < 1e-12)
        }
    }

    @Test("price changes act through the elasticity against the list price")
    func priceElasticity() throws {
        let product = Fixture.flatProduct("a", level: 20, price: 50, elasticity: -2)
        let markdown = PriceChange(products: [0], date: Fixture.day(10), price: 40)
        let model = Fixture.model([product], periods: 20, priceChanges: [markdown])
        for row in try Fixture.observe(model) {
            let price = row.period < 10 ? 50.0 : 40.0
            #expect(row.price == price)
            #expect(abs(row.expected - 20 * pow(price / 50, -2)) < 1e-9)
        }
    }

    @Test("a promotion's discount, lift and cross effects apply only while it runs")
    func promotionAndCrossEffects() throws {
        let promoted = Fixture.flatProduct("promoted", level: 10, price: 20, elasticity: -1.5)
        let neighbour = Fixture.flatProduct("neighbour", level: 4)
        let promotion = Promotion(name: "spring", products: [0], window: DayRange(first: Fixture.day(5), days: 3),
                                  discount: 0.25, lift: 1.4, crossEffects: [CrossEffect(product: 1, multiplier: 0.5)])
        let model = Fixture.model([promoted, neighbour], periods: 12, promotions: [promotion])
        for row in try Fixture.observe(model) {
            let running = (5..<8).contains(row.period)
            if row.product == 0 {
                let expected = running ? 10 * pow(0.75, -1.5) * 1.4 : 10
                #expect(abs(row.expected - expected) < 1e-9)
                #expect(row.promotion == (running ? 0 : nil))
                #expect(row.price == (running ? 15 : 20))
            } else {
                #expect(abs(row.expected - (running ? 2 : 4)) < 1e-12)
                #expect(row.promotion == nil)
            }
        }
    }

    @Test("a promotion covering part of a weekly period counts for its share of the days")
    func partialWeek() throws {
        // Three promoted days (Fri–Sun) in week 1 with lift 2: that week's multiplier is (4 + 3·2)/7.
        let promotion = Promotion(name: "weekend", products: [0], window: DayRange(first: Fixture.day(11), days: 3), lift: 2)
        let model = Fixture.model([Fixture.flatProduct("a", level: 70)], periods: 3, length: .week, promotions: [promotion])
        let rows = try Fixture.observe(model)
        #expect(abs(rows[0].expected - 70) < 1e-12)
        #expect(abs(rows[1].expected - 70 * 10 / 7) < 1e-12)
        #expect(abs(rows[2].expected - 70) < 1e-12)
    }

    @Test("the post-promotion dip takes back exactly the documented share of the extra units")
    func dipTakesBackShare() throws {
        // Level 10, lift 2 for 5 days: 50 extra units. Share 0.4 over 10 days: 2 units a day.
        let promotion = Promotion(name: "p", products: [0], window: DayRange(first: Fixture.day(3), days: 5), lift: 2,
                                  dip: PostPromotionDip(share: 0.4, days: 10))
        let model = Fixture.model([Fixture.flatProduct("a", level: 10)], periods: 30, promotions: [promotion])
        let rows = try Fixture.observe(model)
        let extra = rows.filter { (3..<8).contains($0.period) }.map { $0.expected - 10 }.reduce(0, +)
        let takenBack = rows.filter { (8..<18).contains($0.period) }.map { 10 - $0.expected }.reduce(0, +)
        #expect(abs(extra - 50) < 1e-9)
        #expect(abs(takenBack - 0.4 * extra) < 1e-9)
        #expect(rows.filter { $0.period >= 18 || $0.period < 3 }.allSatisfy { $0.expected == 10 })
    }

    @Test("spikes and level shifts multiply demand; a supply disruption leaves it alone")
    func shocks() throws {
        let shocks = [
            Shock(name: "viral", products: [0], kind: .spike(window: DayRange(first: Fixture.day(2), days: 2), lift: 3)),
            Shock(name: "shift", products: [0], kind: .levelShift(start: Fixture.day(6), factor: 0.5)),
            Shock(name: "port strike", products: [0], kind: .supplyDisruption(
                window: DayRange(first: Fixture.day(8), days: 2), leadTimeFactor: 2, supplyFraction: 0.5)),
        ]
        let model = Fixture.model([Fixture.flatProduct("a", level: 8)], periods: 12, shocks: shocks)
        for row in try Fixture.observe(model) {
            let expected: Double = switch row.period {
            case 2, 3: 24
            case 0..<6: 8
            default: 4
            }
            #expect(abs(row.expected - expected) < 1e-12, "period \(row.period)")
            let disrupted = (8..<10).contains(row.period)
            #expect(row.supply == (disrupted ? SupplyCondition(leadTimeFactor: 2, supplyFraction: 0.5) : .normal))
            #expect((row.shock != nil) == (row.period >= 2 && !(4..<6).contains(row.period)))
        }
    }

    @Test("competitor entry ramps in for phase lifecycles")
    func competitorRamp() throws {
        let entry = Shock(name: "rival", products: [0], kind: .competitorEntry(start: Fixture.day(4), shareLoss: 0.4, rampDays: 4))
        let model = Fixture.model([Fixture.flatProduct("a", level: 10)], periods: 12, shocks: [entry])
        let rows = try Fixture.observe(model)
        let expected = [10, 10, 10, 10, 9, 8, 7, 6, 6, 6, 6, 6] as [Double]
        for row in rows {
            #expect(abs(row.expected - expected[row.period]) < 1e-12, "period \(row.period)")
        }
    }
}
