import Foundation
import Testing
@testable import Evaluation

@Suite("history calendars: months and quarters")
struct HistoryCalendarTests {
    /// The day number of an ISO date written in a test.
    static func day(_ text: String) throws -> Int {
        try #require(CivilDay.parse(text), "\(text)")
    }

    @Test("a monthly history across a year boundary and a leap February: dates ↔ periods, default season 12")
    func monthly() throws {
        let path = try TestFiles.write("""
            unique_id,ds,y
            a,2023-11-01,1
            a,2023-12-01,2
            a,2024-01-01,3
            a,2024-02-01,4
            a,2024-03-01,5
            b,2024-01-01,7
            b,2024-02-01,8

            """)
        let history = try HistoryImport.read(path: path)
        #expect(history.calendar.frequency == .monthly)
        #expect(history.calendar.dating == .firstDay)
        #expect((0...4).map { history.calendar.date(of: $0) } == ["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01", "2024-03-01"])
        #expect(history.series.map(\.firstPeriod) == [0, 2])
        #expect(history.series[0].sales == [1, 2, 3, 4, 5])
        #expect(history.series[0].context.season == 12)
        #expect(history.calendar.period(ofDay: try Self.day("2024-02-29")) == 3)
        #expect(history.calendar.period(ofDay: try Self.day("2023-10-31")) == -1)
    }

    @Test("calendar months are 28 to 31 days: first and last days over two years, any day finds its month")
    func monthLengths() throws {
        let calendar = SeriesCalendar(startDay: try Self.day("2023-01-01"), frequency: .monthly)
        let ends = SeriesCalendar(startDay: try Self.day("2023-01-01"), frequency: .monthly, dating: .lastDay)
        var lengths: [Int] = []
        for period in 0..<24 {
            let (year, month) = (2023 + period / 12, period % 12 + 1)
            let first = try Self.day(String(format: "%04d-%02d-01", year, month))
            let days = [31, year == 2024 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            #expect(calendar.firstDay(of: period) == first)
            lengths.append(calendar.firstDay(of: period + 1) - first)
            #expect(lengths.last == days)
            #expect(ends.date(of: period) == CivilDay.text(first + days - 1))
            for day in first..<calendar.firstDay(of: period + 1) {
                #expect(calendar.period(ofDay: day) == period)
                #expect(calendar.datesPeriod(day) == (day == first))
                #expect(ends.datesPeriod(day) == (day == ends.lastDay(of: period)))
            }
        }
        #expect(Set(lengths) == [28, 29, 30, 31])
        #expect(ends.date(of: 13) == "2024-02-29" && ends.date(of: 1) == "2023-02-28")
    }

    @Test("quarters start in January, April, July and October; default season 4; quarter-end dates kept as written")
    func quarterly() throws {
        let starts = try TestFiles.write("unique_id,ds,y\nq,2023-10-01,4\nq,2024-01-01,5\nq,2024-04-01,6\nq,2024-07-01,7\n")
        let history = try HistoryImport.read(path: starts)
        #expect(history.calendar.frequency == .quarterly)
        #expect(history.calendar.dating == .firstDay)
        #expect((0...4).map { history.calendar.date(of: $0) } == ["2023-10-01", "2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"])
        #expect(history.series[0].context.season == 4)
        #expect(history.calendar.period(ofDay: try Self.day("2024-03-31")) == 1)
        #expect(history.calendar.period(ofDay: try Self.day("2024-04-01")) == 2)

        let ends = try TestFiles.write("unique_id,ds,y\nq,2023-12-31,4\nq,2024-03-31,5\nq,2024-06-30,6\nq,2024-09-30,7\n")
        let endHistory = try HistoryImport.read(path: ends)
        #expect(endHistory.calendar.frequency == .quarterly && endHistory.calendar.dating == .lastDay)
        #expect((0...4).map { endHistory.calendar.date(of: $0) } == ["2023-12-31", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
        #expect(endHistory.calendar.firstDay(of: 0) == (try Self.day("2023-10-01")))
    }

    @Test("month-end dates give a month-end calendar; a one-step file of 1 Feb → 1 Mar is monthly, not four weeks")
    func inference() throws {
        let ends = try TestFiles.write("unique_id,ds,y\nm,2024-01-31,1\nm,2024-02-29,2\nm,2024-03-31,3\n")
        let history = try HistoryImport.read(path: ends)
        #expect(history.calendar.frequency == .monthly && history.calendar.dating == .lastDay)
        #expect(history.calendar.date(of: 1) == "2024-02-29")
        let tie = try TestFiles.write("unique_id,ds,y\nm,2023-02-01,1\nm,2023-03-01,2\n")
        #expect(try HistoryImport.read(path: tie).calendar.frequency == .monthly)
        // The frequency given wins over the dates: two month starts in a daily history are a
        // monthly series, or a daily one with 27 days missing.
        let error = try #require(inputProblems { try HistoryImport.read(path: tie, frequency: .daily) })
        #expect(error.description.contains(":3: ds: mixed frequencies: series m is monthly (2023-02-01 on row 2, then 2023-03-01) in a daily history"),
                "\(error.description)")
        let daily = try HistoryImport.read(path: tie, options: .init(frequency: .daily, fillGaps: .zero))
        #expect(daily.series[0].count == 29 && daily.filled == FilledGaps(rows: 27, series: 1))
        // Neither 1 day, 7 days, a month nor a quarter apart.
        let odd = try TestFiles.write("unique_id,ds,y\nm,2023-02-01,1\nm,2023-02-06,2\n")
        let undetermined = try #require(inputProblems { try HistoryImport.read(path: odd) })
        #expect(undetermined.remedies == [.nameFrequency])
        #expect(undetermined.description.contains("ds: successive dates are never 1 day, 7 days, a month or a quarter apart (closest: 5 days)"))
    }

