import Calendar
import Market
import Testing
@testable import Calibration

/// The fitted multipliers mean exactly what the simulator means: a period's factor is the mean
/// of its days' `yearly[month] × weekly[weekday]`, so a week spanning two months mixes them by
/// days. Checked against Market's own `Seasonality.periodFactors` on every period length.
@Suite("seasonality: period factors match the simulator")
struct SeasonalityCalendarTests {
    static let yearly = [0.6, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.2, 1.0, 0.9, 1.1, 1.9]
    static let weekly = [0.7, 0.9, 1.0, 1.0, 1.2, 1.6, 0.6]

    @Test("every period length, with and without a weekday pattern", arguments: PeriodLength.allCases)
    func everyLength(length: PeriodLength) throws {
        let start = try #require(CalendarDate(iso: length.months == nil ? "2023-12-27" : "2023-01-01"))
        let calendar = PeriodCalendar(start: start, periods: length == .day ? 800 : 60, length: length)
        for weekly in [nil, Self.weekly] {
            let simulator = Seasonality(weekly: weekly, monthly: Self.yearly).periodFactors(for: calendar)
            let fitted = SeasonalProfile(yearly: Self.yearly, weekly: weekly).periodFactors(SeasonalCalendar(calendar))
            #expect(fitted.count == simulator.count)
            for (a, b) in zip(fitted, simulator) {
                #expect(abs(a - b) <= 1e-12 * b)
            }
        }
    }

    /// The week of Monday 2024-01-29: three January days, four February days.
    @Test("a week spanning two months mixes them by days")
    func spanningWeek() throws {
        let start = try #require(CalendarDate(iso: "2024-01-29"))
        let seasonal = SeasonalCalendar(firstDay: start.dayNumber, length: .week, periods: 1)
        #expect(seasonal.cells[0].map(\.month) == [0, 0, 0, 1, 1, 1, 1])
        let factor = SeasonalProfile(yearly: Self.yearly).factor(of: 0, in: seasonal)
        #expect(abs(factor - (3 * 0.6 + 4 * 0.8) / 7) < 1e-15)
    }

    /// The multipliers fitted on a simulated group, put back into the simulator, give the same
    /// period factors as the profile the lifecycle refit multiplies by. Seed 1605.
    @Test("fitted multipliers reproduce the simulator's period factors")
    func fittedRoundTrip() throws {
        let start = try #require(CalendarDate(iso: "2023-03-29"))
        let calendar = PeriodCalendar(start: start, periods: 130, length: .week)
        let group = try SeasonalGroup(seed: 1605, products: 10, calendar: calendar,
                                      seasonality: Seasonality(monthly: Self.yearly), level: 20...40, launchSpread: 20)
        let fit = try SeasonalityFitter.fit(group.members, calendar: group.seasonalCalendar)
        #expect(fit.yearly != nil && !fit.profile.isFlat)
        let simulator = Seasonality(monthly: fit.profile.yearly).periodFactors(for: calendar)
        for (a, b) in zip(fit.profile.periodFactors(group.seasonalCalendar), simulator) {
            #expect(abs(a - b) <= 1e-12 * b)
        }
    }
}
