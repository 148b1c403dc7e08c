import Foundation
import Testing
@testable import Evaluation

@Suite("history import")
struct HistoryImportTests {
    @Test("a valid weekly file: series sorted by id on one calendar, frequency inferred, optional columns read")
    func readsValidFile() throws {
        let path = try TestFiles.write("""
            unique_id,ds,y,price,promo,stockout
            b,2024-01-15,3,2.5,1,0
            b,2024-01-22,0,,0,1
            a,2024-01-08,1,2,0,0
            a,2024-01-15,2,2,,
            a,2024-01-22,4,3,true,false

            """)
        let history = try HistoryImport.read(path: path)
        #expect(history.calendar.frequency == .weekly)
        #expect(history.calendar.date(of: 0) == "2024-01-08")
        #expect(history.series.map(\.id) == ["a", "b"])
        #expect(history.series[0].sales == [1, 2, 4])
        #expect(history.series[1].firstPeriod == 1)
        #expect(history.series[1].prices?[1].isNaN == true)
        #expect(history.series[0].promotions == [false, false, true])
        #expect(history.series[1].stockouts == [false, true])
        #expect(history.series[0].medianPrice == 2)
        #expect(history.hasPrices)
    }

    @Test("rows out of order are sorted by date; daily frequency inferred")
    func sortsRows() throws {
        let path = try TestFiles.write("unique_id,ds,y\nx,2024-03-03,5\nx,2024-03-01,1\nx,2024-03-02,2\n")
        let history = try HistoryImport.read(path: path)
        #expect(history.calendar.frequency == .daily)
        #expect(history.series[0].sales == [1, 2, 5])
    }

    @Test("duplicate keys, negative and non-numeric y are reported with their row numbers, all at once")
    func valueProblems() throws {
        let path = try TestFiles.write("""
            unique_id,ds,y
            a,2024-01-01,1
            a,2024-01-08,-3
            a,2024-01-15,lots
            a,2024-01-22,2
            a,2024-01-22,4
            b,2024-01-01,

            """)
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        let text = error.description
        #expect(text.contains("\(path):3: y: -3 is negative"))
        #expect(text.contains("\(path):4: y: 'lots' is not a number"))
        #expect(text.contains("\(path):6: ds: duplicate key: unique_id a, ds 2024-01-22 is also on row 5"))
        #expect(text.contains("\(path):7: y: is empty"))
        #expect(error.problems.count == 4)
    }

    @Test("a gap names the missing dates and the row after it")
    func gaps() throws {
        let path = try TestFiles.write("""
            unique_id,ds,y
            a,2024-01-01,1
            a,2024-01-08,1
            a,2024-01-15,1
            a,2024-02-19,1
            b,2024-01-01,1
            b,2024-01-15,1

            """)
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        let text = error.description
        #expect(text.contains("\(path):5: ds: series a has a gap: 4 dates are missing before 2024-02-19 (2024-01-22, 2024-01-29, 2024-02-05 and 1 more)"))
        #expect(text.contains("\(path):7: ds: series b has a gap: 1 date is missing before 2024-01-15 (2024-01-08)"))
    }

    @Test("missing columns, bad dates, off-grid weeks, bad flags and prices, wrong widths")
    func structuralProblems() throws {
        let missing = try TestFiles.write("id,ds,sales\na,2024-01-01,1\n")
        let error = try #require(inputProblems { try HistoryImport.read(path: missing) })
        #expect(error.problems.map(\.column) == ["unique_id", "y"])
        #expect(error.problems.allSatisfy { $0.row == 1 })

        let bad = try TestFiles.write("""
            unique_id,ds,y,price,promo
            a,2024-01-01,1,1,0
            a,2024-01-08,1,-1,0
            a,2024-01-17,1,1,0
            a,2024-01-22,1,1,maybe
            a,01/29/2024,1,1,0
            a,2024-02-05,1,1

            """)
        let problems = try #require(inputProblems { try HistoryImport.read(path: bad) }).description
        #expect(problems.contains(":3: price: -1 is negative"))
        #expect(problems.contains(":4: ds: 2024-01-17 is a Wednesday, off the weekly grid of Mondays"))
        #expect(problems.contains(":5: promo: 'maybe' is not a flag"))
        #expect(problems.contains(":6: ds: '01/29/2024' is not a date"))
        #expect(problems.contains(":7: has 4 fields but the header has 5"))
    }

    @Test("problems beyond the cap are counted, not listed; an unreadable file is one problem")
    func capAndUnreadable() throws {
        let rows = (0..<30).map { "a,2024-01-\(String(format: "%02d", $0 + 1)),-1" }
        let path = try TestFiles.write((["unique_id,ds,y"] + rows).joined(separator: "\n"))
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        #expect(error.problems.count == InputFileError.cap)
        #expect(error.omitted == 10)
        #expect(error.description.hasSuffix("… and 10 more problems of the same kinds"))
        let none = try #require(inputProblems { try HistoryImport.read(path: "/nonexistent/history.csv") })
        #expect(none.problems.count == 1 && none.problems[0].row == nil)
    }

    @Test("the real-data excerpt imports: 9 weekly series, prices, products with description words")
    func excerpt() throws {
        let history = try HistoryImport.read(path: TestFiles.fixture("weekly_demand.csv"))
        #expect(history.series.count == 9)
        #expect(history.rowCount == 828)
        #expect(history.calendar.frequency == .weekly)
        #expect(history.calendar.date(of: 0) == "2009-12-07")
        let products = try ProductCatalogueImport.read(path: TestFiles.fixture("products.csv"))
        #expect(products["85123A"]?.attributes.contains("heart") == true)
        let series = history.evaluationSeries(season: 52, products: products)
        #expect(series[0].context.season == 52)
        #expect(series[0].context.analogs?.references.count == 9)
        #expect(series.allSatisfy { $0.context.profile?.price != nil })
    }
}
