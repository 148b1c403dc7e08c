import Calendar
import Testing
@testable import Market

/// The market on monthly periods: conditions, seasonality and dips over each month's own days.
@Suite("Monthly market")
struct MonthlyMarketTests {
    static let january = CalendarDate(year: 2027, month: 1, day: 1) ?? CalendarDate(dayNumber: 0)

    static func model(_ product: Product, periods: Int, promotions: [Promotion] = []) -> MarketModel {
        MarketModel(calendar: PeriodCalendar(start: january, periods: periods, length: .month), products: [product],
                    promotions: promotions, priceChanges: [], shocks: [])
    }

    static func flat(level: Double, seasonality: Seasonality = .none) -> Product {
        let segment = LifecycleSegment(phase: .maturity, start: january, end: january.adding(days: 10_000),
                                       fromLevel: level, toLevel: level)
        return Product(id: "a", listPrice: 10, life: DayRange(first: january, end: nil), lifecycle: .phases([segment]),
                       seasonality: seasonality)
    }

    @Test("a yearly profile gives each month its own multiplier; a weekly one averages over the month's days")
    func seasonality() throws {
        let yearly = (1...12).map(Double.init)
        let rows = try Fixture.observe(Self.model(Self.flat(level: 100, seasonality: Seasonality(monthly: yearly)), periods: 14))
        let levels: [Double] = (0..<14).map { 100 * Double($0 % 12 + 1) }
        #expect(rows.map(\.expected) == levels)
        // Mondays weigh 8, other days 1. February 2027 has 4 Mondays in 28 days, March 5 in 31.
        let weekly = Seasonality(weekly: [8, 1, 1, 1, 1, 1, 1])
        let factors = weekly.periodFactors(for: PeriodCalendar(start: Self.january, periods: 3, length: .month))
        let february: Double = (4 * 8 + 24) / 28.0, march: Double = (5 * 8 + 26) / 31.0
        #expect(abs(factors[1] - february) < 1e-12)
        #expect(abs(factors[2] - march) < 1e-12)
    }

    @Test("a promotion across a month end lifts each month by its own share of days, and its dip takes back the share")
    func promotionAndDip() throws {
        // Lift 2 from Jan 21 for 20 days: 11 of January's 31 days, 9 of February's 28.
        let promotion = Promotion(name: "p", products: [0], window: DayRange(first: Self.january.adding(days: 20), days: 20),
                                  lift: 2, dip: PostPromotionDip(share: 0.5, days: 45))
        let rows = try Fixture.observe(Self.model(Self.flat(level: 310), periods: 6, promotions: [promotion]))
        let january: Double = 310 * (1 + 11.0 / 31), february: Double = 310 * (1 + 9.0 / 28)
        #expect(abs(rows[0].expected - january) < 1e-9)
        #expect(abs(rows[1].expected - february) < 1e-9)
        // 45 days from March 1 touch March and April: the take-back is split over two months.
        let extra = rows[0].expected + rows[1].expected - 620
        #expect(abs((310 - rows[2].expected) - 0.25 * extra) < 1e-9)
        #expect(abs((310 - rows[3].expected) - 0.25 * extra) < 1e-9)
        #expect(rows[4].expected == 310 && rows[5].expected == 310)
    }
}
