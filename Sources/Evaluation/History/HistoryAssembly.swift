import Forecasting

/// Turns the rows read from a history file into series on one calendar, checking what only the
/// whole file can show: duplicate keys, the frequency, dates off its grid and gaps.
struct HistoryAssembly {
    let file: String
    let columns: HistoryColumns
    var rows: [HistoryRows]
    let frequency: SeriesFrequency?
    var problems: ProblemList

    /// Dates named at most in one gap message.
    static let datesListed = 3

    init(file: String, columns: HistoryColumns, rows: [HistoryRows], frequency: SeriesFrequency?, problems: ProblemList) {
        self.file = file
        self.columns = columns
        self.rows = rows
        self.frequency = frequency
        self.problems = problems
    }

    /// The checked history.
    /// - Throws: ``InputFileError`` with every problem found while reading and here.
    mutating func history() throws(InputFileError) -> SalesHistory {
        for index in rows.indices { rows[index].sortByDate() }
        checkDuplicates()
        let frequency = self.frequency ?? inferFrequency()
        let startDay = rows.lazy.compactMap { $0.days.first }.min() ?? 0
        if let frequency { checkGrid(frequency: frequency, startDay: startDay) }
        try problems.check()
        guard let frequency else { throw InputFileError(problems: problems.problems) }
        let calendar = SeriesCalendar(startDay: startDay, frequency: frequency)
        let series = rows.map { group in
            EvaluationSeries(
                id: group.id, firstPeriod: (group.days[0] - startDay) / frequency.days, sales: group.sales,
                prices: columns.price == nil ? nil : group.prices,
                promotions: columns.promotion == nil ? nil : group.promotions,
                stockouts: columns.stockout == nil ? nil : group.stockouts,
                context: ForecastingContext(season: frequency.defaultSeason))
        }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return SalesHistory(file: file, calendar: calendar, series: series, hasPrices: columns.price != nil)
    }

    /// The same (unique_id, ds) twice.
    private mutating func checkDuplicates() {
        for group in rows {
            for index in group.days.indices.dropFirst() where group.days[index] == group.days[index - 1] {
                problems.add(row: group.rows[index], column: "ds",
                             "duplicate key: unique_id \(group.id), ds \(CivilDay.text(group.days[index])) is also on row \(group.rows[index - 1]) (keep one row per series and date; add up the units)")
            }
        }
    }

    /// Daily when successive dates are more often 1 day apart than a multiple of 7 days,
    /// weekly otherwise; nil (with a problem) when neither occurs.
    private mutating func inferFrequency() -> SeriesFrequency? {
        var days = 0
        var weeks = 0
        var closest = Int.max
        for group in rows {
            for (earlier, later) in zip(group.days, group.days.dropFirst()) where later > earlier {
                let distance = later - earlier
                if distance == 1 { days += 1 }
                if distance % 7 == 0 { weeks += 1 }
                closest = min(closest, distance)
            }
        }
        if days > weeks { return .daily }
        if weeks > 0 { return .weekly }
        if closest == .max {
            problems.addUndeterminedFrequency("every series has a single date, so daily and weekly cannot be told apart (name the frequency)")
        } else {
            problems.addUndeterminedFrequency("successive dates are never 1 or 7 days apart (closest: \(closest) days); only daily and weekly histories are supported (aggregate the file, or name the frequency)")
        }
        return nil
    }

    /// Weekly dates all on the weekday of the earliest date; no gaps within a series.
    private mutating func checkGrid(frequency: SeriesFrequency, startDay: Int) {
        let step = frequency.days
        for group in rows {
            for index in group.days.indices {
                let day = group.days[index]
                guard (day - startDay) % step == 0 else {
                    problems.add(row: group.rows[index], column: "ds",
                                 "\(CivilDay.text(day)) is a \(CivilDay.weekdayName(CivilDay.weekday(day))), off the weekly grid of \(CivilDay.weekdayName(CivilDay.weekday(startDay)))s that starts \(CivilDay.text(startDay)) (date each week by its first day)")
                    continue
                }
                guard index > 0, day - group.days[index - 1] > step, (group.days[index - 1] - startDay) % step == 0 else { continue }
                reportGap(in: group, before: index, step: step)
            }
        }
    }

    private mutating func reportGap(in group: HistoryRows, before index: Int, step: Int) {
        let previous = group.days[index - 1]
        let missing = (group.days[index] - previous) / step - 1
        let listed = (1...min(missing, Self.datesListed)).map { CivilDay.text(previous + $0 * step) }
        let more = missing > Self.datesListed ? " and \(missing - Self.datesListed) more" : ""
        let periods = missing == 1 ? "date is" : "dates are"
        problems.add(row: group.rows[index], column: "ds",
                     "series \(group.id) has a gap: \(missing) \(periods) missing before \(CivilDay.text(group.days[index])) (\(listed.joined(separator: ", "))\(more)); add rows with y = 0 for periods without sales")
    }
}
