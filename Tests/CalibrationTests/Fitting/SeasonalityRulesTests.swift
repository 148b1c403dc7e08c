import Calendar
import Market
import Testing
@testable import Calibration

/// The evidence rules: too little history gives the flat profile with a note, a pattern no
/// stronger than its noise is pulled to 1, censored periods are skipped, bad input is refused
/// with its path, and nothing is ever NaN.
@Suite("seasonality: evidence rules and bad input")
struct SeasonalityRulesTests {
    func weeks(_ start: String, _ periods: Int) throws -> PeriodCalendar {
        PeriodCalendar(start: try #require(CalendarDate(iso: start)), periods: periods, length: .week)
    }

    /// One product of 60 weeks: 60·7/365.25 = 1.15 product-years < 1.5. Seed 1606.
    @Test("a short group gets no yearly pattern, with a note")
    func shortGroup() throws {
        let group = try SeasonalGroup(seed: 1606, products: 1, calendar: weeks("2024-01-01", 60),
                                      seasonality: Seasonality(monthly: SeasonalityRoundTripTests.yearly), level: 50...50,
                                      launchSpread: 1)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        #expect(fit.yearly == nil && fit.profile.isFlat)
        #expect(fit.notes.contains { $0.kind == .fallback && $0.field == "seasonality.yearly" && $0.message.contains("product-years") })
    }

    /// Many product-years but all inside 200 days: months outside were never seen.
    @Test("a group spanning less than a year gets no yearly pattern")
    func shortSpan() throws {
        var group = try SeasonalGroup(seed: 1607, products: 10, calendar: weeks("2024-01-01", 100),
                                      seasonality: .none, level: 50...50, launchSpread: 1)
        for index in group.members.indices { group.members[index].live = 0..<28 }
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        #expect(fit.yearly == nil)
        #expect(fit.notes.contains { $0.message.contains("span") })
    }

    /// No true pattern, low volume: the raw multipliers scatter by noise; shrinkage pulls each
    /// towards 1 (λ < 1) so the shrunk ones lie closer to 1 than the raw ones. Seed 1608.
    @Test("a weak pattern is pulled towards 1")
    func weakPattern() throws {
        let group = try SeasonalGroup(seed: 1608, products: 4, calendar: weeks("2023-01-04", 120),
                                      seasonality: .none, level: 1...3, launchSpread: 10)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        let yearly = try #require(fit.yearly)
        let rawSpread = yearly.raw.map { abs($0 - 1) }.reduce(0, +)
        let shrunkSpread = yearly.multipliers.map { abs($0 - 1) }.reduce(0, +)
        #expect(shrunkSpread < 0.5 * rawSpread)
        #expect(yearly.shrinkWeights.allSatisfy { $0 < 0.5 })
    }

    /// No usable period touches March (baseline 0 there, as for a store closed every March):
    /// March's multiplier is 1, unestimated, with no standard error, and a note names it.
    /// Seed 1610.
    @Test("a month the data never saw stays at 1")
    func unseenMonth() throws {
        var group = try SeasonalGroup(seed: 1610, products: 10, calendar: weeks("2023-01-04", 156),
                                      seasonality: Seasonality(monthly: SeasonalityRoundTripTests.yearly), level: 20...40,
                                      launchSpread: 10)
        let calendar = group.seasonalCalendar
        for period in 0..<calendar.periods where calendar.cells[period].contains(where: { $0.month == 2 }) {
            for index in group.members.indices { group.members[index].baseline[period] = 0 }
        }
        let fit = try SeasonalityFitter.fit(group.members, calendar: calendar)
        let yearly = try #require(fit.yearly)
        #expect(yearly.estimated.filter { !$0 }.count == 1 && !yearly.estimated[2])
        #expect(yearly.raw[2] == 1 && yearly.rawStandardErrors[2] == 0 && yearly.standardErrors[2] == 0)
        #expect(fit.notes.contains { $0.field == "seasonality.yearly" && $0.message.contains("March") })
        // The others are still recovered (4 standard errors), relative to the year's mean.
        for month in 0..<12 where month != 2 {
            #expect(abs(yearly.raw[month] / yearly.raw[0] - SeasonalityRoundTripTests.yearly[month] / SeasonalityRoundTripTests.yearly[0])
                <= 4 * (yearly.rawStandardErrors[month] + yearly.rawStandardErrors[0]) / yearly.raw[0], "month \(month)")
        }
    }

    /// A group that never sold: finite, flat, said.
    @Test("a group without sales stays flat and finite")
    func noSales() throws {
        let periods = 160
        let member = SeasonalityMember(sales: [Double](repeating: 0, count: periods),
                                       baseline: [Double](repeating: 2, count: periods), live: 0..<periods)
        let fit = try SeasonalityFitter.fit([member, member], calendar: SeasonalCalendar(try weeks("2023-01-02", periods)))
        #expect(fit.profile.isFlat)
        #expect(fit.profile.yearly.allSatisfy(\.isFinite) && fit.dispersion.isFinite)
        #expect(fit.notes.contains { $0.kind == .fallback })
    }

    /// Hiding half of December's sales behind stockout flags biases nothing when the flags are
    /// given: the censored periods are left out. Seed 1609.
    @Test("censored periods are skipped")
    func censored() throws {
        var group = try SeasonalGroup(seed: 1609, products: 20, calendar: weeks("2023-01-04", 156),
                                      seasonality: Seasonality(monthly: SeasonalityRoundTripTests.yearly), level: 20...40,
                                      launchSpread: 30)
        let calendar = group.seasonalCalendar
        let december = (0..<calendar.periods).filter { calendar.cells[$0].allSatisfy { $0.month == 11 } }
        for index in group.members.indices {
            var flags = [Bool](repeating: false, count: calendar.periods)
            for period in december where period % 2 == 0 {
                group.members[index].sales[period] = (group.members[index].sales[period] / 2).rounded(.down)
                flags[period] = true
            }
            group.members[index].censored = flags
        }
        let fit = try SeasonalityFitter.fit(group.members, calendar: calendar)
        let yearly = try #require(fit.yearly)
        #expect(abs(yearly.raw[11] - SeasonalityRoundTripTests.yearly[11]) <= 4 * yearly.rawStandardErrors[11])
        #expect(fit.notes.contains { $0.kind == .information && $0.message.contains("censored") })
    }

    @Test("bad input is refused with its path")
    func badInput() throws {
        let calendar = SeasonalCalendar(firstDay: 0, length: .week, periods: 4)
        let good = SeasonalityMember(sales: [1, 2, 3, 4], baseline: [1, 1, 1, 1], live: 0..<4)
        var short = good
        short.baseline = [1, 1, 1]
        #expect(throws: FitInputError.lengthMismatch(path: "members[1].baseline", expected: 4, found: 3)) {
            try SeasonalityFitter.fit([good, short], calendar: calendar)
        }
        var nan = good
        nan.sales[2] = .nan
        #expect(throws: FitInputError.self) { try SeasonalityFitter.fit([nan], calendar: calendar) }
        var outside = good
        outside.live = 2..<9
        #expect(throws: FitInputError.liveRangeOutside(path: "members[0].live", lower: 2, upper: 9, periods: 4)) {
            try SeasonalityFitter.fit([outside], calendar: calendar)
        }
        #expect(throws: FitInputError.emptyGroup) { try SeasonalityFitter.fit([], calendar: calendar) }
    }
}
