import Evaluation

/// Writes `forecasts.csv` in the layout of statsforecast's `cross_validation` output: columns
/// `unique_id, ds, cutoff, y`, then (for simulated series) `truth`, then for each forecaster
/// its label followed by its interval ends in statsforecast's order
/// (`label-lo-95, label-lo-80, label-hi-80, label-hi-95`). Rows are sorted by unique_id,
/// cutoff and ds; `cutoff` is the date of the last period fitted on. A failed forecast leaves
/// its cells empty (pandas reads NaN).
public enum ForecastFrameWriter {
    /// The header for `outcome`.
    public static func header(_ outcome: EvaluationOutcome) -> [String] {
        var header = ["unique_id", "ds", "cutoff", "y"]
        if outcome.hasTruth { header.append("truth") }
        let levels = outcome.questions.levels.map(ForecastQuestions.levelText)
        for label in outcome.labels {
            header.append(label)
            header += levels.reversed().map { "\(label)-lo-\($0)" }
            header += levels.map { "\(label)-hi-\($0)" }
        }
        return header
    }

    /// Streams the frame to `path`.
    public static func write(_ outcome: EvaluationOutcome, to path: String) throws(OutputError) {
        let stream = try CSVStream(path: path, header: header(outcome))
        let levels = outcome.questions.levels.count
        var row: [String] = []
        for (series, result) in zip(outcome.series, outcome.forecasts) {
            for window in result.windows {
                let cutoff = outcome.calendar.date(of: series.firstPeriod + window.cutoff - 1)
                for step in 0..<window.horizon {
                    let period = window.cutoff + step
                    row.removeAll(keepingCapacity: true)
                    row += [series.id, outcome.calendar.date(of: series.firstPeriod + period), cutoff,
                            ExactNumberText.format(series.sales[period])]
                    if outcome.hasTruth { row.append(series.truth.map { ExactNumberText.format($0[period]) } ?? "") }
                    for forecaster in outcome.labels.indices {
                        row.append(ExactNumberText.format(window.mean(forecaster, step: step)))
                        for level in (0..<levels).reversed() {
                            row.append(ExactNumberText.format(window.lower(forecaster, level: level, step: step)))
                        }
                        for level in 0..<levels {
                            row.append(ExactNumberText.format(window.upper(forecaster, level: level, levels: levels, step: step)))
                        }
                    }
                    try stream.write(row)
                }
            }
        }
        try stream.close()
    }
}
