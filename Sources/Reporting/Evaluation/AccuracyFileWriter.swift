import Evaluation

/// Writes `accuracy.csv`, tidy: `forecaster, target, scope, metric, value, unique_id, message`.
///
/// Aggregate rows leave `unique_id` and `message` empty: `target` is `demand` (realised, y) or
/// `truth` (expected demand, simulated series), `scope` is `all` or a lifecycle phase. A
/// forecaster that failed on a series adds a row with `scope` = `series`, `metric` = `failed_windows`,
/// the count as value, the series' id and the first reason.
public enum AccuracyFileWriter {
    public static let header = ["forecaster", "target", "scope", "metric", "value", "unique_id", "message"]
    /// The scope of the rows listing failed series.
    public static let failureScope = "series"

    /// The file's text.
    public static func csv(_ report: AccuracyReport) -> String {
        var text = CSVText.line(header)
        for row in report.rows {
            CSVText.append([row.forecaster, row.target, row.scope, row.metric.description,
                            ExactNumberText.format(row.value), "", ""], to: &text)
        }
        for failure in report.failures {
            CSVText.append([failure.forecaster, AccuracyReport.demandTarget, failureScope, "failed_windows",
                            String(failure.windows), failure.uniqueID, failure.message], to: &text)
        }
        return text
    }
}
