import Foundation
import Testing
@testable import Evaluation

@Suite("history import: the small defects")
struct HistoryImportDefectTests {
    @Test("a column named twice is refused, naming both columns")
    func duplicateHeader() throws {
        let path = try TestFiles.write("unique_id,ds,y,price,Y\na,2024-01-01,1,2,5\na,2024-01-08,2,2,6\n")
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        #expect(error.problems.count == 1)
        #expect(error.description.contains("\(path):1: y: the header names y more than once (column 3 'y' and column 5 'Y')"),
                "\(error.description)")
        let synonyms = try TestFiles.write("unique_id,ds,y,promo,promotion\na,2024-01-01,1,0,1\n")
        let other = try #require(inputProblems { try HistoryImport.read(path: synonyms) })
        #expect(other.description.contains("promo more than once (column 4 'promo' and column 5 'promotion')"), "\(other.description)")
    }

    @Test("a header without rows is one problem, not two")
    func headerOnly() throws {
        let path = try TestFiles.write("unique_id,ds,y\n")
        let error = try #require(inputProblems { try HistoryImport.read(path: path) })
        #expect(error.problems.count == 1, "\(error.description)")
        #expect(error.description.contains("has a header but no data rows"))
        // Rows that all lack a date: their problems, and nothing about the frequency.
        let bad = try TestFiles.write("unique_id,ds,y\na,01/02/2024,1\n")
        let problems = try #require(inputProblems { try HistoryImport.read(path: bad) })
        #expect(problems.problems.count == 1, "\(problems.description)")
    }

    @Test("values are bounded at 1e12 with file and row; only decimal notation is read", arguments: [
        ("1e12", true), ("1000000000000", true), ("1e-05", true), ("3.5", true), ("12.", true),
        ("1.0000001e12", false), ("1e299", false), ("0x10", false), ("inf", false), ("nan", false), ("1e", false), (".", false),
    ])
    func bounds(_ value: String, _ accepted: Bool) throws {
        let path = try TestFiles.write("unique_id,ds,y,price\na,2024-01-01,1,\(value)\na,2024-01-08,\(value),1\n")
        let error = inputProblems { try HistoryImport.read(path: path) }
        #expect((error == nil) == accepted, "\(value): \(error?.description ?? "accepted")")
        if !accepted {
            #expect(error?.problems.map(\.row) == [2, 3], "\(value): \(error?.description ?? "")")
        }
        if let error, value.hasPrefix("1.0") || value == "1e299" {
            #expect(error.description.contains("\(path):3: y: \(value) is more than the largest value accepted, 1e12 units"))
        }
    }

    @Test("sums of the largest values accepted keep WAPE and bias exact; an overflowing sum is undefined, never 0")
    func largeSums() throws {
        // 10,000 periods of 1e12 units, forecast 1.5e12: WAPE and bias 0.5, MAE 5e11.
        var accumulator = MetricAccumulator(quantiles: 0, levels: 0, windows: 1)
        for _ in 0..<10_000 { accumulator.add(forecast: 1.5e12, target: 1e12) }
        let values = Dictionary(accumulator.values(questions: ForecastQuestions(levels: [], quantiles: []), weighted: false,
                                                   distribution: false), uniquingKeysWith: { a, _ in a })
        #expect(try #require(values[.wape]) == 0.5)
        #expect(try #require(values[.bias]) == 0.5)
        #expect(try #require(values[.mae]) == 5e11)
        // A forecaster returning values near the largest Double: the sums overflow.
        var overflow = MetricAccumulator(quantiles: 0, levels: 0, windows: 1)
        for _ in 0..<4 { overflow.add(forecast: 1e308, target: 1e299) }
        let broken = Dictionary(overflow.values(questions: ForecastQuestions(levels: [], quantiles: []), weighted: false,
                                                distribution: false), uniquingKeysWith: { a, _ in a })
        for metric in [AccuracyMetric.mae, .rmse, .wape, .bias] {
            #expect(try #require(broken[metric]).isNaN, "\(metric) of overflowing sums")
        }
    }
}
