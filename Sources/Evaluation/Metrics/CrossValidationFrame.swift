import CSV

/// Reads a cross-validation frame written by statsforecast's `cross_validation` (or by
/// `sellthrough evaluate`): `unique_id, ds, cutoff, y` and one column per model; interval
/// columns (`-lo-`, `-hi-`) and `truth` are ignored. With the history it came from, the frame
/// becomes an ``EvaluationOutcome`` that ``AccuracyReport`` scores exactly as it scores this
/// tool's own evaluations, which is how the scoring is checked against `score_cv.py`.
///
/// Every window must have the same number of rows (the horizon); an empty model cell is a
/// missing forecast (counted as 0, and the window listed among the failures).
public enum CrossValidationFrame {
    /// The outcome of the frame at `path`, on the series of `history`.
    /// - Throws: ``InputFileError`` for an unreadable frame, missing columns, unknown series
    ///   or dates, or windows of different lengths.
    public static func read(path: String, history: SalesHistory) throws(InputFileError) -> EvaluationOutcome {
        let reader = try HistoryImport.openReader(path: path)
        guard let header = reader.headerRow, let id = header.firstIndex(of: "unique_id"), let date = header.firstIndex(of: "ds"),
              let cutoff = header.firstIndex(of: "cutoff") else {
            throw InputFileError(problems: [InputProblem(file: path, row: 1, column: nil, message: "a frame needs unique_id, ds and cutoff columns")])
        }
        let models = header.indices.filter { index in
            !["unique_id", "ds", "cutoff", "y", "truth"].contains(header[index])
                && !header[index].contains("-lo-") && !header[index].contains("-hi-")
        }
        var problems = ProblemList(file: path)
        let seriesIndex = Dictionary(uniqueKeysWithValues: history.series.enumerated().map { ($1.id, $0) })
        // Rows by series, then by cutoff period: (period, forecasts).
        var windows: [Int: [Int: [(Int, [Double])]]] = [:]
        var row = 1
        while let fields = reader.next() {
            row += 1
            guard fields.count == header.count else { continue }
            guard let series = seriesIndex[fields[id]], let day = CivilDay.parse(fields[date]),
                  let cutoffDay = CivilDay.parse(fields[cutoff]) else {
                problems.add(row: row, column: nil, "names a series or date that is not in \(history.file)")
                continue
            }
            let period = history.calendar.period(ofDay: day) - history.series[series].firstPeriod
            let cutoffPeriod = history.calendar.period(ofDay: cutoffDay) - history.series[series].firstPeriod
            let values = models.map { Double(fields[$0]) ?? .nan }
            windows[series, default: [:]][cutoffPeriod + 1, default: []].append((period, values))
        }
        try problems.check()
        let horizon = windows.values.lazy.flatMap(\.values).first?.count ?? 1
        let questions = ForecastQuestions(levels: [], quantiles: [])
        // Each window's origin is end-K, K = periods from its cutoff to its series' end.
        var offsets = Set<Int>()
        for (index, byCutoff) in windows { offsets.formUnion(byCutoff.keys.map { history.series[index].count - $0 }) }
        let origins = offsets.filter { $0 >= horizon }.sorted(by: >)
        let originIndex = Dictionary(uniqueKeysWithValues: origins.enumerated().map { ($1, $0) })
        let forecasts = history.series.indices.map { index in
            let byCutoff = windows[index] ?? [:]
            let length = history.series[index].count
            return SeriesForecasts(series: index, windows: byCutoff.keys.sorted().map { cut in
                var window = WindowForecasts(cutoff: cut, origin: originIndex[length - cut] ?? 0, horizon: horizon,
                                             forecasters: models.count, levels: 0, quantiles: 0)
                for (period, values) in byCutoff[cut] ?? [] where (0..<horizon).contains(period - cut) {
                    for (model, value) in values.enumerated() {
                        window.values[window.index(forecaster: model, column: 0, step: period - cut)] = value
                        if !value.isFinite { window.failures[model] = "no forecast in the frame" }
                    }
                }
                return window
            })
        }
        for (series, result) in zip(history.series, forecasts) {
            for window in result.windows where window.cutoff < 1 || window.cutoff + horizon > series.count {
                problems.add(row: nil, column: "cutoff", "series \(series.id) has a window at period \(window.cutoff) that does not fit in its \(series.count) periods of history")
            }
        }
        try problems.check()
        let plan = WindowPlan(horizon: horizon, origins: origins.isEmpty ? [.end(horizon)] : origins.map(WindowOrigin.end))
        return EvaluationOutcome(calendar: history.calendar, series: history.series, labels: models.map { header[$0] },
                                 plan: plan, questions: questions, forecasts: forecasts)
    }
}