    @Test("mixed frequencies are refused naming the series and its rows")
    func mixedFrequencies() throws {
        let path = try TestFiles.write("""
            unique_id,ds,y
            m,2024-01-01,1
            m,2024-02-01,1
            m,2024-03-01,1
            m,2024-04-01,1
            w,2024-01-01,1
            w,2024-01-08,1
            w,2024-01-15,1

            """)
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        #expect(error.problems.count == 1, "\(error.description)")
        #expect(error.description.contains("\(path):7: ds: mixed frequencies: series w is weekly (2024-01-01 on row 6, then 2024-01-08) in a monthly history"),
                "\(error.description)")
        // A monthly series in a daily file: refused as mixed (or a daily series with gaps, which
        // filling would accept).
        let coarser = try TestFiles.write("unique_id,ds,y\nd,2024-01-01,1\nd,2024-01-02,1\nd,2024-01-03,1\nd,2024-01-04,1\n"
                                          + "m,2024-01-01,1\nm,2024-02-01,1\nm,2024-03-01,1\n")
        let mixed = try #require(inputProblems { try HistoryImport.read(path: coarser) })
        #expect(mixed.description.contains(":7: ds: mixed frequencies: series m is monthly (2024-01-01 on row 6, then 2024-02-01) in a daily history"),
                "\(mixed.description)")
        #expect(mixed.remedies == [.fillGaps])
        let filled = try HistoryImport.read(path: coarser, options: .init(fillGaps: .zero))
        #expect(filled.series[1].count == 61 && filled.filled == FilledGaps(rows: 58, series: 1))
    }

    @Test("dates off the monthly or quarterly grid are refused with their row, saying how periods are dated")
    func offGrid() throws {
        let path = try TestFiles.write("""
            unique_id,ds,y
            a,2024-01-01,1
            a,2024-02-01,1
            a,2024-03-15,1
            a,2024-04-30,1
            a,2024-05-01,1
            a,2024-06-01,1

            """)
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        let text = error.description
        #expect(text.contains("\(path):4: ds: 2024-03-15 is not the first day of its month; this history dates each month by its first day (this one 2024-03-01)"), "\(text)")
        #expect(text.contains("\(path):5: ds: 2024-04-30 is the last day of its month, but this history dates each month by its first day (this one 2024-04-01)"), "\(text)")
        #expect(error.problems.count == 2, "\(text)")
        let quarters = try TestFiles.write("unique_id,ds,y\nq,2024-01-01,1\nq,2024-04-01,1\nq,2024-08-01,1\nq,2024-10-01,1\nq,2025-01-01,1\n")
        let quarterError = try #require(inputProblems { try HistoryImport.read(path: quarters) })
        #expect(quarterError.description.contains(":4: ds: 2024-08-01 is not the first day of its quarter (quarters start on 1 January, April, July and October); this history dates each quarter by its first day (this one 2024-07-01)"),
                "\(quarterError.description)")
    }
}
