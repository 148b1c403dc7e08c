import CSV
import Evaluation

/// Reads `accuracy.csv` (``AccuracyFileWriter``'s layout) back into the ``AccuracyReport`` it
/// was written from: numbers are written exactly, so the report is the same to the last bit.
public enum AccuracyFileReader {
    /// A line of the file that does not fit the layout: its line number and why.
    public struct Problem: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The report in `text`, the contents of an `accuracy.csv`.
    public static func report(_ text: String) throws(Problem) -> AccuracyReport {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw Problem(line: 1, message: "is empty; expected the header " + AccuracyFileWriter.header.joined(separator: ","))
        }
        guard reader.headerRow == AccuracyFileWriter.header else {
            throw Problem(line: 1, message: "the header is not " + AccuracyFileWriter.header.joined(separator: ","))
        }
        var rows: [AccuracyRow] = []
        var failures: [SeriesFailure] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            guard fields.count == AccuracyFileWriter.header.count else {
                throw Problem(line: line, message: "has \(fields.count) fields, not \(AccuracyFileWriter.header.count)")
            }
            let (forecaster, target, scope, metricName, valueText) = (fields[0], fields[1], fields[2], fields[3], fields[4])
            if scope == AccuracyFileWriter.failureScope {
                guard let windows = Int(valueText) else { throw Problem(line: line, message: "'\(valueText)' is not a window count") }
                failures.append(SeriesFailure(forecaster: forecaster, uniqueID: fields[5], windows: windows, message: fields[6]))
                continue
            }
            guard let metric = AccuracyMetric(name: metricName) else {
                throw Problem(line: line, message: "'\(metricName)' is not a metric")
            }
            // An empty value is an undefined figure (NaN), as the writer leaves it.
            guard let value = valueText.isEmpty ? .nan : Double(valueText) else {
                throw Problem(line: line, message: "'\(valueText)' is not a number")
            }
            rows.append(AccuracyRow(forecaster: forecaster, target: target, scope: scope, metric: metric, value: value))
        }
        return AccuracyReport(rows: rows, failures: failures)
    }
}
