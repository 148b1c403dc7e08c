import Calendar
import Market
import Testing
@testable import Scenario

/// Scenario calendars of months and quarters: permitted starts and horizons, and how day counts
/// and yearly rates become per-period figures.
@Suite("Monthly and quarterly scenario calendars")
struct MonthlyCalendarScenarioTests {
    static func yaml(start: String, periods: Int, period: String, product: String = "") -> String {
        """
        name: tiny
        calendar: {start: \(start), periods: \(periods), period: \(period)}
        products:
          - id: widget
            price: 10
            unit_cost: 4
            lifecycle: {phases: [{phase: introduction, periods: 2, from: 10, to: 30}, {phase: maturity, level: 30}]}
        \(product)
        """
    }

    @Test("a monthly calendar must start on the 1st of a month, a quarterly one on a quarter's first day")
    func misalignedStarts() throws {
        let monthly = try #require(issue(at: "calendar.start", in: issues(Self.yaml(start: "2027-01-15", periods: 12, period: "month"))))
        #expect(monthly.kind == .invalidValue)
        #expect(monthly.message == "a monthly calendar starts on the 1st of a month; 2027-01-15 is not")
        #expect(monthly.hint == "start on 2027-01-01")
        #expect(monthly.line == 2)
        let quarterly = try #require(issue(at: "calendar.start", in: issues(Self.yaml(start: "2027-05-01", periods: 4, period: "quarter"))))
        #expect(quarterly.message.hasPrefix("a quarterly calendar starts on the first day of a quarter (Jan 1, Apr 1, Jul 1 or Oct 1)"))
        #expect(quarterly.hint == "start on 2027-04-01")
        #expect(issues(Self.yaml(start: "2027-10-01", periods: 4, period: "quarter")).isEmpty)
        #expect(issues(Self.yaml(start: "2027-02-01", periods: 12, period: "month")).isEmpty)
        // Days and weeks still start on any day.
        #expect(issues(Self.yaml(start: "2027-01-15", periods: 12, period: "week")).isEmpty)
    }

    @Test("horizons: at most about a century of months (1 202) or quarters (400)")
    func horizonLimits() throws {
        #expect(issues(Self.yaml(start: "2027-01-01", periods: 1202, period: "month")).isEmpty)
        let months = try #require(issue(at: "calendar.periods", in: issues(Self.yaml(start: "2027-01-01", periods: 1203, period: "month"))))
        #expect(months.kind == .outOfRange)
        #expect(months.hint?.contains("century of months") == true)
        #expect(issues(Self.yaml(start: "2027-01-01", periods: 400, period: "quarter")).isEmpty)
        #expect(issue(at: "calendar.periods", in: issues(Self.yaml(start: "2027-01-01", periods: 401, period: "quarter"))) != nil)
        #expect(issue(at: "calendar.periods", in: issues(Self.yaml(start: "2027-01-01", periods: 0, period: "month"))) != nil)
    }

    @Test("holding_rate: a twelfth of the year a month and a quarter a quarter, whatever the month's days")
    func holdingRate() throws {
        let rate = "    holding_rate: 0.24"
        let monthly = try #require(decodeValid(Self.yaml(start: "2027-02-01", periods: 12, period: "month", product: rate)))
        #expect(abs(monthly.products[0].holdingCostPerPeriod(calendar: monthly.calendar) - 0.24 * 4 / 12) < 1e-15)
        let quarterly = try #require(decodeValid(Self.yaml(start: "2027-01-01", periods: 4, period: "quarter", product: rate)))
        #expect(abs(quarterly.products[0].holdingCostPerPeriod(calendar: quarterly.calendar) - 0.24) < 1e-15)
        let weekly = try #require(decodeValid(Self.yaml(start: "2027-02-01", periods: 12, period: "week", product: rate)))
        let perWeek: Double = 0.24 * 4 * 7 / 365
        #expect(weekly.products[0].holdingCostPerPeriod(calendar: weekly.calendar) == perWeek)
    }

    @Test("season lengths: 12 months, 4 quarters (7 days, 52 weeks as before)")
    func seasonLength() throws {
        #expect(decodeValid(Self.yaml(start: "2027-01-01", periods: 24, period: "month"))?.seasonLength == 12)
        #expect(decodeValid(Self.yaml(start: "2027-01-01", periods: 8, period: "quarter"))?.seasonLength == 4)
        #expect(decodeValid(Self.yaml(start: "2027-01-01", periods: 8, period: "week"))?.seasonLength == 52)
        #expect(decodeValid(Self.yaml(start: "2027-01-01", periods: 8, period: "day"))?.seasonLength == 7)
    }

    @Test("phase levels are per month and phases of `periods` last calendar months")
    func phasesInMonths() throws {
        let spec = try #require(decodeValid(Self.yaml(start: "2027-01-01", periods: 6, period: "month")))
        let model = try spec.marketModel()
        #expect(model.calendar.length == .month)
        guard case let .phases(segments) = model.products[0].lifecycle else {
            Issue.record("expected phases")
            return
        }
        // Two periods of introduction from 2027-01-01 end on 2027-03-01 (59 days, not 60).
        #expect(segments.first?.end == CalendarDate(iso: "2027-03-01"))
        #expect(segments.first.map { $0.fromLevel == 10 && $0.toLevel == 30 } == true)
        #expect(Extent.periods(2).end(from: try #require(CalendarDate(iso: "2027-01-15")), period: .month)
            == CalendarDate(iso: "2027-03-15"))
    }

    @Test("stop and clearance days become whole periods of the mean month, rounded up")
    func daysToPeriods() {
        #expect(PolicyRule.periods(days: 45, periodDays: PeriodLength.month.meanDays) == 2)
        #expect(PolicyRule.periods(days: 30, periodDays: PeriodLength.month.meanDays) == 1)
        #expect(PolicyRule.periods(days: 31, periodDays: PeriodLength.month.meanDays) == 2)
        #expect(PolicyRule.periods(days: 92, periodDays: PeriodLength.quarter.meanDays) == 2)
        #expect(PolicyRule.periods(days: 14, periodDays: 7) == 2)
        #expect(PolicyRule.periods(days: 15, periodDays: 7) == 3)
    }
}
