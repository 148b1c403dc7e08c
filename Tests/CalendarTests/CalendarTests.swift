import Testing
@testable import Calendar

@Suite("Calendar")
struct CalendarTests {
    @Test("ISO dates round-trip through day numbers, across leap years and centuries")
    func roundTrip() throws {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "1900-03-01", "2100-02-28", "1969-12-31"] {
            let date = try #require(CalendarDate(iso: text))
            #expect(date.description == text)
        }
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate(iso: "2000-03-01")?.dayNumber == 11017)
        // Every day of a 500-year span maps to consecutive numbers and back.
        var previous = try #require(CalendarDate(iso: "1800-01-01"))
        for _ in 0..<(500 * 366) {
            let next = previous.adding(days: 1)
            let (y, m, d) = next.components
            #expect(CalendarDate(year: y, month: m, day: d) == next)
            previous = next
        }
    }

    @Test("invalid dates are rejected")
    func invalid() {
        for text in ["2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026-1-1", "abc", ""] {
            #expect(CalendarDate(iso: text) == nil, "\(text) should be invalid")
        }
    }

    @Test("weekday: 2026-11-30 is a Monday, 1970-01-01 a Thursday")
    func weekday() {
        #expect(CalendarDate(iso: "2026-11-30")?.isoWeekday == 1)
        #expect(CalendarDate(iso: "1970-01-01")?.isoWeekday == 4)
        #expect(CalendarDate(iso: "1969-12-28")?.isoWeekday == 7)
    }

    @Test("weekly periods map dates and coverage")
    func weeklyPeriods() throws {
        let start = try #require(CalendarDate(iso: "2026-01-05"))
        let calendar = PeriodCalendar(start: start, periods: 10, length: .week)
        #expect(calendar.period(containing: start.adding(days: 6)) == 0)
        #expect(calendar.period(containing: start.adding(days: 7)) == 1)
        #expect(calendar.period(containing: start.adding(days: -1)) == -1)
        #expect(calendar.end == start.adding(days: 70))
        // A four-day window starting on day 5 of week 0 covers 2/7 of week 0 and 2/7 of week 1.
        let from = start.adding(days: 5)
        #expect(calendar.coverage(of: 0, from: from, until: from.adding(days: 4)) == 2.0 / 7.0)
        #expect(calendar.coverage(of: 1, from: from, until: from.adding(days: 4)) == 2.0 / 7.0)
        #expect(calendar.coverage(of: 2, from: from, until: from.adding(days: 4)) == 0)
        #expect(calendar.periods(touching: from, until: from.adding(days: 4)) == 0..<2)
        #expect(calendar.periods(touching: start.adding(days: 100), until: start.adding(days: 120)).isEmpty)
    }
}
