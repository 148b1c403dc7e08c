import Evaluation

/// The two files that keep the report's forecast-against-actual panels drawable again:
///
/// - `shown-series.csv` — `unique_id, ds, y, phase`: every period of each shown series (phase
///   empty for a sales history);
/// - `shown-forecasts.csv` — `unique_id, origin, cutoff, ds, forecaster, mean, lo, hi`: each
///   window of each shown series, every forecaster, one row per forecast period; `cutoff` is
///   the date of the last period fitted on (as in `forecasts.csv`), `lo` and `hi` the ends of
///   the first central interval level of the manifest (empty without levels or where the
///   forecaster failed).
///
/// Numbers are written exactly, so the panels drawn from the files are those drawn at
/// `evaluate`, byte for byte.
public enum ShownSeriesFiles {
    public static let seriesFile = "shown-series.csv"
    public static let forecastsFile = "shown-forecasts.csv"
    static let seriesHeader = ["unique_id", "ds", "y", "phase"]
    static let forecastsHeader = ["unique_id", "origin", "cutoff", "ds", "forecaster", "mean", "lo", "hi"]

    /// The text of both files: (series, forecasts).
    public static func csv(_ shown: [ShownSeries]) -> (series: String, forecasts: String) {
        var series = CSVText.line(seriesHeader)
        var forecasts = CSVText.line(forecastsHeader)
        for item in shown {
            for (index, value) in item.sales.enumerated() {
                CSVText.append([item.id, item.date(index), ExactNumberText.format(value), item.phases?[index] ?? ""], to: &series)
            }
            for window in item.windows {
                let cutoff = item.date(window.cutoff - 1)
                for path in window.paths {
                    for step in path.mean.indices {
                        CSVText.append([item.id, window.origin, cutoff, item.date(window.cutoff + step), path.forecaster]
                                       + [path.mean[step], path.lower[step], path.upper[step]].map(ExactNumberText.format),
                                       to: &forecasts)
                    }
                }
            }
        }
        return (series, forecasts)
    }

    /// The shown series in the texts of both files, in the order of `ids`, on periods of
    /// `frequency` (each series' calendar dated as its first date is).
    /// - Throws: ``AccuracyFileReader/Problem`` naming the file's line; `file` is "series" or
    ///   "forecasts" in ``ReadProblem``.
    public static func read(series: String, forecasts: String, ids: [String], frequency: SeriesFrequency) throws(ReadProblem) -> [ShownSeries] {
        var shown: [String: ShownSeries] = [:]
        do throws(AccuracyFileReader.Problem) {
            for (index, fields) in try EvaluationCSV.rows(series, header: seriesHeader).enumerated() {
                guard let day = CivilDay.parse(fields[1]) else {
                    throw AccuracyFileReader.Problem(line: index + 2, message: "'\(fields[1])' is not a date")
                }
                let value = try EvaluationCSV.number(fields[2], line: index + 2)
                var item = shown[fields[0]] ?? ShownSeries(id: fields[0], calendar: SeriesCalendar(periodDated: day, frequency: frequency),
                                                           sales: [], phases: fields[3].isEmpty ? nil : [], windows: [])
                guard item.period(of: day) == item.sales.count else {
                    throw AccuracyFileReader.Problem(line: index + 2, message: "\(fields[1]) does not follow the series' previous date")
                }
                item.sales.append(value)
                if !fields[3].isEmpty { item.phases?.append(fields[3]) }
                shown[fields[0]] = item
            }
        } catch {
            throw ReadProblem(file: seriesFile, problem: error)
        }
        do throws(AccuracyFileReader.Problem) {
            for (index, fields) in try EvaluationCSV.rows(forecasts, header: forecastsHeader).enumerated() {
                let line = index + 2
                guard var item = shown[fields[0]], let cutoffDay = CivilDay.parse(fields[2]), let day = CivilDay.parse(fields[3]) else {
                    throw AccuracyFileReader.Problem(line: line, message: "names a series or date that is not in \(seriesFile)")
                }
                let cutoff = item.period(of: cutoffDay) + 1
                let step = item.period(of: day) - cutoff
                let values = try [fields[5], fields[6], fields[7]].map { text throws(AccuracyFileReader.Problem) in
                    try EvaluationCSV.number(text, line: line)
                }
                item.append(origin: fields[1], cutoff: cutoff, forecaster: fields[4], step: step, values: values)
                shown[fields[0]] = item
            }
        } catch {
            throw ReadProblem(file: forecastsFile, problem: error)
        }
        var ordered: [ShownSeries] = []
        for id in ids {
            guard let item = shown[id] else {
                throw ReadProblem(file: seriesFile, problem: AccuracyFileReader.Problem(line: 1, message: "has no rows of series \(id), which the manifest shows"))
            }
            ordered.append(item)
        }
        return ordered
    }

    /// A problem in one of the two files.
    public struct ReadProblem: Error, CustomStringConvertible {
        public var file: String
        public var problem: AccuracyFileReader.Problem
        public var description: String { "\(file): \(problem.description)" }
    }
}

extension ShownSeries {
    /// The `YYYY-MM-DD` date of period `index`.
    func date(_ index: Int) -> String {
        calendar.date(of: index)
    }

    /// The period index of day number `day`.
    func period(of day: Int) -> Int {
        calendar.period(ofDay: day)
    }

    /// Adds one forecast period read from `shown-forecasts.csv` (rows come window by window,
    /// forecaster by forecaster, step by step).
    mutating func append(origin: String, cutoff: Int, forecaster: String, step: Int, values: [Double]) {
        if windows.last?.cutoff != cutoff || windows.last?.origin != origin {
            windows.append(Window(origin: origin, cutoff: cutoff, paths: []))
        }
        var window = windows.removeLast()
        if window.paths.last?.forecaster != forecaster || step == 0 {
            window.paths.append(Path(forecaster: forecaster, mean: [], lower: [], upper: []))
        }
        window.paths[window.paths.count - 1].mean.append(values[0])
        window.paths[window.paths.count - 1].lower.append(values[1])
        window.paths[window.paths.count - 1].upper.append(values[2])
        windows.append(window)
    }
}
