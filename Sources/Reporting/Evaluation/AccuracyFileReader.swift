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
        var rows: [AccuracyRow] = []
        var failures: [SeriesFailure] = []
        for (index, fields) in try EvaluationCSV.rows(text, header: AccuracyFileWriter.header).enumerated() {
            let line = index + 2
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
            let value = try EvaluationCSV.number(valueText, line: line)
            rows.append(AccuracyRow(forecaster: forecaster, target: target, scope: scope, metric: metric, value: value))
        }
        return AccuracyReport(rows: rows, failures: failures)
    }
}
