import Testing
@testable import Calendar

/// Monthly and quarterly period calendars: calendar months and quarters with their own days.
@Suite("Month and quarter calendars")
struct MonthCalendarTests {
    private func date(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: text))
    }

    @Test("adding months keeps the day of the month, clamped to the month's end, across years")
    func addingMonths() throws {
        #expect(try date("2027-01-31").adding(months: 1) == date("2027-02-28"))
        #expect(try date("2028-01-31").adding(months: 1) == date("2028-02-29"))
        #expect(try date("2026-11-15").adding(months: 3) == date("2027-02-15"))
        #expect(try date("2026-01-01").adding(months: -1) == date("2025-12-01"))
        #expect(try date("2026-03-01").adding(months: -27) == date("2023-12-01"))
        #expect(try date("2026-12-31").months(to: date("2027-01-01")) == 1)
        #expect(try date("2027-01-01").months(to: date("2026-12-31")) == -1)
    }

    @Test("a monthly calendar maps periods to calendar months and back, across a year end and February")
    func monthlyPeriods() throws {
        let calendar = PeriodCalendar(start: try date("2027-11-01"), periods: 6, length: .month)
        let firsts = try ["2027-11-01", "2027-12-01", "2028-01-01", "2028-02-01", "2028-03-01", "2028-04-01"].map(date)
        #expect((0..<6).map(calendar.firstDay(of:)) == firsts)
        #expect((0..<6).map(calendar.days(in:)) == [30, 31, 31, 29, 31, 30])   // 2028 is a leap year
        #expect(calendar.end == (try date("2028-05-01")))
        for (period, first) in firsts.enumerated() {
            #expect(calendar.period(containing: first) == period)
            #expect(calendar.period(containing: first.adding(days: calendar.days(in: period) - 1)) == period)
        }
        #expect(calendar.period(containing: try date("2028-02-29")) == 3)
        #expect(calendar.period(containing: try date("2027-10-31")) == -1)
        #expect(calendar.period(containing: try date("2027-01-15")) == -10)
        #expect(calendar.period(containing: try date("2030-05-01")) == 30)
        #expect(calendar.contains(try date("2028-04-30")))
        #expect(!calendar.contains(try date("2028-05-01")))
        // A common year's February has 28 days.
        let common = PeriodCalendar(start: try date("2027-02-01"), periods: 1, length: .month)
        #expect(common.days(in: 0) == 28)
        #expect(common.end == (try date("2027-03-01")))
    }

    @Test("a quarterly calendar covers calendar quarters of 90–92 days")
    func quarterlyPeriods() throws {
        let calendar = PeriodCalendar(start: try date("2027-10-01"), periods: 5, length: .quarter)
        let firsts = try ["2027-10-01", "2028-01-01", "2028-04-01", "2028-07-01", "2028-10-01"].map(date)
        #expect((0..<5).map(calendar.firstDay(of:)) == firsts)
        #expect((0..<5).map(calendar.days(in:)) == [92, 91, 91, 92, 92])   // Q1 2028 has Feb 29
        #expect(PeriodCalendar(start: try date("2027-01-01"), periods: 1, length: .quarter).days(in: 0) == 90)
        #expect(calendar.period(containing: try date("2027-12-31")) == 0)
        #expect(calendar.period(containing: try date("2028-01-01")) == 1)
        #expect(calendar.period(containing: try date("2028-03-31")) == 1)
        #expect(calendar.period(containing: try date("2027-09-30")) == -1)
        #expect(calendar.period(containing: try date("2027-07-01")) == -1)
        #expect(calendar.period(containing: try date("2027-06-30")) == -2)
        #expect(calendar.end == (try date("2029-01-01")))
    }

    @Test("a promotion spanning a month boundary covers each month by its own days")
    func coverageAcrossMonths() throws {
        let calendar = PeriodCalendar(start: try date("2027-01-01"), periods: 12, length: .month)
        // 2027-01-20 for 20 days: 12 days of January (31), 8 of February (28).
        let from = try date("2027-01-20"), until = from.adding(days: 20)
        #expect(calendar.coverage(of: 0, from: from, until: until) == 12.0 / 31.0)
        #expect(calendar.coverage(of: 1, from: from, until: until) == 8.0 / 28.0)
        #expect(calendar.coverage(of: 2, from: from, until: until) == 0)
        #expect(calendar.periods(touching: from, until: until) == 0..<2)
        // A whole quarter of days covers Q2 fully and nothing of Q1 or Q3.
        let quarters = PeriodCalendar(start: try date("2027-01-01"), periods: 4, length: .quarter)
        let q2 = try date("2027-04-01")
        #expect(quarters.coverage(of: 1, from: q2, until: q2.adding(days: 91)) == 1)
        #expect(quarters.coverage(of: 0, from: q2, until: q2.adding(days: 91)) == 0)
        #expect(quarters.coverage(of: 2, from: q2, until: q2.adding(days: 91)) == 0)
    }

    @Test("period lengths: mean days, periods a year, permitted starts")
    func lengths() throws {
        #expect(PeriodLength.month.meanDays == 30.4375 && PeriodLength.quarter.meanDays == 91.3125)
        #expect(PeriodLength.day.meanDays == 1 && PeriodLength.week.meanDays == 7)
        #expect(PeriodLength.allCases.map(\.perYear) == [365, 52, 12, 4])
        #expect(PeriodLength.month.canStart(on: try date("2027-02-01")))
        #expect(!PeriodLength.month.canStart(on: try date("2027-02-02")))
        #expect(PeriodLength.quarter.canStart(on: try date("2027-10-01")))
        #expect(!PeriodLength.quarter.canStart(on: try date("2027-11-01")))
        #expect(PeriodLength.week.canStart(on: try date("2027-11-03")))
        #expect(PeriodLength.month.advance(try date("2027-01-01"), by: 14) == (try date("2028-03-01")))
        #expect(PeriodLength.week.advance(try date("2027-01-01"), by: 2) == (try date("2027-01-15")))
    }
}
