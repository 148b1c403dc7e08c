import Calendar
import Foundation
import Market
import Testing
@testable import Calibration

/// Simulate sales from known multipliers through the simulator's period factors, fit, and
/// recover the multipliers. Tolerances are 4 standard errors of each multiplier (a two-sided
/// 4σ band misses with probability 6e-5 per multiplier, under 0.1% for 12 or 19 of them), and
/// the standard errors themselves are checked against the Poisson value √(s/E) from the
/// exposure E of the simulated sample, so a fit that inflated its errors would fail too.
@Suite("seasonality: round trips")
struct SeasonalityRoundTripTests {
    static let yearly = normalised([0.7, 0.75, 0.9, 1.0, 1.1, 1.2, 1.25, 1.2, 1.0, 0.95, 1.15, 1.8])
    static let weekly = normalised([0.8, 0.9, 0.9, 1.0, 1.2, 1.5, 0.7])
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// 30 weekly products over three years from 2023-01-04 (a Wednesday, so most month ends
    /// fall inside a week), launched in the first year, seed 1601.
    @Test("weekly sales recover the 12 yearly multipliers")
    func weeklyYearly() throws {
        let start = try #require(CalendarDate(iso: "2023-01-04"))
        let group = try SeasonalGroup(seed: 1601, products: 30, calendar: PeriodCalendar(start: start, periods: 156, length: .week),
                                      seasonality: Seasonality(monthly: Self.yearly), level: 10...60, launchSpread: 52)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        let yearly = try #require(fit.yearly)
        #expect(fit.weekly == nil && fit.profile.weekly == nil)
        print("| month | true | raw ± se | shrunk ± se |  (weekly, seed 1601, 30 products × 156 weeks, φ = \(fit.dispersion))")
        for month in 0..<12 {
            print(tableRow(Self.months[month], Self.yearly[month], yearly, month))
            let poissonSE = (Self.yearly[month] / group.monthExposure[month]).squareRoot()
            #expect(abs(yearly.raw[month] - Self.yearly[month]) <= 4 * yearly.rawStandardErrors[month], "month \(month)")
            #expect(abs(yearly.multipliers[month] - Self.yearly[month]) <= 4 * yearly.rawStandardErrors[month], "month \(month)")
            #expect(yearly.rawStandardErrors[month] > 0.5 * poissonSE && yearly.rawStandardErrors[month] < 2 * poissonSE)
            #expect(yearly.shrinkWeights[month] > 0.9, "a strong pattern is kept")
        }
        #expect(abs(fit.profile.yearly.reduce(0, +) / 12 - 1) < 1e-12)
    }

    /// 12 daily products over two years from 2024-01-01, launched in the first 60 days, seed 1602.
    @Test("daily sales recover the yearly and the 7 weekday multipliers")
    func dailyWeekly() throws {
        let start = try #require(CalendarDate(iso: "2024-01-01"))
        let group = try SeasonalGroup(seed: 1602, products: 12, calendar: PeriodCalendar(start: start, periods: 731, length: .day),
                                      seasonality: Seasonality(weekly: Self.weekly, monthly: Self.yearly), level: 4...20,
                                      launchSpread: 60)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        let yearly = try #require(fit.yearly)
        let weekly = try #require(fit.weekly)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        print("| weekday | true | raw ± se | shrunk ± se |  (daily, seed 1602, 12 products × 731 days, φ = \(fit.dispersion))")
        for day in 0..<7 {
            print(tableRow(days[day], Self.weekly[day], weekly, day))
            #expect(abs(weekly.multipliers[day] - Self.weekly[day]) <= 4 * weekly.rawStandardErrors[day], "weekday \(day)")
        }
        print("| month | true | raw ± se | shrunk ± se |")
        for month in 0..<12 {
            print(tableRow(Self.months[month], Self.yearly[month], yearly, month))
            #expect(abs(yearly.multipliers[month] - Self.yearly[month]) <= 4 * yearly.rawStandardErrors[month], "month \(month)")
        }
        #expect(abs(weekly.multipliers.reduce(0, +) / 7 - 1) < 1e-12)
    }

    /// Negative-binomial sales (dispersion 3, variance μ + μ²/3) at high volume: the Poisson
    /// errors would be far too narrow; the quasi-Poisson φ widens them so that the truth is
    /// still inside 4 of them. Seed 1603.
    @Test("over-dispersed sales widen the standard errors by the dispersion")
    func overDispersed() throws {
        let start = try #require(CalendarDate(iso: "2023-01-04"))
        let group = try SeasonalGroup(seed: 1603, products: 20, calendar: PeriodCalendar(start: start, periods: 156, length: .week),
                                      seasonality: Seasonality(monthly: Self.yearly), level: 40...120, launchSpread: 52,
                                      dispersion: 3)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        let yearly = try #require(fit.yearly)
        // Mean weekly level ≈ 50 units: E[(y − μ)²/μ] = 1 + μ/3 ≫ 2.
        #expect(fit.dispersion > 5)
        for month in 0..<12 {
            let poissonSE = (Self.yearly[month] / group.monthExposure[month]).squareRoot()
            #expect(yearly.rawStandardErrors[month] > 2 * poissonSE)
            #expect(abs(yearly.raw[month] - Self.yearly[month]) <= 4 * yearly.rawStandardErrors[month], "month \(month)")
        }
    }

    /// Quarterly sales: one multiplier per quarter, the mean of the true months' values over the
    /// quarter's days, given to each of its months. Seed 1604.
    @Test("quarterly sales fit one multiplier per quarter")
    func quarterly() throws {
        let start = try #require(CalendarDate(iso: "2020-01-01"))
        let group = try SeasonalGroup(seed: 1604, products: 20, calendar: PeriodCalendar(start: start, periods: 20, length: .quarter),
                                      seasonality: Seasonality(monthly: Self.yearly), level: 400...900, launchSpread: 4)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        let yearly = try #require(fit.yearly)
        #expect(fit.notes.contains { $0.field == "seasonality.yearly" && $0.message.contains("quarter") })
        // The truth of a quarter: its months' multipliers weighted by their days (2021, not leap).
        let monthDays = (1...12).map { Double(CalendarDate.daysIn(month: $0, year: 2021)) }
        let quarters = normalised((0..<4).map { quarter in
            let months = (quarter * 3)..<(quarter * 3 + 3)
            return months.reduce(0) { $0 + monthDays[$1] * Self.yearly[$1] } / months.reduce(0) { $0 + monthDays[$1] }
        })
        for quarter in 0..<4 {
            let months = (quarter * 3)..<(quarter * 3 + 3)
            #expect(Set(months.map { yearly.multipliers[$0] }).count == 1)
            let first = quarter * 3
            print(tableRow("Q\(quarter + 1)", quarters[quarter], yearly, first))
            #expect(abs(yearly.raw[first] - quarters[quarter]) <= 4 * yearly.rawStandardErrors[first], "quarter \(quarter)")
        }
        // Q4 (Oct–Dec, 1.8 in December) is the strongest quarter, Q1 the weakest.
        #expect(yearly.multipliers[9] > yearly.multipliers[6] && yearly.multipliers[0] < yearly.multipliers[3])
    }
}
