import Evaluation

/// `series-accuracy.csv`: the accuracy of every forecaster on every evaluated series against
/// realised demand (``SeriesScore``), one row per series and forecaster:
/// `unique_id, forecaster, windows, rmsse, mase, mae, wape, bias` (undefined figures empty).
/// What the report's paired differences are computed from, at `evaluate` and when the folder
/// is drawn again.
public enum SeriesAccuracyFile {
    public static let fileName = "series-accuracy.csv"
    public static let header = ["unique_id", "forecaster", "windows", "rmsse", "mase", "mae", "wape", "bias"]

    /// The file's text.
    public static func csv(_ scores: [SeriesScore]) -> String {
        var text = CSVText.line(header)
        for score in scores {
            CSVText.append([score.uniqueID, score.forecaster, String(score.windows)]
                           + [score.rmsse, score.mase, score.mae, score.wape, score.bias].map(ExactNumberText.format), to: &text)
        }
        return text
    }

    /// The scores in `text`, a `series-accuracy.csv`.
    /// - Throws: ``AccuracyFileReader/Problem`` for a line that does not fit the layout.
    public static func scores(_ text: String) throws(AccuracyFileReader.Problem) -> [SeriesScore] {
        var scores: [SeriesScore] = []
        for (index, fields) in try EvaluationCSV.rows(text, header: header).enumerated() {
            let line = index + 2
            var figures: [Double] = []
            for field in fields[3...] { figures.append(try EvaluationCSV.number(field, line: line)) }
            scores.append(SeriesScore(uniqueID: fields[0], forecaster: fields[1], windows: try EvaluationCSV.count(fields[2], line: line),
                                      rmsse: figures[0], mase: figures[1], mae: figures[2], wape: figures[3], bias: figures[4]))
        }
        return scores
    }
}
