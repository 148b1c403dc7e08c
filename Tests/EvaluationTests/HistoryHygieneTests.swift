import Foundation
import Testing
@testable import Evaluation

@Suite("history hygiene: gaps, column names, stock on hand, bad input")
struct HistoryHygieneTests {
    static let monthlyGap = """
        unique_id,ds,y,price
        a,2024-01-01,3,2
        a,2024-04-01,5,2
        a,2024-05-01,1,2
        b,2024-01-01,1,1
        b,2024-02-01,2,1
        b,2024-04-01,4,1

        """

    @Test("gaps are refused by default, naming the missing months and the remedy")
    func gapsRefused() throws {
        let path = try TestFiles.write(Self.monthlyGap)
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        #expect(error.description.contains("\(path):3: ds: series a has a gap: 2 dates are missing before 2024-04-01 (2024-02-01, 2024-03-01)"),
                "\(error.description)")
        #expect(error.description.contains("\(path):7: ds: series b has a gap: 1 date is missing before 2024-04-01 (2024-03-01)"))
        #expect(error.remedies == [.fillGaps])
    }

    @Test("--fill-gaps zero: missing periods become y = 0 with no price, counted by rows and series")
    func gapsFilled() throws {
        let path = try TestFiles.write(Self.monthlyGap)
        let history = try HistoryImport.read(path: path, options: .init(fillGaps: .zero))
        #expect(history.series[0].sales == [3, 0, 0, 5, 1])
        #expect(history.series[1].sales == [1, 2, 0, 4])
        #expect(history.series[0].prices?.map { $0.isNaN } == [false, true, true, false, false])
        #expect(history.filled == FilledGaps(rows: 3, series: 2))
        // Nothing to fill: nothing counted.
        let whole = try TestFiles.write("unique_id,ds,y\na,2024-01-01,1\na,2024-02-01,2\n")
        #expect(try HistoryImport.read(path: whole, options: .init(fillGaps: .zero)).filled == nil)
    }

    @Test("column mapping reads other names; every problem names the user's columns")
    func columnMapping() throws {
        let names = HistoryColumnNames(id: "sku", time: "Week", target: "units")
        let good = try TestFiles.write("sku,week,units,price\nx,2024-01-01,1,2\nx,2024-01-08,3,2\n")
        let history = try HistoryImport.read(path: good, options: .init(columns: names))
        #expect(history.series.map(\.id) == ["x"] && history.series[0].sales == [1, 3] && history.calendar.frequency == .weekly)

        let bad = try TestFiles.write("sku,Week,units\nx,2024-01-01,-3\nx,someday,1\nx,2024-01-08,2\nx,2024-01-08,2\n,2024-01-15,1\n")
        let text = try #require(inputProblems { try HistoryImport.read(path: bad, options: .init(columns: names)) }).description
        #expect(text.contains("\(bad):2: units: -3 is negative"), "\(text)")
        #expect(text.contains("\(bad):3: Week: 'someday' is not a date"), "\(text)")
        #expect(text.contains("\(bad):5: Week: duplicate key: sku x, Week 2024-01-08 is also on row 4"), "\(text)")
        #expect(text.contains("\(bad):6: sku: is empty"), "\(text)")

        let missing = try TestFiles.write("unique_id,ds,y\nx,2024-01-01,1\n")
        let error = try #require(inputProblems { try HistoryImport.read(path: missing, options: .init(columns: names)) })
        #expect(error.problems.map(\.column) == ["sku", "Week", "units"])
        #expect(error.description.contains("\(missing):1: sku: the header has no 'sku' column (it has: unique_id, ds, y); the history's id, date and units columns were named sku, Week, units"))
        #expect(error.remedies == [.mapColumns])
        #expect(HistoryColumnNames(id: "a", time: "A", target: "").problems
                == ["the units sold column's name is empty", "'a' is named as both the series id and the date column; each role needs its own column"])
    }

    @Test("on_hand: a period ending with none on hand is censored where the stockout flag does not say otherwise")
    func onHand() throws {
        let only = try TestFiles.write("unique_id,ds,y,on_hand\na,2024-01-01,3,2\na,2024-01-08,5,0\na,2024-01-15,0,0\na,2024-01-22,1,\n")
        #expect(try HistoryImport.read(path: only).series[0].stockouts == [false, true, true, false])
        let both = try TestFiles.write("""
            unique_id,ds,y,stockout,on_hand
            a,2024-01-01,3,,0
            a,2024-01-08,5,1,4
            a,2024-01-15,0,0,0
            a,2024-01-22,2,,7

            """)
        #expect(try HistoryImport.read(path: both).series[0].stockouts == [true, true, false, false])
        let contradiction = try TestFiles.write("unique_id,ds,y,stockout,on_hand\na,2024-01-01,3,0,0\na,2024-01-08,2,0,-1\na,2024-01-15,2,0,lots\n")
        let error = try #require(inputProblems { try HistoryImport.read(path: contradiction) })
        #expect(error.description.contains("\(contradiction):2: stockout: is 0, but on_hand is 0 after 3 units sold"), "\(error.description)")
        #expect(error.description.contains("\(contradiction):3: on_hand: -1 is negative; stock on hand is never negative"))
        #expect(error.description.contains("\(contradiction):4: on_hand: 'lots' is not a number"))
        #expect(error.problems.count == 3)
    }

    @Test("each bad value of the issue's list is refused with its file, row and column", arguments: [
        ("a,2024-01-01,1,0\na,2024-02-01,-2,0\n", ":3: y: -2 is negative"),
        ("a,2024-01-01,1,0\na,2024-02-01,many,0\n", ":3: y: 'many' is not a number"),
        ("a,2024-01-01,1,0\na,2024-02-01,2,2\n", ":3: stockout: '2' is not a flag"),
        ("a,2024-01-01,1,0\na,2024-01-01,2,0\n", ":3: ds: duplicate key: unique_id a, ds 2024-01-01 is also on row 2"),
        ("a,2024-01-01,1,0\na,2024-02-01,2,0\na,2024-03-01,2,0\nb,2024-01-01,1,0\nb,2024-01-02,1,0\n",
         ":6: ds: mixed frequencies: series b is daily"),
    ])
    func badInput(_ rows: String, _ expected: String) throws {
        let path = try TestFiles.write("unique_id,ds,y,stockout\n" + rows)
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        #expect(error.description.contains(path + expected), "\(error.description)")
    }
}
